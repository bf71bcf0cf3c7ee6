import { MEMBER_STATUS_CODES, POINTS_RULE_CODES } from '@gongjian/contracts';
import {
  any,
  array,
  boolean,
  date,
  id,
  integer,
  list,
  literal,
  named,
  nullable,
  number,
  object,
  oneOf,
  type Schema,
  string,
  union,
} from '@gongjian/http';
import type { MemberViews } from './registry/member-views';

/**
 * What the members service's routes answer (`@Returns()`), for the OpenAPI document. A member is
 * one of its views (`view`): the full resource to those over its branch, the reduced one to a
 * community it reported to (双报到) or the destination of a pending transfer; the steps of a
 * transfer (组织关系转接) add where the transfer stands, and a source that let the member go sees
 * only where the member went.
 */

type Shape = Record<string, Schema<unknown>>;

const transferRecord = object({
  fromBranchId: id(),
  toBranchId: id(),
  direction: oneOf(['out', 'in', 'direct'] as const),
  status: oneOf(['pending', 'completed', 'declined', 'cancelled'] as const),
  requestedBy: string(),
  requestedAt: date(),
  decidedBy: nullable(string()),
  decidedAt: nullable(date()),
  reason: string(),
});

const communityReport = object({
  communityId: id(),
  direct: boolean(),
  status: oneOf(['pending', 'confirmed', 'declined', 'cancelled', 'withdrawn'] as const),
  requestedBy: string(),
  requestedAt: date(),
  decidedBy: nullable(string()),
  decidedAt: nullable(date()),
  reason: string(),
});

const seen = { id: id(), version: integer(), name: string() };

const full = {
  ...seen,
  view: literal('full'),
  branchId: id(),
  branchHistory: array(object({ branchId: id(), since: date(), by: string() })),
  transfers: array(transferRecord),
  pendingTransfer: nullable(transferRecord),
  joinedPartyOn: date(),
  employerUnitId: nullable(id()),
  inService: boolean(),
  status: oneOf(MEMBER_STATUS_CODES),
  statusHistory: array(object({ status: oneOf(MEMBER_STATUS_CODES), since: date(), reason: string() })),
  reportedTo: nullable(id()),
  reportedOn: nullable(date()),
  /** a 双报到 waiting for the receiving community's confirmation */
  pendingReport: nullable(communityReport),
  /** every 双报到 asked or made, oldest first */
  communityReports: array(communityReport),
  accountId: nullable(id()),
  proposedAccountId: nullable(id()),
  phone: nullable(string({ description: 'masked: 138****5678' })),
  personalData: oneOf(['sealed', 'erased'] as const),
  points: integer(),
  registeredAt: date(),
};

const reported = {
  ...seen,
  view: literal('reported'),
  reportedTo: nullable(id()),
  reportedOn: nullable(date()),
  served: object({ hours: number(), points: integer() }),
};

const incoming = {
  ...seen,
  view: literal('incoming'),
  branchId: id(),
  status: oneOf(MEMBER_STATUS_CODES),
  pendingTransfer: nullable(transferRecord),
  pendingReport: nullable(communityReport),
};

const transferred = { ...seen, view: literal('transferred'), branchId: id() };

const views = <E extends Shape>(extra: E) =>
  [
    object({ ...full, ...extra }, { code: string({ description: "编码: the office's own code of the item" }) }),
    object({ ...reported, ...extra }),
    object({ ...incoming, ...extra }),
  ] as const;

type Views = Awaited<ReturnType<MemberViews['view']>>;

export const MEMBER: Schema<Views> = named('Member', union(...views({})));

const transfer = { transfer: oneOf(['pending', 'completed'] as const) };

/** A step of a transfer: the member as the caller now sees it, and whether the transfer is done. */
export const MEMBER_AFTER_TRANSFER: Schema<Awaited<ReturnType<MemberViews['afterTransferStep']>>> = named(
  'MemberAfterTransfer',
  union(...views(transfer), object({ ...transferred, ...transfer })),
);

