import {
  MEMBER_EVENTS,
  type MerchantSector,
  type MerchantStatus,
  type MerchantSuspendedV1,
  type MerchantTermsChangedV1,
  type MerchantTermsV1,
  type PointsRedeemedV1,
  type PointsRedemptionReversedV1,
} from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import { FUNDS_EVENTS } from '../funds-events';
import type { MerchantRegisteredData, StatementReconciledV1, StatementTotals } from './merchant.decider';

const E = FUNDS_EVENTS;

/** An alliance merchant and its terms history, oldest first. */
export interface MerchantDocument extends ReadModelDocument {
  name: string;
  address: string;
  sector: MerchantSector;
  orgId: string;
  contactName: string;
  contactPhone: string;
  status: MerchantStatus;
  suspendedReason: string | null;
  terms: (MerchantTermsV1 & { recordedAt: string; recordedBy: string })[];
  registeredAt: string;
  registeredBy: string;
}

/** One redemption at a merchant (folded from the members' public events), and its reversal. */
export interface MerchantRedemptionDocument extends ReadModelDocument {
  merchantId: string;
  merchantOrgId: string;
  memberId: string;
  /** China's calendar */
  day: string;
  month: string;
  points: number;
  pointsPerYuan: number;
  /** fen */
  yuanValue: number;
  redeemedAt: string;
  reversed: boolean;
  reversedAt: string | null;
  reversedReason: string | null;
}

/** One confirmation of a month's statement by the office (a later one never replaces it). */
export interface ReconciliationDocument extends ReadModelDocument {
  merchantId: string;
  month: string;
  totals: StatementTotals;
  note: string;
  confirmedAt: string;
  confirmedBy: string;
}

export const MERCHANTS_COLLECTION = 'funds.merchants';
export const MERCHANT_REDEMPTIONS_COLLECTION = 'funds.merchant-redemptions';
export const RECONCILIATIONS_COLLECTION = 'funds.merchant-reconciliations';

export const merchantsProjection: Projection<MerchantDocument> = {
  name: 'merchants',
  collection: MERCHANTS_COLLECTION,
  handles: [E.merchantRegistered, E.merchantTermsChanged, E.merchantSuspended, E.merchantReinstated],
  indexes: [{ fields: { orgId: 1, status: 1 } }, { fields: { sector: 1 } }],
  documentId: (event) => (event.data as { merchantId: string }).merchantId,
  apply(doc, event) {
    const by = { recordedAt: event.occurredAt, recordedBy: event.actor.accountId };
    if (event.type === E.merchantRegistered) {
      const { merchantId: _id, terms, ...rest } = event.data as MerchantRegisteredData;
      return {
        _id,
        ...rest,
        status: 'active',
        suspendedReason: null,
        terms: [{ ...terms, ...by }],
        registeredAt: event.occurredAt,
        registeredBy: event.actor.accountId,
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case E.merchantTermsChanged:
        return { ...doc, terms: [...doc.terms, { ...(event.data as MerchantTermsChangedV1).terms, ...by }] };
      case E.merchantSuspended:
        return { ...doc, status: 'suspended', suspendedReason: (event.data as MerchantSuspendedV1).reason };
      case E.merchantReinstated:
        return { ...doc, status: 'active', suspendedReason: null };
      default:
        return null;
    }
  },
};

/**
 * The redemptions at registered merchants, one document per redemption, from the members' public
 * events. A redemption of before issue 19 (free-text merchant, no `merchantId`) is no merchant's.
 */
export const merchantRedemptionsProjection: Projection<MerchantRedemptionDocument> = {
  name: 'merchant-redemptions',
  collection: MERCHANT_REDEMPTIONS_COLLECTION,
  handles: [MEMBER_EVENTS.pointsRedeemed, MEMBER_EVENTS.pointsRedemptionReversed],
  indexes: [{ fields: { merchantId: 1, month: 1 } }],
  documentId: (event: EventEnvelope) => (event.data as { redemptionId: string }).redemptionId,
  apply(doc, event) {
    if (event.type === MEMBER_EVENTS.pointsRedeemed) {
      const d = event.data as PointsRedeemedV1;
      if (!d.merchantId || !d.day || d.yuanValue === undefined) return null;
      return {
        _id: d.redemptionId,
        merchantId: d.merchantId,
        merchantOrgId: d.merchantOrgId ?? '',
        memberId: d.memberId,
        day: d.day,
        month: d.day.slice(0, 7),
        points: d.points,
        pointsPerYuan: d.pointsPerYuan ?? 0,
        yuanValue: d.yuanValue,
        redeemedAt: event.occurredAt,
        reversed: false,
        reversedAt: null,
        reversedReason: null,
      };
    }
    if (!doc) return null;
    const { reason } = event.data as PointsRedemptionReversedV1;
    return { ...doc, reversed: true, reversedAt: event.occurredAt, reversedReason: reason };
  },
};

export const reconciliationsProjection: Projection<ReconciliationDocument> = {
  name: 'merchant-reconciliations',
  collection: RECONCILIATIONS_COLLECTION,
  handles: [E.statementReconciled],
  indexes: [{ fields: { merchantId: 1, month: 1 } }],
  documentId: (event) => event.eventId,
  apply(_doc, event) {
    const { merchantId, month, totals, note } = event.data as StatementReconciledV1;
    return {
      _id: event.eventId,
      merchantId,
      month,
      totals,
      note,
      confirmedAt: event.occurredAt,
      confirmedBy: event.actor.accountId,
    };
  },
};
