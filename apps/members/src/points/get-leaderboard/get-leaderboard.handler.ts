import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor, CommandContext } from '@gongjian/eventing';
import { accessTo, assertMayReadUnder, type MemberAccess, scopeOf } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { MemberViews } from '../../registry/member-views';
import type { MemberDocument } from '../../registry/members.projection';
import type { LedgerEntryDocument } from '../ledger.projection';
import { currentQuarter, pioneerIndex } from '../pioneer';
import type { LeaderboardQuery } from './get-leaderboard.query';

/** One member on the board: what the caller may see of them, and the entries that count. */
interface Row {
  member: MemberDocument;
  access: MemberAccess;
  entries: LedgerEntryDocument[];
}

/**
 * The 先锋指数 leaderboard of an organisation: its members and those who reported to it, highest
 * first, ties by member id. A member who reported here ranks by the service done here, and shows
 * no branch (members.policy.ts); the destination of a pending transfer does not rank them yet.
 */
@Injectable()
export class GetLeaderboardHandler {
  constructor(
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {}

  async execute(query: LeaderboardQuery, context: CommandContext) {
    // one of them is given: the DTO requires it
    const orgId = (query.orgId ?? query.communityId ?? query.branchId)!;
    await assertMayReadUnder(context.actor, orgId, this.directory);
    const quarter = query.quarter ?? currentQuarter();
    const rows = await this.rows(context.actor, orgId, quarter);
    const ranked = rows
      .map(({ member: m, access, entries }) => ({
        ...pioneerIndex(m._id, quarter, entries),
        name: m.name,
        branchId: access === 'reported' ? null : m.branchId,
      }))
      .sort((a, b) => b.index - a.index || a.memberId.localeCompare(b.memberId))
      .slice(0, query.limit ?? 20)
      .map((row, i) => ({ rank: i + 1, ...row }));
    return { orgId, quarter, items: ranked };
  }

  /** The members under `orgId` the caller may rank, each with the quarter's entries it may count. */
  private async rows(actor: Actor, orgId: string, quarter: string): Promise<Row[]> {
    const ids = await this.directory.subtreeIds(orgId, { includeUnits: true });
    const members = await this.readModels.members.find({
      $or: [{ branchId: { $in: ids } }, { reportedTo: { $in: ids } }],
    });
    const entries = await this.readModels.ledgerEntries.find({ memberId: { $in: members.map((m) => m._id) }, quarter });
    const byMember = new Map<string, LedgerEntryDocument[]>();
    for (const e of entries) byMember.set(e.memberId, [...(byMember.get(e.memberId) ?? []), e]);
    const inScope = scopeOf(actor, this.directory);
    const servedIn = new Map<string, Set<string>>();
    const rows: Row[] = [];
    for (const member of members) {
      const access = await accessTo(actor, member, this.directory, inScope);
      if (!access || access === 'incoming') continue;
      let own = byMember.get(member._id) ?? [];
      if (access === 'reported') {
        const key = member.reportedTo ?? '';
        if (!servedIn.has(key)) servedIn.set(key, new Set(await this.views.servedIn(member)));
        own = own.filter((e) => e.orgId !== null && servedIn.get(key)!.has(e.orgId));
      }
      rows.push({ member, access, entries: own });
    }
    return rows;
  }
}
