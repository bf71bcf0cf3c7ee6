import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { assertAdminFor } from '@gongjian/auth';
import { CATEGORY_CODES, type Category } from '@gongjian/contracts';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Command, PageQuery, paginate, IsId, OptionalId, IsIsoDate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { type ActivityDocument, activitiesProjection } from '../read-models';
import { type MemberIdsViewer, VolunteeringTree } from '../volunteering.tree';
import { activityDecider, activityStreamId } from './activity.decider';

export class PublishActivityDto {
  @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
  /** the grid or community that recruits */
  @IsId() orgId: string;
  @IsIn(CATEGORY_CODES) category: Category;
  @IsOptional() @IsString() @MaxLength(200) place?: string;
  @IsIsoDate() startsAt: string;
  @IsIsoDate() endsAt: string;
  @IsInt() @Min(1) @Max(1000) slots: number;
  @IsInt() @Min(0) @Max(100) pointsPerHour: number;
}

export class SignUpDto {
  @IsId() memberId: string;
}

export class AttendanceDto {
  @IsId() memberId: string;
  /** verified hours, in quarter hours */
  @IsNumber({ maxDecimalPlaces: 2 }) @Min(0.25) @Max(168) hours: number;
}

export class CancelActivityDto {
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export const ACTIVITY_STATUSES = ['open', 'full', 'finished', 'cancelled'] as const;

export class AreaQuery {
  @OptionalId() orgId?: string;
  @OptionalId() communityId?: string;
}

export class ListActivitiesQuery extends PageQuery {
  /** the organiser or anything under it: a grid, a community (with its grids), a street, a district */
  @OptionalId() orgId?: string;
  @OptionalId() communityId?: string;
  @IsOptional() @IsIn(CATEGORY_CODES) category?: Category;
  @IsOptional() @IsIn(ACTIVITY_STATUSES) status?: (typeof ACTIVITY_STATUSES)[number];
}

/** The status an activity shows now. */
export function activityStatus(a: ActivityDocument, now = new Date().toISOString()) {
  if (a.cancelled) return 'cancelled';
  if (now >= a.endsAt) return 'finished';
  return a.openSlots <= 0 ? 'full' : 'open';
}

/**
 * The activity as its query returns it. The sign-up and attendance lists (member ids) only to
 * the organisers (`viewer.full`); everyone else gets the counts and the verified hours, and a
 * member account `self`: whether it signed up and the hours verified for it (issue 16 item 5).
 */
export function activityResource(a: ActivityDocument, viewer: MemberIdsViewer) {
  const { _id, signedUp, attendance, ...rest } = a;
  const counts = {
    signedUpCount: signedUp.length,
    attendanceCount: attendance.length,
    verifiedHours: attendance.reduce((sum, x) => sum + x.hours, 0),
    status: activityStatus(a),
  };
  if (viewer.full) return { id: _id, ...rest, signedUp, attendance, ...counts };
  const { self } = viewer;
  if (!self) return { id: _id, ...rest, ...counts };
  const hours = attendance.find((x) => x.memberId === self)?.hours ?? null;
  return { id: _id, ...rest, ...counts, self: { memberId: self, signedUp: signedUp.includes(self), hours } };
}

/** 招募令: activities, sign-ups, attendance → VolunteerHoursVerified. */
@Controller('activities')
export class ActivitiesController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: VolunteeringTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get activities() {
    return this.documents.collection<ActivityDocument>(activitiesProjection.collection);
  }

  private async require(id: string): Promise<ActivityDocument> {
    const doc = await this.activities.get(id);
    if (!doc) throw new NotFound(`activity ${id} not found`);
    return doc;
  }

  @Post()
  @HttpCode(201)
  async publish(@Body() dto: PublishActivityDto, @Command() ctx: CommandContext) {
    const org = await this.tree.requireOrg(dto.orgId, ['grid', 'community'], 'orgId');
    await assertAdminFor(ctx.actor, org._id, this.tree);
    const activityId = uuidv7();
    const details = {
      activityId,
      orgId: org._id,
      communityId: await this.tree.communityOf(org._id),
      title: dto.title.trim(),
      description: dto.description?.trim() ?? '',
      category: dto.category,
      place: dto.place?.trim() ?? '',
      startsAt: new Date(dto.startsAt).toISOString(),
      endsAt: new Date(dto.endsAt).toISOString(),
      slots: dto.slots,
      pointsPerHour: dto.pointsPerHour,
    };
    await this.runtime.execute(
      activityStreamId(activityId),
      activityDecider,
      { type: 'PublishActivity', details },
      ctx,
    );
    return this.get(activityId, ctx);
  }

