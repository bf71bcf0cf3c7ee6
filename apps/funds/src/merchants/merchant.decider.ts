import {
  type ConformsToContracts,
  type MerchantRegisteredV1,
  type MerchantReinstatedV1,
  type MerchantStatus,
  type MerchantSuspendedV1,
  type MerchantTermsChangedV1,
  type MerchantTermsV1,
} from '@gongjian/contracts';
import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { FUNDS_EVENTS } from '../funds-events';
import { sameTotals } from './statements/statement';

const E = FUNDS_EVENTS;

/** The merchant's contact: kept by the funds service, shown to administrators only (not public). */
export interface MerchantContact {
  contactName: string;
  contactPhone: string;
}
export type MerchantRegisteredData = MerchantRegisteredV1 & MerchantContact;

/** What the office and the merchant agreed a month's statement says (fen and points). */
export interface StatementTotals {
  redemptions: number;
  points: number;
  yuan: number;
  reversedPoints: number;
  reversedYuan: number;
  netPoints: number;
  netYuan: number;
}
export interface StatementReconciledV1 {
  merchantId: string;
  /** YYYY-MM, China's calendar */
  month: string;
  totals: StatementTotals;
  note: string;
}

export type MerchantEvent =
  | { type: typeof E.merchantRegistered; data: MerchantRegisteredData }
  | { type: typeof E.merchantTermsChanged; data: MerchantTermsChangedV1 }
  | { type: typeof E.merchantSuspended; data: MerchantSuspendedV1 }
  | { type: typeof E.merchantReinstated; data: MerchantReinstatedV1 }
  | { type: typeof E.statementReconciled; data: StatementReconciledV1 };

const conforms: ConformsToContracts<MerchantEvent> = true;
void conforms;

export type MerchantCommand =
  | { type: 'RegisterMerchant'; merchant: MerchantRegisteredData }
  /** `today`: China's day of the request; new terms start no earlier, and after every earlier entry */
  | { type: 'ChangeTerms'; terms: MerchantTermsV1; today: string }
  | { type: 'SuspendMerchant'; reason: string }
  | { type: 'ReinstateMerchant' }
  /** `totals`: the statement now; `agreed`: the net the office agreed with the merchant */
  | {
      type: 'ReconcileStatement';
      month: string;
      totals: StatementTotals;
      agreed: { netPoints: number; netYuan: number };
      note: string;
    };

export type MerchantState =
  | { exists: false }
  | {
      exists: true;
      merchantId: string;
      status: MerchantStatus;
      /** every entry of the terms, in the order of their days: never edited, only followed */
      terms: MerchantTermsV1[];
      /** the totals last confirmed, by month */
      reconciled: ReadonlyMap<string, StatementTotals>;
    };

export const merchantStreamId = (merchantId: string) => `funds.merchant-${merchantId}`;

/** The terms in force on `day` (YYYY-MM-DD): the last entry starting on or before it, or null. */
export function termsOn(terms: readonly MerchantTermsV1[], day: string): MerchantTermsV1 | null {
  return terms.filter((t) => t.effectiveFrom <= day).at(-1) ?? null;
}

/**
 * 联盟商户: registered with its terms, terms changed from a day on (the history is kept, never
 * edited), suspended and reinstated; the office's confirmations of its monthly statements.
 */
export const merchantDecider: Decider<MerchantCommand, MerchantEvent, MerchantState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    if (command.type === 'RegisterMerchant') {
      if (state.exists) throw new InvalidStateTransition('the merchant is already registered');
      return [{ type: E.merchantRegistered, data: command.merchant }];
    }
    if (!state.exists) throw new InvalidStateTransition('no such merchant');
    const { merchantId } = state;
    switch (command.type) {
      case 'ChangeTerms': {
        const last = state.terms.at(-1);
        const { effectiveFrom } = command.terms;
        if (effectiveFrom < command.today || (last && effectiveFrom <= last.effectiveFrom))
          throw new DomainRuleViolation(
            `new terms start on or after today (${command.today}) and after the last terms (${last?.effectiveFrom})`,
            'terms_not_after_current',
            { field: 'effectiveFrom', today: command.today, lastEffectiveFrom: last?.effectiveFrom ?? null },
          );
        return [{ type: E.merchantTermsChanged, data: { merchantId, terms: command.terms } }];
      }
      case 'SuspendMerchant':
        if (state.status === 'suspended') throw new InvalidStateTransition('the merchant is already suspended');
        return [{ type: E.merchantSuspended, data: { merchantId, reason: command.reason } }];
      case 'ReinstateMerchant':
        if (state.status === 'active') throw new InvalidStateTransition('the merchant is not suspended');
        return [{ type: E.merchantReinstated, data: { merchantId } }];
      case 'ReconcileStatement': {
        const { totals, agreed, month } = command;
        if (agreed.netPoints !== totals.netPoints || agreed.netYuan !== totals.netYuan)
          throw new DomainRuleViolation(
            `the statement of ${month} nets ${totals.netPoints} points, ${totals.netYuan} fen: not what was agreed`,
            'statement_totals_differ',
            { field: 'netYuan', netPoints: totals.netPoints, netYuan: totals.netYuan },
          );
        const last = state.reconciled.get(month);
        if (last && sameTotals(last, totals))
          throw new InvalidStateTransition(`the statement of ${month} is already confirmed with these totals`);
        return [
          {
            type: E.statementReconciled,
            data: { merchantId, month, totals, note: command.note },
          },
        ];
      }
    }
  },

  evolve(state, event) {
    if (event.type === E.merchantRegistered)
      return {
        exists: true,
        merchantId: event.data.merchantId,
        status: 'active',
        terms: [event.data.terms],
        reconciled: new Map(),
      };
    if (!state.exists) return state;
    switch (event.type) {
      case E.merchantTermsChanged:
        return { ...state, terms: [...state.terms, event.data.terms] };
      case E.merchantSuspended:
        return { ...state, status: 'suspended' };
      case E.merchantReinstated:
        return { ...state, status: 'active' };
      case E.statementReconciled: {
        const reconciled = new Map(state.reconciled);
        reconciled.set(event.data.month, event.data.totals);
        return { ...state, reconciled };
      }
    }
  },
};

/** 联盟商户 — one merchant, bound once to its stream. */
export const merchantAggregate = defineAggregate({
  name: 'merchant',
  decider: merchantDecider,
  streamId: merchantStreamId,
});
