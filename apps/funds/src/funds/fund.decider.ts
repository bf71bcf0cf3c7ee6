import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import {
  account,
  applyPosting,
  type BookState,
  checkPosting,
  emptyBook,
  type Posting,
  reversal,
  transfer,
} from '@gongjian/ledger';
import { FUNDS_EVENTS } from '../funds-events';
import type { AllocationStatus, AllocationTarget, FundKind } from './fund-kinds';

const E = FUNDS_EVENTS;

export interface FundOpenedV1 {
  fundId: string;
  name: string;
  kind: FundKind;
  year: number;
  ownerOrgId: string;
  /** the organisation above that grants the yearly amount (null: the district's own fund) */
  grantorOrgId: string | null;
  /** fen */
  yearlyAmount: number;
  posting: Posting;
}
/** The fund's owner and year ride along on what its stream records, for lists by scope and year. */
interface OfFund {
  fundId: string;
  fundOwnerOrgId: string;
  year: number;
}
export interface AllocationRequestedV1 extends OfFund {
  allocationId: string;
  target: AllocationTarget;
  targetId: string;
  /** the organisation that runs the target (a micro-project's or project's community) */
  targetOrgId: string;
  amount: number;
  purpose: string;
}
export interface AllocationApprovedV1 {
  fundId: string;
  allocationId: string;
  posting: Posting;
}
export interface AllocationRejectedV1 {
  fundId: string;
  allocationId: string;
  reason: string;
}
export interface ContributionRecordedV1 extends OfFund {
  contributionId: string;
  unitId: string;
  /** null: into the fund; else into this allocation's budget (a project's 认捐) */
  allocationId: string | null;
  amount: number;
  note: string;
  posting: Posting;
}
export interface SpendingRecordedV1 extends OfFund {
  spendingId: string;
  allocationId: string;
  amount: number;
  payee: string;
  purpose: string;
  spentOn: string;
  /** SHA-256 of the receipt file in the blob store: the event keeps the hash, the store the bytes */
  receiptSha256: string;
  posting: Posting;
}
export interface SpendingReversedV1 {
  fundId: string;
  spendingId: string;
  allocationId: string;
  reason: string;
  posting: Posting;
}

export type FundEvent =
  | { type: typeof E.fundOpened; data: FundOpenedV1 }
  | { type: typeof E.allocationRequested; data: AllocationRequestedV1 }
  | { type: typeof E.allocationApproved; data: AllocationApprovedV1 }
  | { type: typeof E.allocationRejected; data: AllocationRejectedV1 }
  | { type: typeof E.contributionRecorded; data: ContributionRecordedV1 }
  | { type: typeof E.spendingRecorded; data: SpendingRecordedV1 }
  | { type: typeof E.spendingReversed; data: SpendingReversedV1 };

export type FundCommand =
  | { type: 'OpenFund'; fund: Omit<FundOpenedV1, 'posting'>; postingId: string }
  | { type: 'RequestAllocation'; allocation: Omit<AllocationRequestedV1, keyof OfFund> }
  | { type: 'ApproveAllocation'; allocationId: string; postingId: string }
  | { type: 'RejectAllocation'; allocationId: string; reason: string }
  | {
      type: 'RecordContribution';
      contribution: Omit<ContributionRecordedV1, keyof OfFund | 'posting'>;
      postingId: string;
    }
  | { type: 'RecordSpending'; spending: Omit<SpendingRecordedV1, keyof OfFund | 'posting'>; postingId: string }
  | { type: 'ReverseSpending'; spendingId: string; reason: string; postingId: string };

export interface AllocationState {
  target: AllocationTarget;
  targetId: string;
  targetOrgId: string;
  amount: number;
  status: AllocationStatus;
}

export type FundState =
  | { exists: false }
  | {
      exists: true;
      fund: Omit<FundOpenedV1, 'posting'>;
      allocations: ReadonlyMap<string, AllocationState>;
      /** the postings of spendings, by spending id, so one can be reversed (once) */
      spendings: ReadonlyMap<string, { allocationId: string; posting: Posting; reversed: boolean }>;
      book: BookState;
    };

/** The accounts of a fund's book (one stream: `funds.fund-<id>`). */
export const fundAccounts = {
  fund: (fundId: string, ownerOrgId: string) => account('fund', fundId, ownerOrgId),
  grant: (fundId: string, grantorOrgId: string | null) => account('grant', fundId, grantorOrgId),
  budget: (allocationId: string, targetOrgId: string) => account('budget', allocationId, targetOrgId),
  expense: (allocationId: string, targetOrgId: string) => account('expense', allocationId, targetOrgId),
  contribution: (fundId: string, unitId: string) => account('contribution', `${fundId}:${unitId}`, unitId),
};

export const fundStreamId = (fundId: string) => `funds.fund-${fundId}`;

const requireAllocation = (state: Extract<FundState, { exists: true }>, allocationId: string) => {
  const allocation = state.allocations.get(allocationId);
  if (!allocation)
    throw new DomainRuleViolation(`no allocation ${allocationId} in this fund`, 'unknown_allocation', {
      field: 'allocationId',
    });
  return allocation;
};

/**
 * 共建资金: a fund opened with its yearly amount, allocations requested and approved by the owner's
 * admin, 认捐 into it or a budget, and spending against a budget with its receipt. Every check of a
 * posting (balanced, nothing below zero) and its append happen at one revision of this stream.
 */
