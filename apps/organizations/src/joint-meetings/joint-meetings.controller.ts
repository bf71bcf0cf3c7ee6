import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IsId, IsIsoDate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { OrganizationsTree } from '../organizations.tree';
import { assertOnSide, forbidNeither, otherSide, type Side, type Sides, sidesOf } from '../relation-sides';
import { type JointMeetingCommand, jointMeetingDecider, jointMeetingStreamId } from './joint-meeting.decider';
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

/**
 * 联席会议 membership and 兼职委员 appointments of a street or community. Membership has two sides:
 * the organisation side (admins over the street or community) invites a unit, the unit side (its
 * contact, admins over where it is located) applies; the other side confirms or declines, the
 * proposer may withdraw, and an account over both sides adds a unit at once. Either side records
 * that a unit left. Appointments are made by the organisation side, of people of member units (or
 * by an account over both sides); either side ends one (docs/security/relations.md).
 */
@Controller('organizations/:id')
export class JointMeetingsController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: OrganizationsTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get meetings() {
    return this.documents.collection<JointMeetingDocument>(JOINT_MEETINGS_COLLECTION);
  }

  /** An account over both sides adds the unit; one side invites it (organisation) or applies (unit). */
  @Post('joint-meeting/members')
  @HttpCode(201)
  async join(@Param('id') id: string, @Body() dto: JoinDto, @Command() ctx: CommandContext) {
    const by = (await sidesOf(ctx.actor, id, dto.unitId, this.tree)) ?? forbidNeither();
    const [org, unit] = await this.facts(id, dto.unitId);
    const command = { type: 'JoinJointMeeting' as const, org, unit, joinedOn: dto.joinedOn, by, today: today() };
    return this.execute(id, command, ctx);
  }

  /** The other side agrees to a pending invitation or application: the unit becomes a member. */
  @Post('joint-meeting/members/:unitId/confirm')
  @HttpCode(200)
  async confirm(@Param('id') id: string, @Param('unitId') unitId: string, @Command() ctx: CommandContext) {
    const by = await this.answering(id, unitId, ctx, 'confirm', 'other');
    const [org, unit] = await this.facts(id, unitId);
    return this.execute(id, { type: 'ConfirmJointMeetingMembership', org, unit, by, today: today() }, ctx);
  }

  @Post('joint-meeting/members/:unitId/decline')
  @HttpCode(200)
  async decline(@Param('id') id: string, @Param('unitId') unitId: string, @Command() ctx: CommandContext) {
    const by = await this.answering(id, unitId, ctx, 'decline', 'other');
    return this.execute(id, { type: 'DeclineJointMeetingMembership', unitId, by, today: today() }, ctx);
  }

  @Post('joint-meeting/members/:unitId/withdraw')
  @HttpCode(200)
  async withdraw(@Param('id') id: string, @Param('unitId') unitId: string, @Command() ctx: CommandContext) {
    const by = await this.answering(id, unitId, ctx, 'withdraw', 'proposer');
    return this.execute(id, { type: 'WithdrawJointMeetingMembership', unitId, by, today: today() }, ctx);
  }

  /** Either side records that a member unit left. */
  @Delete('joint-meeting/members/:unitId')
  @HttpCode(200)
  async leave(
    @Param('id') id: string,
    @Param('unitId') unitId: string,
    @Body() dto: LeaveDto,
    @Command() ctx: CommandContext,
  ) {
    if (!(await sidesOf(ctx.actor, id, unitId, this.tree))) forbidNeither();
    return this.execute(id, { type: 'LeaveJointMeeting', unitId, leftOn: dto.leftOn ?? today() }, ctx);
  }

  /** Confirmed members (past ones with `leftOn`), and apart from them the proposals awaiting an answer. */
  @Get('joint-meeting')
  async jointMeeting(@Param('id') id: string) {
    const doc = await this.meetings.get(id);
    const members = (doc?.members ?? []).map((m) => ({ ...m, status: m.leftOn ? 'left' : 'active' }));
    return { orgId: id, version: doc?.version ?? -1, members, pending: doc?.pending ?? [] };
  }

  @Post('part-time-members')
  @HttpCode(201)
  async appoint(@Param('id') id: string, @Body() dto: AppointDto, @Command() ctx: CommandContext) {
    const by = await sidesOf(ctx.actor, id, dto.unitId, this.tree);
    assertOnSide(by, 'organization', 'appoint committee members');
    const [org, unit] = await this.facts(id, dto.unitId);
    const command = {
      type: 'AppointPartTimeMember' as const,
      org,
      unit,
      by,
      appointmentId: uuidv7(),
      personName: dto.personName.trim(),
      position: dto.position.trim(),
      term: { from: dto.term.from, to: dto.term.to },
    };
    await this.runtime.execute(jointMeetingStreamId(id), jointMeetingDecider, command, ctx);
    return this.partTimeMembers(id);
  }

  /** Either side ends an appointment: the committee, or the unit recalling its person. */
  @Post('part-time-members/:appointmentId/end')
  @HttpCode(200)
  async endAppointment(
    @Param('id') id: string,
    @Param('appointmentId') appointmentId: string,
    @Command() ctx: CommandContext,
  ) {
    const appointment = (await this.meetings.get(id))?.partTimeMembers.find((p) => p.appointmentId === appointmentId);
    // an unknown appointment: only the organisation side learns that it does not exist (404)
    if (!(await sidesOf(ctx.actor, id, appointment?.unitId ?? id, this.tree))) forbidNeither();
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
    const doc = await this.meetings.get(id);
    return { orgId: id, items: doc?.partTimeMembers ?? [] };
  }

  /**
   * The caller's sides for the pending proposal of `unitId`, refused (403) unless on the side that
   * may act on it: the other side answers, the proposer withdraws. Without a pending proposal,
   * either side hears the decider's 404.
   */
  private async answering(id: string, unitId: string, ctx: CommandContext, what: string, whose: 'other' | 'proposer') {
    const by = await sidesOf(ctx.actor, id, unitId, this.tree);
    const proposer: Side | undefined = (await this.meetings.get(id))?.pending?.find(
      (p) => p.unitId === unitId,
    )?.proposedBy;
    if (proposer) assertOnSide(by, whose === 'other' ? otherSide(proposer) : proposer, `${what} this membership`);
    return (by ?? forbidNeither()) as Sides;
  }

  private async facts(orgId: string, unitId: string) {
    const [org, unit] = await Promise.all([this.tree.get(orgId), this.tree.get(unitId)]);
    const facts = (e: typeof org) => e && { id: e._id, kind: e.kind, status: e.status };
    return [facts(org), facts(unit)] as const;
  }

  private async execute(id: string, command: JointMeetingCommand, ctx: CommandContext) {
    await this.runtime.execute(jointMeetingStreamId(id), jointMeetingDecider, command, ctx);
    return this.jointMeeting(id);
  }
}
