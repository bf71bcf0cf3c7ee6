import { ACCOUNT_KIND_CODES, fenToYuan, YUAN_PATTERN } from '@gongjian/ledger';
import {
  array,
  boolean,
  date,
  id,
  integer,
  named,
  type NamedSchema,
  nullable,
  object,
  oneOf,
  string,
} from '@gongjian/http';
import { ALLOCATION_STATUS_CODES, ALLOCATION_TARGET_CODES, FUND_KIND_CODES } from './funds/fund-kinds';
import { MICRO_PROJECT_STATUS_CODES } from './micro-projects/micro-project.decider';
import type {
  AllocationDocument,
  ContributionDocument,
  FundDocument,
  MicroProjectDocument,
  SpendingDocument,
} from './read-models';

/** 元 with two decimals, as a string: `"300000.00"` (libs/ledger/money.ts). */
export const yuan = () =>
  string({ pattern: '^-?(0|[1-9][0-9]*)\\.[0-9]{2}$', description: 'yuan with two decimals, e.g. "300000.00"' });
export const yuanInput = () => string({ pattern: YUAN_PATTERN });
const sha256 = () => string({ pattern: '^[0-9a-f]{64}$' });

export function fundResource(doc: FundDocument) {
  const { _id, version, yearlyAmount, contributed, allocated, spent, available, ...rest } = doc;
  return {
    id: _id,
    version,
    ...rest,
    yearlyAmount: fenToYuan(yearlyAmount),
    contributed: fenToYuan(contributed),
    allocated: fenToYuan(allocated),
    spent: fenToYuan(spent),
    /** what the fund holds and has not allocated */
    available: fenToYuan(available),
  };
}

export const FUND: NamedSchema<ReturnType<typeof fundResource>> = named(
  'Fund',
  object({
    id: id(),
    version: integer(),
    name: string(),
    kind: oneOf(FUND_KIND_CODES),
    year: integer(),
    ownerOrgId: id(),
    grantorOrgId: nullable(id()),
    yearlyAmount: yuan(),
    contributed: yuan(),
    allocated: yuan(),
    spent: yuan(),
    available: yuan(),
    allocations: object({ requested: integer(), approved: integer(), rejected: integer() }),
    openedAt: date(),
    openedBy: string(),
  }),
);

export function allocationResource(doc: AllocationDocument) {
  const { _id, version, amount, contributed, spent, ...rest } = doc;
  const budget = doc.status === 'approved' ? amount + contributed : 0;
  return {
    id: _id,
    version,
    ...rest,
    amount: fenToYuan(amount),
    contributed: fenToYuan(contributed),
    spent: fenToYuan(spent),
    /** what the budget still holds (approved amount and 认捐, less spending) */
    left: fenToYuan(budget - spent),
  };
}

export const ALLOCATION: NamedSchema<ReturnType<typeof allocationResource>> = named(
  'Allocation',
  object({
    id: id(),
    version: integer(),
    fundId: id(),
    fundOwnerOrgId: id(),
    year: integer(),
    target: oneOf(ALLOCATION_TARGET_CODES),
    targetId: id(),
    targetOrgId: id(),
    amount: yuan(),
    purpose: string(),
    status: oneOf(ALLOCATION_STATUS_CODES),
    requestedAt: date(),
    requestedBy: string(),
    decidedAt: nullable(date()),
    decidedBy: nullable(string()),
    reason: nullable(string()),
    contributed: yuan(),
    spent: yuan(),
    left: yuan(),
  }),
);

export function spendingResource(doc: SpendingDocument) {
  const { _id, version, amount, ...rest } = doc;
  return { id: _id, version, ...rest, amount: fenToYuan(amount) };
}

export const SPENDING: NamedSchema<ReturnType<typeof spendingResource>> = named(
  'Spending',
  object({
    id: id(),
    version: integer(),
    fundId: id(),
    fundOwnerOrgId: id(),
    year: integer(),
    allocationId: id(),
    targetOrgId: id(),
    amount: yuan(),
    payee: string(),
    purpose: string(),
    spentOn: date(),
    receiptSha256: sha256(),
    recordedAt: date(),
    recordedBy: string(),
    reversed: boolean(),
    reversedReason: nullable(string()),
  }),
);

export function contributionResource(doc: ContributionDocument) {
  const { _id, version, amount, ...rest } = doc;
  return { id: _id, version, ...rest, amount: fenToYuan(amount) };
}

export const CONTRIBUTION: NamedSchema<ReturnType<typeof contributionResource>> = named(
  'Contribution',
  object({
    id: id(),
    version: integer(),
    fundId: id(),
    fundOwnerOrgId: id(),
    year: integer(),
    unitId: id(),
    allocationId: nullable(id()),
    amount: yuan(),
    note: string(),
    recordedAt: date(),
    recordedBy: string(),
  }),
);

export const RECEIPT = named('Receipt', object({ sha256: sha256(), size: integer(), contentType: string() }));

export const LEDGER_LEG = object({
  accountId: string(),
  kind: oneOf(ACCOUNT_KIND_CODES),
  ownerOrgId: nullable(id()),
  amount: yuan(),
});

export const POSTING = named(
  'Posting',
  object({
    id: id(),
    book: string(),
    eventType: string(),
    at: date(),
    position: integer(),
    actorId: string(),
    legs: array(LEDGER_LEG),
  }),
);

export const ACCOUNT_BALANCE = named(
  'AccountBalance',
  object({
    accountId: string(),
    kind: oneOf(ACCOUNT_KIND_CODES),
    ownerOrgId: nullable(id()),
    balance: yuan(),
    /** null in a balance as of a past moment: the log gives the balance, not its turnover */
    debits: nullable(yuan()),
    credits: nullable(yuan()),
    postings: integer(),
  }),
);

export function microProjectResource(
  doc: MicroProjectDocument,
  money: { budget: number; contributed: number; spent: number },
) {
  const { _id, version, ...rest } = doc;
  return {
    id: _id,
    version,
    ...rest,
    budget: fenToYuan(money.budget),
    contributed: fenToYuan(money.contributed),
    spent: fenToYuan(money.spent),
    left: fenToYuan(money.budget + money.contributed - money.spent),
  };
}

export const MICRO_PROJECT: NamedSchema<ReturnType<typeof microProjectResource>> = named(
  'MicroProject',
  object({
    id: id(),
    version: integer(),
    orgId: id(),
    name: string(),
    description: string(),
    plannedBeneficiaries: integer(),
    status: oneOf(MICRO_PROJECT_STATUS_CODES),
    beneficiaries: nullable(integer()),
    summary: nullable(string()),
    completedOn: nullable(date()),
    reason: nullable(string()),
    proposedAt: date(),
    budget: yuan(),
    contributed: yuan(),
    spent: yuan(),
    left: yuan(),
  }),
);