  @Get()
  async list(@Query() query: ListActivitiesQuery, @Command() ctx: CommandContext) {
    const filter = await this.areaFilter(query);
    if (query.category) filter.push({ category: query.category });
    const now = new Date().toISOString();
    if (query.status === 'cancelled') filter.push({ cancelled: true });
    if (query.status === 'finished') filter.push({ cancelled: false, endsAt: { $lte: now } });
    if (query.status === 'open') filter.push({ cancelled: false, endsAt: { $gt: now }, openSlots: { $gt: 0 } });
    if (query.status === 'full') filter.push({ cancelled: false, endsAt: { $gt: now }, openSlots: { $lte: 0 } });
    const page = await paginate(this.activities, filter.length ? { $and: filter } : {}, query);
    const self = await this.tree.selfOf(ctx.actor);
    const items = await Promise.all(
      page.items.map(async (a) => activityResource(a, await this.tree.viewer(ctx.actor, a.orgId, self))),
    );
    return { items, nextCursor: page.nextCursor };
  }

  /**
   * Verified volunteer hours by community in an area (`orgId` subtree or one `communityId`), added
   * up on the server for the console's 总览; communities with most hours first.
   */
  @Get('summary')
  async summary(@Query() query: AreaQuery) {
    const filter = await this.areaFilter(query);
    const activities = await this.activities.find(filter.length ? { $and: filter } : {});
    const hours = new Map<string, number>();
    for (const a of activities) {
      const verified = a.attendance.reduce((sum, x) => sum + x.hours, 0);
      hours.set(a.communityId, (hours.get(a.communityId) ?? 0) + verified);
    }
    const byCommunity = [...hours]
      .map(([communityId, verifiedHours]) => ({ communityId, verifiedHours }))
      .sort((a, b) => b.verifiedHours - a.verifiedHours || a.communityId.localeCompare(b.communityId));
    return { activities: activities.length, byCommunity };
  }

  /** The activities of an organisation's subtree (`orgId`) and/or of one community. */
  private async areaFilter(query: AreaQuery): Promise<Filter[]> {
    const filter: Filter[] = [];
    if (query.orgId) filter.push({ orgId: { $in: await this.tree.subtreeIds(query.orgId) } });
    if (query.communityId) filter.push({ communityId: query.communityId });
    return filter;
  }

  @Get(':id')
  async get(@Param('id') id: string, @Command() ctx: CommandContext) {
    const activity = await this.require(id);
    return activityResource(activity, await this.tree.viewer(ctx.actor, activity.orgId));
  }

  /** Sign a member up: a member of the community (or reported to it), while places remain. */
  @Post(':id/signups')
  @HttpCode(201)
  async signUp(@Param('id') id: string, @Body() dto: SignUpDto, @Command() ctx: CommandContext) {
    const activity = await this.require(id);
    await assertAdminFor(ctx.actor, activity.orgId, this.tree);
    const eligibility = await this.tree.mayServeIn(dto.memberId, activity.communityId);
    const now = new Date().toISOString();
    await this.runtime.executeWithRetry(
      activityStreamId(id),
      activityDecider,
      { type: 'SignUp', memberId: dto.memberId, eligibility, now },
      ctx,
    );
    return this.get(id, ctx);
  }

  @Delete(':id/signups/:memberId')
  @HttpCode(200)
  async cancelSignUp(@Param('id') id: string, @Param('memberId') memberId: string, @Command() ctx: CommandContext) {
    const activity = await this.require(id);
    await assertAdminFor(ctx.actor, activity.orgId, this.tree);
    const now = new Date().toISOString();
    await this.runtime.executeWithRetry(
      activityStreamId(id),
      activityDecider,
      { type: 'CancelSignUp', memberId, now },
      ctx,
    );
    return this.get(id, ctx);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  async cancel(@Param('id') id: string, @Body() dto: CancelActivityDto, @Command() ctx: CommandContext) {
    const activity = await this.require(id);
    await assertAdminFor(ctx.actor, activity.orgId, this.tree);
    const command = {
      type: 'CancelActivity' as const,
      reason: dto.reason?.trim() ?? '',
      now: new Date().toISOString(),
    };
    await this.runtime.executeWithRetry(activityStreamId(id), activityDecider, command, ctx);
    return this.get(id, ctx);
  }

  /** The organiser records attendance: the hours are verified and the members service awards points. */
  @Post(':id/attendance')
  @HttpCode(201)
  async attendance(@Param('id') id: string, @Body() dto: AttendanceDto, @Command() ctx: CommandContext) {
    const activity = await this.require(id);
    await assertAdminFor(ctx.actor, activity.orgId, this.tree);
    const command = {
      type: 'RecordAttendance' as const,
      memberId: dto.memberId,
      hours: dto.hours,
      now: new Date().toISOString(),
    };
    await this.runtime.executeWithRetry(activityStreamId(id), activityDecider, command, ctx);
    return this.get(id, ctx);
  }
}