export const fundDecider: Decider<FundCommand, FundEvent, FundState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    if (command.type === 'OpenFund') {
      if (state.exists) throw new InvalidStateTransition('the fund is already open');
      const { fund } = command;
      const posting = transfer(
        command.postingId,
        fundAccounts.grant(fund.fundId, fund.grantorOrgId),
        fundAccounts.fund(fund.fundId, fund.ownerOrgId),
        fund.yearlyAmount,
      );
      checkPosting(emptyBook(), posting);
      return [{ type: E.fundOpened, data: { ...fund, posting } }];
    }
    if (!state.exists) throw new InvalidStateTransition('no such fund');
    const { fundId, ownerOrgId, year } = state.fund;
    const ofFund: OfFund = { fundId, fundOwnerOrgId: ownerOrgId, year };
    switch (command.type) {
      case 'RequestAllocation': {
        if (state.allocations.has(command.allocation.allocationId))
          throw new InvalidStateTransition('allocation already requested');
        return [{ type: E.allocationRequested, data: { ...ofFund, ...command.allocation } }];
      }
      case 'ApproveAllocation': {
        const allocation = requireAllocation(state, command.allocationId);
        if (allocation.status !== 'requested')
          throw new InvalidStateTransition(`the allocation is already ${allocation.status}`);
        const posting = transfer(
          command.postingId,
          fundAccounts.fund(fundId, ownerOrgId),
          fundAccounts.budget(command.allocationId, allocation.targetOrgId),
          allocation.amount,
        );
        checkPosting(state.book, posting);
        return [{ type: E.allocationApproved, data: { fundId, allocationId: command.allocationId, posting } }];
      }
      case 'RejectAllocation': {
        const allocation = requireAllocation(state, command.allocationId);
        if (allocation.status !== 'requested')
          throw new InvalidStateTransition(`the allocation is already ${allocation.status}`);
        return [
          { type: E.allocationRejected, data: { fundId, allocationId: command.allocationId, reason: command.reason } },
        ];
      }
      case 'RecordContribution': {
        const { contribution } = command;
        let into = fundAccounts.fund(fundId, ownerOrgId);
        if (contribution.allocationId !== null) {
          const allocation = requireAllocation(state, contribution.allocationId);
          if (allocation.status !== 'approved')
            throw new DomainRuleViolation('认捐 goes into an approved budget', 'allocation_not_approved', {
              field: 'allocationId',
            });
          into = fundAccounts.budget(contribution.allocationId, allocation.targetOrgId);
        }
        const posting = transfer(
          command.postingId,
          fundAccounts.contribution(fundId, contribution.unitId),
          into,
          contribution.amount,
        );
        checkPosting(state.book, posting);
        return [{ type: E.contributionRecorded, data: { ...ofFund, ...contribution, posting } }];
      }
      case 'RecordSpending': {
        const { spending } = command;
        const allocation = requireAllocation(state, spending.allocationId);
        if (allocation.status !== 'approved')
          throw new DomainRuleViolation('spending is recorded against an approved budget', 'allocation_not_approved', {
            field: 'allocationId',
          });
        const posting = transfer(
          command.postingId,
          fundAccounts.budget(spending.allocationId, allocation.targetOrgId),
          fundAccounts.expense(spending.allocationId, allocation.targetOrgId),
          spending.amount,
        );
        checkPosting(state.book, posting);
        return [{ type: E.spendingRecorded, data: { ...ofFund, ...spending, posting } }];
      }
      case 'ReverseSpending': {
        const spending = state.spendings.get(command.spendingId);
        if (!spending)
          throw new DomainRuleViolation(`no spending ${command.spendingId} in this fund`, 'unknown_spending', {
            field: 'spendingId',
          });
        if (spending.reversed) throw new InvalidStateTransition('the spending is already reversed');
        const posting = reversal(command.postingId, spending.posting);
        checkPosting(state.book, posting);
        return [
          {
            type: E.spendingReversed,
            data: {
              fundId,
              spendingId: command.spendingId,
              allocationId: spending.allocationId,
              reason: command.reason,
              posting,
            },
          },
        ];
      }
    }
  },

  evolve(state, event) {
    if (event.type === E.fundOpened) {
      const { posting, ...fund } = event.data;
      return {
        exists: true,
        fund,
        allocations: new Map(),
        spendings: new Map(),
        book: applyPosting(emptyBook(), posting),
      };
    }
    if (!state.exists) return state;
    switch (event.type) {
      case E.allocationRequested: {
        const { allocationId, target, targetId, targetOrgId, amount } = event.data;
        const allocations = new Map(state.allocations);
        allocations.set(allocationId, { target, targetId, targetOrgId, amount, status: 'requested' });
        return { ...state, allocations };
      }
      case E.allocationApproved:
      case E.allocationRejected: {
        const allocations = new Map(state.allocations);
        const current = allocations.get(event.data.allocationId);
        if (current)
          allocations.set(event.data.allocationId, {
            ...current,
            status: event.type === E.allocationApproved ? 'approved' : 'rejected',
          });
        const book = event.type === E.allocationApproved ? applyPosting(state.book, event.data.posting) : state.book;
        return { ...state, allocations, book };
      }
      case E.contributionRecorded:
        return { ...state, book: applyPosting(state.book, event.data.posting) };
      case E.spendingRecorded: {
        const spendings = new Map(state.spendings);
        spendings.set(event.data.spendingId, {
          allocationId: event.data.allocationId,
          posting: event.data.posting,
          reversed: false,
        });
        return { ...state, spendings, book: applyPosting(state.book, event.data.posting) };
      }
      case E.spendingReversed: {
        const spendings = new Map(state.spendings);
        const current = spendings.get(event.data.spendingId);
        if (current) spendings.set(event.data.spendingId, { ...current, reversed: true });
        return { ...state, spendings, book: applyPosting(state.book, event.data.posting) };
      }
    }
  },
};

/** 共建资金 — one fund's book, bound once to its stream. */
export const fundAggregate = defineAggregate({ name: 'fund', decider: fundDecider, streamId: fundStreamId });
