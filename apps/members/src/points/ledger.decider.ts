import type { MerchantStatus, MerchantTermsV1 } from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import { account, assertBalanced, type Posting, reversal, transfer } from '@gongjian/ledger';
import {
  MEMBER_EVENTS,
  type PointsAwardedV1,
  type PointsRedeemedV1,
  type PointsRedemptionReversedV1,
  type ServiceEvaluatedV1,
} from '../member-events';

/** The merchant a redemption names, as the members service knows it, with the terms of the day. */
export interface MerchantFacts {
  merchantId: string;
  name: string;
  orgId: string;
  status: MerchantStatus;
  /** the terms in force on the redemption's day (null: its first terms start later) */
  terms: MerchantTermsV1 | null;
}

/** The points ledger of one member: one stream, so the balance check and the append are atomic. */
export type LedgerCommand =
  | { type: 'AwardPoints'; award: PointsAwardedV1 }
  | { type: 'RecordEvaluation'; evaluation: ServiceEvaluatedV1 }
  | {
      type: 'RedeemPoints';
      memberId: string;
      redemptionId: string;
      points: number;
      /** China's calendar day of the redemption */
      day: string;
      /** null: no registered merchant of that id */
      merchant: MerchantFacts | null;
    }
  | { type: 'ReverseRedemption'; memberId: string; redemptionId: string; reason: string };

export type LedgerEvent =
  | { type: typeof MEMBER_EVENTS.pointsAwarded; data: PointsAwardedV1 }
  | { type: typeof MEMBER_EVENTS.pointsRedeemed; data: PointsRedeemedV1 }
  | { type: typeof MEMBER_EVENTS.pointsRedemptionReversed; data: PointsRedemptionReversedV1 }
  | { type: typeof MEMBER_EVENTS.serviceEvaluated; data: ServiceEvaluatedV1 };

/** A redemption at a registered merchant, as the ledger keeps it to cap and to reverse. */
export interface RedemptionState {
  merchantId: string;
  month: string;
  points: number;
  yuanValue: number;
  posting: Posting;
  reversed: boolean;
}

export interface LedgerState {
  balance: number;
  /** ids of the source events already accounted for: each is awarded exactly once */
  sources: Set<string>;
  /** redemptions at registered merchants (issue 19), by redemption id */
  redemptions: ReadonlyMap<string, RedemptionState>;
  /** points redeemed and not reversed, by `<merchantId> <YYYY-MM>`: the monthly cap's count */
  monthly: ReadonlyMap<string, number>;
}

export const ledgerStreamId = (memberId: string) => `members.ledger-${memberId}`;

/** The member's and the merchant's accounts in the ledger (libs/ledger), in points. */
export const pointsAccounts = {
  member: (memberId: string) => account('member_points', memberId, null),
  merchant: (merchantId: string, orgId: string | null) => account('merchant', merchantId, orgId),
  issued: (rule: string) => account('points_issued', rule, null),
};

/** The discount in fen that `points` buy at `pointsPerYuan`: whole fen, rounded down. */
export const yuanValueOf = (points: number, pointsPerYuan: number) => Math.floor((points * 100) / pointsPerYuan);

const capKey = (merchantId: string, month: string) => `${merchantId} ${month}`;

function redeem(command: Extract<LedgerCommand, { type: 'RedeemPoints' }>, state: LedgerState): LedgerEvent[] {
  if (state.sources.has(command.redemptionId)) throw new InvalidStateTransition('redemption already recorded');
  const { merchant, points, day } = command;
  if (!merchant)
    throw new DomainRuleViolation('no registered merchant of that id', 'unknown_merchant', { field: 'merchantId' });
  if (merchant.status === 'suspended')
    throw new DomainRuleViolation(`${merchant.name} is suspended from the alliance`, 'merchant_suspended', {
      field: 'merchantId',
    });
  if (!merchant.terms)
    throw new DomainRuleViolation(`${merchant.name} has no terms in force on ${day}`, 'no_terms_in_force', {
      field: 'merchantId',
    });
  const month = day.slice(0, 7);
  const used = state.monthly.get(capKey(merchant.merchantId, month)) ?? 0;
  const cap = merchant.terms.monthlyCapPoints;
  if (used + points > cap)
    throw new DomainRuleViolation(
      `${used} of ${cap} points a month already redeemed at ${merchant.name} in ${month}`,
      'monthly_cap_exceeded',
      { field: 'points', cap, used, left: Math.max(0, cap - used), month },
    );
  if (points > state.balance)
    throw new DomainRuleViolation(
      `the balance is ${state.balance} points; ${points} cannot be redeemed`,
      'insufficient_points',
      { field: 'points', balance: state.balance },
    );
  const posting = transfer(
    command.redemptionId,
    pointsAccounts.member(command.memberId),
    pointsAccounts.merchant(merchant.merchantId, merchant.orgId),
    points,
  );
  assertBalanced(posting);
  const { pointsPerYuan, effectiveFrom } = merchant.terms;
  return [
    {
      type: MEMBER_EVENTS.pointsRedeemed,
      data: {
        memberId: command.memberId,
        redemptionId: command.redemptionId,
        points,
        merchant: merchant.name,
        merchantId: merchant.merchantId,
        merchantName: merchant.name,
        merchantOrgId: merchant.orgId,
        day,
        pointsPerYuan,
        termsFrom: effectiveFrom,
        yuanValue: yuanValueOf(points, pointsPerYuan),
        posting,
      },
    },
  ];
}

