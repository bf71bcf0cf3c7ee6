import { Injectable } from '@nestjs/common';
import { orgDirectoryProjection } from '@gongjian/auth';
import type { EventEnvelope } from '@gongjian/eventing';
import {
  type BookDocument,
  booksCollection,
  ledgerProjections,
  type PostingDocument,
  postingsCollection,
} from '@gongjian/ledger';
import type { Projection, ReadModel, ReadModelDocument } from '@gongjian/read-models';
import { Queries } from '@gongjian/runtime';
import { FUNDS_EVENTS, POSTING_EVENTS } from './funds-events';
import type { AllocationStatus, AllocationTarget, FundKind } from './funds/fund-kinds';
import type {
  AllocationApprovedV1,
  AllocationRejectedV1,
  AllocationRequestedV1,
  ContributionRecordedV1,
  FundOpenedV1,
  SpendingRecordedV1,
  SpendingReversedV1,
} from './funds/fund.decider';
import type {
  MicroProjectCancelledV1,
  MicroProjectCompletedV1,
  MicroProjectProposedV1,
  MicroProjectStatus,
} from './micro-projects/micro-project.decider';
import {
  MERCHANT_REDEMPTIONS_COLLECTION,
  type MerchantDocument,
  type MerchantRedemptionDocument,
  merchantRedemptionsProjection,
  MERCHANTS_COLLECTION,
  merchantsProjection,
  RECONCILIATIONS_COLLECTION,
  type ReconciliationDocument,
  reconciliationsProjection,
} from './merchants/merchants.projection';
import {
  CO_BUILD_PROJECTS_COLLECTION,
  type CoBuildProjectDocument,
  coBuildProjectsProjection,
} from './projects.projection';

const E = FUNDS_EVENTS;

/** A fund and its totals, in fen (the resource speaks yuan). */
export interface FundDocument extends ReadModelDocument {
  name: string;
  kind: FundKind;
  year: number;
  ownerOrgId: string;
  grantorOrgId: string | null;
  yearlyAmount: number;
  contributed: number;
  /** approved allocations */
  allocated: number;
  /** spending, less reversed spending, over all its budgets */
  spent: number;
  /** what the fund's own account holds: granted and 认捐 into it, less approved allocations */
  available: number;
  allocations: Record<AllocationStatus, number>;
  openedAt: string;
  openedBy: string;
}

/** An allocation of a fund to a 微项目 or co-build project: its budget (fen). */
export interface AllocationDocument extends ReadModelDocument {
  fundId: string;
  target: AllocationTarget;
  targetId: string;
  targetOrgId: string;
  fundOwnerOrgId: string;
  amount: number;
  purpose: string;
  status: AllocationStatus;
  requestedAt: string;
  requestedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
  /** 认捐 into this budget */
  contributed: number;
  spent: number;
  year: number;
}

export interface SpendingDocument extends ReadModelDocument {
  fundId: string;
  allocationId: string;
  targetOrgId: string;
  fundOwnerOrgId: string;
  amount: number;
  payee: string;
  purpose: string;
  spentOn: string;
  receiptSha256: string;
  year: number;
  recordedAt: string;
  recordedBy: string;
  reversed: boolean;
  reversedReason: string | null;
}

export interface ContributionDocument extends ReadModelDocument {
  fundId: string;
  fundOwnerOrgId: string;
  unitId: string;
  allocationId: string | null;
  amount: number;
  note: string;
  recordedAt: string;
  recordedBy: string;
  year: number;
}

export interface MicroProjectDocument extends ReadModelDocument, Omit<MicroProjectProposedV1, 'microProjectId'> {
  status: MicroProjectStatus;
  beneficiaries: number | null;
  summary: string | null;
  completedOn: string | null;
  reason: string | null;
  proposedAt: string;
}

export const FUNDS_COLLECTION = 'funds.funds';
export const ALLOCATIONS_COLLECTION = 'funds.allocations';
export const SPENDINGS_COLLECTION = 'funds.spendings';
export const CONTRIBUTIONS_COLLECTION = 'funds.contributions';
export const MICRO_PROJECTS_COLLECTION = 'funds.micro-projects';

const dataOf = <T>(event: EventEnvelope) => event.data as T;

/**
 * What a 认捐, a spending or its reversal moves, in fen: `contributed` and `spent` (of a fund and of
 * the budget it names), `intoFund` (认捐 into the fund's own account, not a budget); null for any
 * other event.
 */
