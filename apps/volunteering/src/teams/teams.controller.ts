import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { assertAdminFor } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, NotFound } from '@gongjian/eventing';
import { Command, ID_MAX_LENGTH, PageQuery, paginate, IsId, OptionalId } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { type RotationDocument, rotationsProjection, type TeamDocument, teamsProjection } from '../read-models';
import { type MemberIdsViewer, VolunteeringTree } from '../volunteering.tree';
import { rotationDecider, rotationStreamId } from './rotation';
import { teamDecider, teamStreamId } from './team.decider';

export class FormTeamDto {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  /** the community or street the team serves under */
  @IsId() orgId: string;
}

export class TeamMemberDto {
  @IsId() memberId: string;
}

export class PublishRotationDto {
  @IsId() orgId: string;
  @Matches(/^\d{4}Q[1-4]$/, { message: 'quarter must look like 2027Q1' }) quarter: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(ID_MAX_LENGTH, { each: true })
  teamIds: string[];
  /** default: every active grid under orgId */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsString({ each: true })
  @MaxLength(ID_MAX_LENGTH, { each: true })
  gridIds?: string[];
}

export class ListByOrgQuery extends PageQuery {
  @OptionalId() orgId?: string;
}

/**
 * The team as its query returns it: the roster (member ids) only to the admins over the team's
 * organisation and the auditor; others see `memberCount`, and a member account `self.member`
 * (issue 16 item 5).
 */
export function teamResource({ _id, memberIds, ...rest }: TeamDocument, viewer: MemberIdsViewer) {
  const memberCount = memberIds.length;
  if (viewer.full) return { id: _id, ...rest, memberIds, memberCount };
  if (!viewer.self) return { id: _id, ...rest, memberCount };
  return { id: _id, ...rest, memberCount, self: { memberId: viewer.self, member: memberIds.includes(viewer.self) } };
}

/** 志愿服务队 and their 季度轮值 over the grids. */
@Controller()
export class TeamsController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: VolunteeringTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get teams() {
    return this.documents.collection<TeamDocument>(teamsProjection.collection);
  }

  private async requireTeam(id: string): Promise<TeamDocument> {
    const doc = await this.teams.get(id);
    if (!doc) throw new NotFound(`team ${id} not found`);
    return doc;
  }

  @Post('teams')
  @HttpCode(201)
  async form(@Body() dto: FormTeamDto, @Command() ctx: CommandContext) {
    const org = await this.tree.requireOrg(dto.orgId, ['community', 'street'], 'orgId');
    await assertAdminFor(ctx.actor, org._id, this.tree);
    const teamId = uuidv7();
    await this.runtime.execute(
      teamStreamId(teamId),
      teamDecider,
      { type: 'FormTeam', teamId, orgId: org._id, name: dto.name.trim() },
      ctx,
    );
    return this.getTeam(teamId, ctx);
  }

  /** Teams of an area: `orgId` is the organisation or anything under it (a street's and its communities'). */
  @Get('teams')
  async listTeams(@Query() query: ListByOrgQuery, @Command() ctx: CommandContext) {
    const filter: Filter = query.orgId ? { orgId: { $in: await this.tree.subtreeIds(query.orgId) } } : {};
    const page = await paginate(this.teams, filter, query);
    const self = await this.tree.selfOf(ctx.actor);
    const items = await Promise.all(
      page.items.map(async (team) => teamResource(team, await this.tree.viewer(ctx.actor, team.orgId, self))),
    );
    return { items, nextCursor: page.nextCursor };
  }

  @Get('teams/:id')
  async getTeam(@Param('id') id: string, @Command() ctx: CommandContext) {
    const team = await this.requireTeam(id);
    return teamResource(team, await this.tree.viewer(ctx.actor, team.orgId));
  }

  @Post('teams/:id/members')
  @HttpCode(200)
  async addMember(@Param('id') id: string, @Body() dto: TeamMemberDto, @Command() ctx: CommandContext) {
    const team = await this.requireTeam(id);
    await assertAdminFor(ctx.actor, team.orgId, this.tree);
    const known = (await this.tree.member(dto.memberId)) !== null;
    await this.runtime.executeWithRetry(
      teamStreamId(id),
      teamDecider,
      { type: 'AddMember', memberId: dto.memberId, known },
      ctx,
    );
    return this.getTeam(id, ctx);
  }

  @Delete('teams/:id/members/:memberId')
  @HttpCode(200)
  async removeMember(@Param('id') id: string, @Param('memberId') memberId: string, @Command() ctx: CommandContext) {
    const team = await this.requireTeam(id);
    await assertAdminFor(ctx.actor, team.orgId, this.tree);
    await this.runtime.executeWithRetry(teamStreamId(id), teamDecider, { type: 'RemoveMember', memberId }, ctx);
    return this.getTeam(id, ctx);
  }

  /** Publishes the quarter's schedule: every grid under orgId to one team, loads within one. */
  @Post('rotations')
  @HttpCode(201)
  async publishRotation(@Body() dto: PublishRotationDto, @Command() ctx: CommandContext) {
    const org = await this.tree.requireOrg(dto.orgId, ['community', 'street'], 'orgId');
    await assertAdminFor(ctx.actor, org._id, this.tree);
    for (const teamId of dto.teamIds) {
      const team = await this.teams.get(teamId);
      if (!team || !(await this.tree.isWithin(team.orgId, org._id)))
        throw new DomainRuleViolation(`${teamId} is not a team of this organisation`, 'unknown_team', {
          field: 'teamIds',
        });
    }
    const subtree = await this.tree.subtreeIds(org._id);
    const active = await this.tree.entries.find({ _id: { $in: subtree }, kind: 'grid', status: 'active' });
    const gridIds = dto.gridIds ?? active.map((g) => g._id);
    for (const gridId of gridIds)
      if (!active.some((g) => g._id === gridId))
        throw new DomainRuleViolation(`${gridId} is not an active grid of this organisation`, 'unknown_grid', {
          field: 'gridIds',
        });
    await this.runtime.execute(
      rotationStreamId(org._id, dto.quarter),
      rotationDecider,
      { type: 'PublishRotation', orgId: org._id, quarter: dto.quarter, teamIds: dto.teamIds, gridIds },
      ctx,
    );
    return this.getRotation(org._id, dto.quarter);
  }

  @Get('rotations')
  async listRotations(@Query() query: ListByOrgQuery) {
    const collection = this.documents.collection<RotationDocument>(rotationsProjection.collection);
    // a street's or district's rotations are those of the communities under it
    const filter: Filter = query.orgId ? { orgId: { $in: await this.tree.subtreeIds(query.orgId) } } : {};
    const page = await paginate(collection, filter, query);
    return { items: page.items.map(({ _id, ...r }) => ({ id: _id, ...r })), nextCursor: page.nextCursor };
  }

  @Get('rotations/:orgId/:quarter')
  async getRotation(@Param('orgId') orgId: string, @Param('quarter') quarter: string) {
    const doc = await this.documents
      .collection<RotationDocument>(rotationsProjection.collection)
      .get(`${orgId}_${quarter}`);
    if (!doc) throw new NotFound(`no rotation for ${orgId} in ${quarter}`);
    const { _id, ...rotation } = doc;
    return { id: _id, ...rotation };
  }
}
