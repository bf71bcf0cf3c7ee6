import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, PageQuery, paginate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { forbid, type MemberAccess, MembersTree } from '../members.tree';
import type { MemberDocument } from '../registry/members.projection';
import { LeaderboardQuery, QuarterQuery, RedemptionDto } from '../registry/members.dto';
import { MemberViews } from '../registry/member-views';
import { ledgerDecider, ledgerStreamId } from './ledger.decider';
import { LEDGER_COLLECTION, type LedgerEntryDocument } from './ledger.projection';
import { currentQuarter, pioneerIndex } from './pioneer';
import { POINTS_RULES, PIONEER_WEIGHTS } from './rules';

const entryResource = (e: LedgerEntryDocument) => ({
  id: e._id,
  kind: e.kind,
  points: e.points,
  rule: e.rule,
  source: e.source,
  subjectId: e.subjectId,
  title: e.title,
  hours: e.hours,
  score: e.score,
  merchant: e.merchant,
  recordedAt: e.recordedAt,
});

/** 量化积分 ledger, redemptions at merchants, and the 先锋指数. */
@Controller()
export class PointsController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: MembersTree,
    private readonly views: MemberViews,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get entries() {
    return this.documents.collection<LedgerEntryDocument>(LEDGER_COLLECTION);
  }

  @Get('points/rules')
  rules() {
    return { points: POINTS_RULES, pioneerWeights: PIONEER_WEIGHTS };
  }

  /**
   * Which ledger entries `access` may see (members.tree.ts): all of them, or — for the community
   * a member reported to — those earned there; the destination of a pending transfer, none yet.
   */
  private async entriesFilter(member: MemberDocument, access: MemberAccess) {
    if (access === 'incoming') forbid('the points of a member are read once the transfer is accepted');
    if (access === 'reported') return { memberId: member._id, orgId: { $in: await this.views.servedIn(member) } };
    return { memberId: member._id };
  }

  @Get('members/:id/points')
  async ledger(@Param('id') id: string, @Query() query: PageQuery, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    const access = await this.tree.assertMayRead(ctx.actor, member);
    const page = await paginate(this.entries, await this.entriesFilter(member, access), query);
    return {
      memberId: id,
      // the balance counts points earned anywhere: not for the reported-to community
      balance: access === 'reported' ? null : await this.views.balance(id),
      items: page.items.map(entryResource),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * A redemption at a merchant. The ledger stream's expected revision makes concurrent
   * redemptions take turns: each re-reads the balance, so the balance never goes below zero.
   */
  @Post('members/:id/redemptions')
  @HttpCode(201)
  async redeem(@Param('id') id: string, @Body() dto: RedemptionDto, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    await this.tree.assertMayActForMember(ctx.actor, member);
    const redemptionId = uuidv7();
    const command = {
      type: 'RedeemPoints' as const,
      memberId: id,
      redemptionId,
      points: dto.points,
      merchant: dto.merchant.trim(),
    };
    // another write to this ledger may win the race: decide again on the new balance
    const result = await this.runtime.executeWithRetry(ledgerStreamId(id), ledgerDecider, command, ctx, 50);
    return {
      redemptionId,
      memberId: id,
      points: dto.points,
      merchant: command.merchant,
      balance: result.state.balance,
    };
  }

  @Get('members/:id/pioneer-index')
  async index(@Param('id') id: string, @Query() query: QuarterQuery, @Command() ctx: CommandContext) {
    const member = await this.views.require(id);
    const access = await this.tree.assertMayRead(ctx.actor, member);
    const quarter = query.quarter ?? currentQuarter();
    return pioneerIndex(
      id,
      quarter,
      await this.entries.find({ ...(await this.entriesFilter(member, access)), quarter }),
    );
  }

  /** The leaderboard of an organisation (community, branch…) for a quarter, highest first. */
  @Get('pioneer-index/leaderboard')
  async leaderboard(@Query() query: LeaderboardQuery, @Command() ctx: CommandContext) {
    const orgId = query.orgId ?? query.communityId ?? query.branchId;
    if (!orgId)
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'validation failed: communityId',
        details: [{ field: 'communityId', messages: ['one of communityId, branchId or orgId is required'] }],
      });
    await this.tree.assertMayReadUnder(ctx.actor, orgId);
    const quarter = query.quarter ?? currentQuarter();
    const ids = await this.tree.subtreeIds(orgId, { includeUnits: true });
    const members = await this.views.members.find({
      $or: [{ branchId: { $in: ids } }, { reportedTo: { $in: ids } }],
    });
    const entries = await this.entries.find({ memberId: { $in: members.map((m) => m._id) }, quarter });
    const byMember = new Map<string, LedgerEntryDocument[]>();
    for (const e of entries) byMember.set(e.memberId, [...(byMember.get(e.memberId) ?? []), e]);
    // a member who reported here ranks by the service done here, and shows no branch (members.tree.ts)
    const inScope = this.tree.scopeOf(ctx.actor);
    const servedIn = new Map<string, Set<string>>();
    const rows = [];
    for (const m of members) {
      const access = await this.tree.accessTo(ctx.actor, m, inScope);
      if (!access || access === 'incoming') continue;
      let own = byMember.get(m._id) ?? [];
      if (access === 'reported') {
        const key = m.reportedTo ?? '';
        if (!servedIn.has(key)) servedIn.set(key, new Set(await this.views.servedIn(m)));
        own = own.filter((e) => e.orgId !== null && servedIn.get(key)!.has(e.orgId));
      }
      rows.push({ member: m, access, entries: own });
    }
    const ranked = rows
      .map(({ member: m, access, entries: own }) => ({
        ...pioneerIndex(m._id, quarter, own),
        name: m.name,
        branchId: access === 'reported' ? null : m.branchId,
      }))
      .sort((a, b) => b.index - a.index || a.memberId.localeCompare(b.memberId))
      .slice(0, query.limit ?? 20)
      .map((row, i) => ({ rank: i + 1, ...row }));
    return { orgId, quarter, items: ranked };
  }
}