function moneyMoved(event: EventEnvelope): { contributed: number; spent: number; intoFund: number } | null {
  switch (event.type) {
    case E.contributionRecorded: {
      const { amount, allocationId } = dataOf<ContributionRecordedV1>(event);
      return { contributed: amount, spent: 0, intoFund: allocationId === null ? amount : 0 };
    }
    case E.spendingRecorded:
      return { contributed: 0, spent: dataOf<SpendingRecordedV1>(event).amount, intoFund: 0 };
    case E.spendingReversed: {
      const back = dataOf<SpendingReversedV1>(event).posting.legs.find((l) => l.kind === 'budget')?.amount ?? 0;
      return { contributed: 0, spent: -back, intoFund: 0 };
    }
    default:
      return null;
  }
}

export const fundsProjection: Projection<FundDocument> = {
  name: 'funds',
  collection: FUNDS_COLLECTION,
  handles: [
    E.fundOpened,
    E.allocationRequested,
    E.allocationApproved,
    E.allocationRejected,
    E.contributionRecorded,
    E.spendingRecorded,
    E.spendingReversed,
  ],
  indexes: [{ fields: { ownerOrgId: 1, year: 1 } }, { fields: { year: 1 } }],
  apply(doc, event) {
    if (event.type === E.fundOpened) {
      const { fundId: _id, posting: _posting, ...fund } = dataOf<FundOpenedV1>(event);
      return {
        _id,
        ...fund,
        contributed: 0,
        allocated: 0,
        spent: 0,
        available: fund.yearlyAmount,
        allocations: { requested: 0, approved: 0, rejected: 0 },
        openedAt: event.occurredAt,
        openedBy: event.actor.accountId,
      };
    }
    if (!doc) return null;
    const moved = moneyMoved(event);
    if (moved)
      return {
        ...doc,
        contributed: doc.contributed + moved.contributed,
        spent: doc.spent + moved.spent,
        available: doc.available + moved.intoFund,
      };
    const allocations = { ...doc.allocations };
    switch (event.type) {
      case E.allocationRequested:
        allocations.requested += 1;
        return { ...doc, allocations };
      case E.allocationApproved: {
        allocations.requested -= 1;
        allocations.approved += 1;
        const moved = dataOf<AllocationApprovedV1>(event).posting.legs[1].amount;
        return { ...doc, allocations, allocated: doc.allocated + moved, available: doc.available - moved };
      }
      case E.allocationRejected:
        allocations.requested -= 1;
        allocations.rejected += 1;
        return { ...doc, allocations };
      default:
        return null;
    }
  },
};

/** One document per allocation (its budget), fed only by its fund's stream. */
export const allocationsProjection: Projection<AllocationDocument> = {
  name: 'fund-allocations',
  collection: ALLOCATIONS_COLLECTION,
  handles: [
    E.allocationRequested,
    E.allocationApproved,
    E.allocationRejected,
    E.contributionRecorded,
    E.spendingRecorded,
    E.spendingReversed,
  ],
  indexes: [{ fields: { fundId: 1 } }, { fields: { targetId: 1 } }, { fields: { targetOrgId: 1 } }],
  documentId: (event) => (event.data as { allocationId?: string | null }).allocationId ?? `none:${event.eventId}`,
  apply(doc, event) {
    if (event.type === E.allocationRequested) {
      const { allocationId: _id, ...rest } = dataOf<AllocationRequestedV1>(event);
      return {
        _id,
        ...rest,
        status: 'requested',
        requestedAt: event.occurredAt,
        requestedBy: event.actor.accountId,
        decidedAt: null,
        decidedBy: null,
        reason: null,
        contributed: 0,
        spent: 0,
      };
    }
    if (!doc) return null;
    const moved = moneyMoved(event);
    if (moved) return { ...doc, contributed: doc.contributed + moved.contributed, spent: doc.spent + moved.spent };
    switch (event.type) {
      case E.allocationApproved:
        return { ...doc, status: 'approved', decidedAt: event.occurredAt, decidedBy: event.actor.accountId };
      case E.allocationRejected:
        return {
          ...doc,
          status: 'rejected',
          decidedAt: event.occurredAt,
          decidedBy: event.actor.accountId,
          reason: dataOf<AllocationRejectedV1>(event).reason,
        };
      default:
        return null;
    }
  },
};

export const spendingsProjection: Projection<SpendingDocument> = {
  name: 'fund-spendings',
  collection: SPENDINGS_COLLECTION,
  handles: [E.spendingRecorded, E.spendingReversed],
  indexes: [{ fields: { allocationId: 1 } }, { fields: { fundId: 1 } }, { fields: { receiptSha256: 1 } }],
  documentId: (event) => (event.data as { spendingId: string }).spendingId,
  apply(doc, event) {
    if (event.type === E.spendingRecorded) {
      const { spendingId: _id, posting, ...rest } = dataOf<SpendingRecordedV1>(event);
      return {
        _id,
        ...rest,
        targetOrgId: posting.legs[0].ownerOrgId ?? '',
        recordedAt: event.occurredAt,
        recordedBy: event.actor.accountId,
        reversed: false,
        reversedReason: null,
      };
    }
    if (!doc) return null;
    return { ...doc, reversed: true, reversedReason: dataOf<SpendingReversedV1>(event).reason };
  },
};