function reverse(command: Extract<LedgerCommand, { type: 'ReverseRedemption' }>, state: LedgerState): LedgerEvent[] {
  const redemption = state.redemptions.get(command.redemptionId);
  if (!redemption) {
    if (state.sources.has(command.redemptionId))
      throw new DomainRuleViolation(
        'a redemption of before the merchant alliance names no registered merchant and cannot be reversed',
        'redemption_not_reversible',
        { field: 'redemptionId' },
      );
    throw new NotFound(`redemption ${command.redemptionId} not found`);
  }
  if (redemption.reversed) throw new InvalidStateTransition('the redemption is already reversed');
  return [
    {
      type: MEMBER_EVENTS.pointsRedemptionReversed,
      data: {
        memberId: command.memberId,
        redemptionId: command.redemptionId,
        merchantId: redemption.merchantId,
        points: redemption.points,
        yuanValue: redemption.yuanValue,
        reason: command.reason,
        posting: reversal(`${command.redemptionId}:reversal`, redemption.posting),
      },
    },
  ];
}

export const ledgerDecider: Decider<LedgerCommand, LedgerEvent, LedgerState> = {
  initialState: () => ({ balance: 0, sources: new Set(), redemptions: new Map(), monthly: new Map() }),

  decide(command, state) {
    switch (command.type) {
      case 'AwardPoints':
        // a redelivered source event awards nothing (at-least-once bus, exactly-once ledger)
        if (state.sources.has(command.award.source.eventId)) return [];
        return [{ type: MEMBER_EVENTS.pointsAwarded, data: command.award }];
      case 'RecordEvaluation':
        if (state.sources.has(command.evaluation.source.eventId)) return [];
        return [{ type: MEMBER_EVENTS.serviceEvaluated, data: command.evaluation }];
      case 'RedeemPoints':
        return redeem(command, state);
      case 'ReverseRedemption':
        return reverse(command, state);
    }
  },

  evolve(state, event) {
    const sources = new Set(state.sources);
    switch (event.type) {
      case MEMBER_EVENTS.pointsAwarded:
        sources.add(event.data.source.eventId);
        return { ...state, balance: state.balance + event.data.points, sources };
      case MEMBER_EVENTS.serviceEvaluated:
        sources.add(event.data.source.eventId);
        return { ...state, sources };
      case MEMBER_EVENTS.pointsRedeemed: {
        const d = event.data;
        sources.add(d.redemptionId);
        const balance = state.balance - d.points;
        // a redemption of before issue 19 names its merchant in free text: it only lowers the balance
        if (!d.merchantId || !d.day || !d.posting || d.yuanValue === undefined) return { ...state, balance, sources };
        const month = d.day.slice(0, 7);
        const redemptions = new Map(state.redemptions);
        redemptions.set(d.redemptionId, {
          merchantId: d.merchantId,
          month,
          points: d.points,
          yuanValue: d.yuanValue,
          posting: d.posting as Posting,
          reversed: false,
        });
        const monthly = new Map(state.monthly);
        const key = capKey(d.merchantId, month);
        monthly.set(key, (monthly.get(key) ?? 0) + d.points);
        return { ...state, balance, sources, redemptions, monthly };
      }
      case MEMBER_EVENTS.pointsRedemptionReversed: {
        const current = state.redemptions.get(event.data.redemptionId);
        if (!current) return state;
        const redemptions = new Map(state.redemptions);
        redemptions.set(event.data.redemptionId, { ...current, reversed: true });
        // the points go back, and no longer count against the month's cap at that merchant
        const monthly = new Map(state.monthly);
        const key = capKey(current.merchantId, current.month);
        monthly.set(key, (monthly.get(key) ?? 0) - current.points);
        return { ...state, balance: state.balance + current.points, redemptions, monthly };
      }
    }
  },
};

/** 量化积分 — a member's points ledger, bound once to its stream. */
export const ledgerAggregate = defineAggregate({ name: 'ledger', decider: ledgerDecider, streamId: ledgerStreamId });
