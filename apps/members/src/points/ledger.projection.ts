import type { EventEnvelope } from '@gongjian/eventing';
import type { PointsRule } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import {
  MEMBER_EVENTS,
  type PointsAwardedV1,
  type PointsRedeemedV1,
  type PointsRedemptionReversedV1,
  type PointsSourceV1,
  type ServiceEvaluatedV1,
} from '../member-events';

/** The balance of one member, folded from the member's ledger stream. */
export interface BalanceDocument extends ReadModelDocument {
  memberId: string;
  balance: number;
  awarded: number;
  redeemed: number;
}

/** One ledger entry (document id = event id), with the source event it was awarded for. */
export interface LedgerEntryDocument extends ReadModelDocument {
  memberId: string;
  kind: 'award' | 'redemption' | 'reversal' | 'evaluation';
  points: number;
  rule: PointsRule | null;
  source: PointsSourceV1 | null;
  subjectId: string | null;
  title: string | null;
  hours: number;
  score: number | null;
  merchant: string | null;
  /** a redemption or its reversal (issue 19): its id and registered merchant; absent in old entries */
  redemptionId?: string | null;
  merchantId?: string | null;
  /** where the service was done (absent in old events): what a community a member reported to may see */
  orgId: string | null;
  recordedAt: string;
  /** e.g. 2026Q4, for the pioneer index */
  quarter: string;
}

export const BALANCES_COLLECTION = 'members.balances';
export const LEDGER_COLLECTION = 'members.ledger-entries';

export function quarterOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCFullYear()}Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

export const balancesProjection: Projection<BalanceDocument> = {
  name: 'member-balances',
  collection: BALANCES_COLLECTION,
  handles: [MEMBER_EVENTS.pointsAwarded, MEMBER_EVENTS.pointsRedeemed, MEMBER_EVENTS.pointsRedemptionReversed],
  apply(doc, event: EventEnvelope) {
    const current = doc ?? { _id: '', memberId: '', balance: 0, awarded: 0, redeemed: 0 };
    if (event.type === MEMBER_EVENTS.pointsAwarded) {
      const { memberId, points } = event.data as PointsAwardedV1;
      return {
        ...current,
        _id: memberId,
        memberId,
        balance: current.balance + points,
        awarded: current.awarded + points,
      };
    }
    // a reversal gives the points back: a redemption less
    const { memberId, points } = event.data as PointsRedeemedV1 | PointsRedemptionReversedV1;
    const signed = event.type === MEMBER_EVENTS.pointsRedemptionReversed ? -points : points;
    return {
      ...current,
      _id: memberId,
      memberId,
      balance: current.balance - signed,
      redeemed: current.redeemed + signed,
    };
  },
};

export const ledgerEntriesProjection: Projection<LedgerEntryDocument> = {
  name: 'member-ledger-entries',
  collection: LEDGER_COLLECTION,
  handles: [
    MEMBER_EVENTS.pointsAwarded,
    MEMBER_EVENTS.pointsRedeemed,
    MEMBER_EVENTS.pointsRedemptionReversed,
    MEMBER_EVENTS.serviceEvaluated,
  ],
  indexes: [{ fields: { memberId: 1, quarter: 1 } }, { fields: { memberId: 1, orgId: 1 } }],
  documentId: (event) => event.eventId,
  apply(_doc, event: EventEnvelope) {
    const base = {
      _id: event.eventId,
      recordedAt: event.occurredAt,
      quarter: quarterOf(event.occurredAt),
      rule: null,
      source: null,
      subjectId: null,
      title: null,
      hours: 0,
      score: null,
      merchant: null,
      orgId: null,
    };
    switch (event.type) {
      case MEMBER_EVENTS.pointsAwarded: {
        const d = event.data as PointsAwardedV1;
        return {
          ...base,
          memberId: d.memberId,
          kind: 'award' as const,
          points: d.points,
          rule: d.rule,
          source: d.source,
          subjectId: d.subjectId,
          title: d.title,
          hours: d.hours,
          orgId: d.orgId ?? null,
        };
      }
      case MEMBER_EVENTS.pointsRedeemed: {
        // before issue 19 `merchant` was free text; since, the registered merchant's name (and id)
        const d = event.data as PointsRedeemedV1;
        return {
          ...base,
          memberId: d.memberId,
          kind: 'redemption' as const,
          points: -d.points,
          merchant: d.merchantName ?? d.merchant,
          redemptionId: d.redemptionId,
          merchantId: d.merchantId ?? null,
        };
      }
      case MEMBER_EVENTS.pointsRedemptionReversed: {
        const d = event.data as PointsRedemptionReversedV1;
        return {
          ...base,
          memberId: d.memberId,
          kind: 'reversal' as const,
          points: d.points,
          title: d.reason,
          redemptionId: d.redemptionId,
          merchantId: d.merchantId,
        };
      }
      case MEMBER_EVENTS.serviceEvaluated: {
        const d = event.data as ServiceEvaluatedV1;
        return {
          ...base,
          memberId: d.memberId,
          kind: 'evaluation' as const,
          points: 0,
          source: d.source,
          subjectId: d.projectId,
          score: d.score,
          orgId: d.orgId ?? null,
        };
      }
      default:
        return null;
    }
  },
};