/** A report withdrawn (双报到 ended): the member as the caller now sees it; the community that ended it, only that it ended. */
export const MEMBER_AFTER_WITHDRAWAL = named(
  'MemberAfterWithdrawal',
  union(...views({}), object({ id: id(), version: integer(), view: literal('withdrawn'), reportedTo: literal(null) })),
);

/** A step of a 双报到 request: the member as the caller now sees it; a community that declined, only that. */
export const MEMBER_AFTER_REPORT_STEP = named(
  'MemberAfterReportStep',
  union(...views({}), object({ ...seen, view: literal('declined') })),
);

/** A pending 双报到 as the community it is addressed to sees it: no personal data. */
export const COMMUNITY_REPORT_REQUEST = object({
  memberId: id(),
  name: string(),
  branchId: id(),
  status: oneOf(MEMBER_STATUS_CODES),
  communityId: id(),
  requestedBy: string(),
  requestedAt: date(),
});

export const PERSONAL_DATA = object({
  id: id(),
  phone: nullable(string()),
  idNumber: nullable(string()),
  address: nullable(string()),
  erased: boolean(),
});

const source = object({ eventId: id(), type: string(), streamId: string() });

export const LEDGER = object({
  memberId: id(),
  balance: nullable(integer()),
  items: array(
    object({
      id: id(),
      kind: oneOf(['award', 'redemption', 'reversal', 'evaluation'] as const),
      points: integer(),
      rule: nullable(oneOf(POINTS_RULE_CODES)),
      source: nullable(source),
      subjectId: nullable(id()),
      title: nullable(string()),
      hours: number(),
      score: nullable(number()),
      merchant: nullable(string()),
      /** a redemption or its reversal: the redemption's id and its registered merchant (null before issue 19) */
      redemptionId: nullable(id()),
      merchantId: nullable(id()),
      recordedAt: date(),
    }),
  ),
  nextCursor: nullable(string()),
  /** the entries the reader may see, every page together */
  total: integer({ minimum: 0 }),
});

const part = object({ weight: number(), points: number(), value: number() });

const pioneerIndex = {
  memberId: id(),
  quarter: string(),
  index: number(),
  breakdown: object({
    hours: part,
    wishes: part,
    projects: part,
    evaluations: object({ weight: number(), points: number(), scores: array(number()) }),
  }),
};

/** 先锋指数 of a member in a quarter, with what makes it up. */
export const PIONEER_INDEX = object(pioneerIndex);

export const LEADERBOARD = object({
  orgId: id(),
  quarter: string(),
  items: array(object({ rank: integer(), ...pioneerIndex, name: string(), branchId: nullable(id()) })),
});

export const POINTS_RULES = object({
  points: any('the points of each rule (POINTS_RULE_TABLE)'),
  pioneerWeights: any('the weights of the pioneer index (PIONEER_WEIGHTS)'),
});

export const REDEMPTION = object({
  redemptionId: id(),
  memberId: id(),
  points: integer(),
  merchantId: id(),
  /** the merchant's name */
  merchant: string(),
  /** China's calendar day of the redemption, whose terms value it */
  day: date(),
  /** YYYY-MM: the month of the merchant's statement that lists it */
  month: string({ pattern: '^\\d{4}-\\d{2}$' }),
  /** the discount the points bought, yuan with two decimals */
  yuan: string({ pattern: '^(0|[1-9][0-9]*)\\.[0-9]{2}$' }),
  balance: integer(),
});

export const REDEMPTION_REVERSAL = object({
  redemptionId: id(),
  memberId: id(),
  merchantId: id(),
  points: integer(),
  yuan: string({ pattern: '^(0|[1-9][0-9]*)\\.[0-9]{2}$' }),
  reason: string(),
  balance: integer(),
});

export const ACCOUNT_PROPOSALS = list(object({ memberId: id(), name: string(), branchId: id() }));
