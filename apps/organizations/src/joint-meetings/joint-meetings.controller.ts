import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { assertAdminFor } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IsId, IsIsoDate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { OrganizationsTree } from '../organizations.tree';
import { jointMeetingDecider, jointMeetingStreamId } from './joint-meeting.decider';
import { JOINT_MEETINGS_COLLECTION, type JointMeetingDocument } from './joint-meetings.projection';

export class JoinDto {
  @IsId()
  unitId: string;

  @IsOptional()
  @IsIsoDate()
  joinedOn?: string;
}

export class LeaveDto {
  @IsOptional()
  @IsIsoDate()
  leftOn?: string;
}

class TermDto {
  @IsIsoDate()
  from: string;

  @IsIsoDate()
  to: string;
}

export class AppointDto {
  @IsId()
  unitId: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  personName: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  position: string;

  @IsObject()
  @ValidateNested()
  @Type(() => TermDto)
  @IsNotEmpty()
  term: TermDto;
}

const today = () => new Date().toISOString().slice(0, 10);

/** 联席会议 membership and 兼职委员 appointments of a street or community. */
@Controller('organizations/:id')
export class JointMeetingsController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: OrganizationsTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  @Post('joint-meeting/members')
  @HttpCode(201)
  async join(@Param('id') id: string, @Body() dto: JoinDto, @Command() ctx: CommandContext) {
    const [org, unit] = await this.facts(id, dto.unitId, ctx);
    await this.runtime.execute(
      jointMeetingStreamId(id),
      jointMeetingDecider,
      { type: 'JoinJointMeeting', org, unit, joinedOn: dto.joinedOn ?? today() },
      ctx,
    );
    return this.jointMeeting(id);
  }

  @Delete('joint-meeting/members/:unitId')
  @HttpCode(200)
  async leave(
    @Param('id') id: string,
    @Param('unitId') unitId: string,
    @Body() dto: LeaveDto,
    @Command() ctx: CommandContext,
  ) {
    await assertAdminFor(ctx.actor, id, this.tree);
    await this.runtime.execute(
      jointMeetingStreamId(id),
      jointMeetingDecider,
      { type: 'LeaveJointMeeting', unitId, leftOn: dto.leftOn ?? today() },
      ctx,
    );
    return this.jointMeeting(id);
  }

  @Get('joint-meeting')
  async jointMeeting(@Param('id') id: string) {
    const doc = await this.documents.collection<JointMeetingDocument>(JOINT_MEETINGS_COLLECTION).get(id);
    const members = (doc?.members ?? []).map((m) => ({ ...m, status: m.leftOn ? 'left' : 'active' }));
    return { orgId: id, version: doc?.version ?? -1, members };
  }

  @Post('part-time-members')
  @HttpCode(201)
  async appoint(@Param('id') id: string, @Body() dto: AppointDto, @Command() ctx: CommandContext) {
    const [org, unit] = await this.facts(id, dto.unitId, ctx);
    const command = {
      type: 'AppointPartTimeMember' as const,
      org,
      unit,
      appointmentId: uuidv7(),
      personName: dto.personName.trim(),
      position: dto.position.trim(),
      term: { from: dto.term.from, to: dto.term.to },
    };
    await this.runtime.execute(jointMeetingStreamId(id), jointMeetingDecider, command, ctx);
    return this.partTimeMembers(id);
  }

  @Post('part-time-members/:appointmentId/end')
  @HttpCode(200)
  async endAppointment(
    @Param('id') id: string,
    @Param('appointmentId') appointmentId: string,
    @Command() ctx: CommandContext,
  ) {
    await assertAdminFor(ctx.actor, id, this.tree);
    await this.runtime.execute(
      jointMeetingStreamId(id),
      jointMeetingDecider,
      { type: 'EndAppointment', appointmentId, endedOn: today() },
      ctx,
    );
    return this.partTimeMembers(id);
  }

  @Get('part-time-members')
  async partTimeMembers(@Param('id') id: string) {
    const doc = await this.documents.collection<JointMeetingDocument>(JOINT_MEETINGS_COLLECTION).get(id);
    return { orgId: id, items: doc?.partTimeMembers ?? [] };
  }

  private async facts(orgId: string, unitId: string, ctx: CommandContext) {
    const [org, unit] = await Promise.all([this.tree.get(orgId), this.tree.get(unitId)]);
    if (org) await assertAdminFor(ctx.actor, org._id, this.tree);
    const facts = (e: typeof org) => e && { id: e._id, kind: e.kind, status: e.status };
    return [facts(org), facts(unit)] as const;
  }
}
