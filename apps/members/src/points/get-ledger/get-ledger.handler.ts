import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { type PageQuery, paginate } from '@gongjian/http';
import { assertMayRead } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { MemberViews } from '../../registry/member-views';
import type { LedgerEntryDocument } from '../ledger.projection';
import { visibleEntries } from '../visible-entries';

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
  redemptionId: e.redemptionId ?? null,
  merchantId: e.merchantId ?? null,
  recordedAt: e.recordedAt,
});

/** A member's 量化积分 ledger, as much of it as the caller's access allows. */
@Injectable()
export class GetLedgerHandler {
  constructor(
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {}

  async execute(memberId: string, query: PageQuery, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    const access = await assertMayRead(context.actor, member, this.directory);
    const page = await paginate(this.readModels.ledgerEntries, await visibleEntries(member, access, this.views), query);
    return {
      memberId,
      // the balance counts points earned anywhere: not for the reported-to community
      balance: access === 'reported' ? null : await this.views.balance(memberId),
      items: page.items.map(entryResource),
      nextCursor: page.nextCursor,
      total: page.total,
    };
  }
}