export const contributionsProjection: Projection<ContributionDocument> = {
  name: 'fund-contributions',
  collection: CONTRIBUTIONS_COLLECTION,
  handles: [E.contributionRecorded],
  indexes: [{ fields: { unitId: 1 } }, { fields: { fundId: 1 } }, { fields: { allocationId: 1 } }],
  documentId: (event) => (event.data as { contributionId: string }).contributionId,
  apply(_doc, event) {
    const { contributionId: _id, posting: _posting, ...rest } = dataOf<ContributionRecordedV1>(event);
    return {
      _id,
      ...rest,
      recordedAt: event.occurredAt,
      recordedBy: event.actor.accountId,
    };
  },
};

export const microProjectsProjection: Projection<MicroProjectDocument> = {
  name: 'micro-projects',
  collection: MICRO_PROJECTS_COLLECTION,
  handles: [E.microProjectProposed, E.microProjectCompleted, E.microProjectCancelled],
  // by the id its events carry: the default (after the stream id's first dash) would take
  // `project-<id>` from `funds.micro-project-<id>`
  documentId: (event) => (event.data as { microProjectId: string }).microProjectId,
  indexes: [{ fields: { orgId: 1, status: 1 } }],
  apply(doc, event) {
    if (event.type === E.microProjectProposed) {
      const { microProjectId: _id, ...rest } = dataOf<MicroProjectProposedV1>(event);
      return {
        _id,
        ...rest,
        status: 'proposed',
        beneficiaries: null,
        summary: null,
        completedOn: null,
        reason: null,
        proposedAt: event.occurredAt,
      };
    }
    if (!doc) return null;
    if (event.type === E.microProjectCompleted) {
      const { beneficiaries, summary, completedOn } = dataOf<MicroProjectCompletedV1>(event);
      return { ...doc, status: 'completed', beneficiaries, summary, completedOn };
    }
    return { ...doc, status: 'cancelled', reason: dataOf<MicroProjectCancelledV1>(event).reason };
  },
};

export const FUNDS_PROJECTIONS: Projection<any>[] = [
  fundsProjection,
  allocationsProjection,
  spendingsProjection,
  contributionsProjection,
  microProjectsProjection,
  coBuildProjectsProjection,
  merchantsProjection,
  merchantRedemptionsProjection,
  reconciliationsProjection,
  ...ledgerProjections('funds', POSTING_EVENTS),
  orgDirectoryProjection('funds'),
];

/** What the funds service's use cases read: its read models, typed and read-only. */
@Injectable()
export class FundsReadModels {
  readonly funds: ReadModel<FundDocument>;
  readonly allocations: ReadModel<AllocationDocument>;
  readonly spendings: ReadModel<SpendingDocument>;
  readonly contributions: ReadModel<ContributionDocument>;
  readonly microProjects: ReadModel<MicroProjectDocument>;
  readonly postings: ReadModel<PostingDocument>;
  readonly books: ReadModel<BookDocument>;
  readonly projects: ReadModel<CoBuildProjectDocument>;
  readonly merchants: ReadModel<MerchantDocument>;
  readonly merchantRedemptions: ReadModel<MerchantRedemptionDocument>;
  readonly reconciliations: ReadModel<ReconciliationDocument>;

  constructor(queries: Queries) {
    this.funds = queries.of(FUNDS_COLLECTION, 'fund');
    this.allocations = queries.of(ALLOCATIONS_COLLECTION, 'allocation');
    this.spendings = queries.of(SPENDINGS_COLLECTION, 'spending');
    this.contributions = queries.of(CONTRIBUTIONS_COLLECTION, 'contribution');
    this.microProjects = queries.of(MICRO_PROJECTS_COLLECTION, 'micro-project');
    this.postings = queries.of(postingsCollection('funds'), 'posting');
    this.books = queries.of(booksCollection('funds'), 'book');
    this.projects = queries.of(CO_BUILD_PROJECTS_COLLECTION, 'project');
    this.merchants = queries.of(MERCHANTS_COLLECTION, 'merchant');
    this.merchantRedemptions = queries.of(MERCHANT_REDEMPTIONS_COLLECTION, 'redemption');
    this.reconciliations = queries.of(RECONCILIATIONS_COLLECTION, 'reconciliation');
  }
}
