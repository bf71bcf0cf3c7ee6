import {
  ACCOUNT_ROLES,
  ACTIVITY_STATUSES,
  ALLOCATION_STATUSES,
  ALLOCATION_TARGETS,
  BRANCH_FORMATIONS,
  CATEGORIES,
  CHECK_IN_REFUSALS,
  FUND_KINDS,
  GRID_ROLE_HOLDER_KINDS,
  HOURS_VERIFICATIONS,
  HOUSEHOLD_DUTIES,
  MEMBER_STATUSES,
  MERCHANT_SECTORS,
  MERCHANT_STATUSES,
  MICRO_PROJECT_STATUSES,
  NEED_STATUSES,
  OFFER_STATUSES,
  ORG_KINDS,
  ORG_STATUSES,
  PAIRING_STATUSES,
  PARTY_ORG_KINDS,
  POINTS_RULES,
  PROJECT_STATUSES,
  PROPOSAL_STATUSES,
  QUANTITY_UNITS,
  UNIT_SECTORS,
  URGENCIES,
  VOLUNTEER_KINDS,
  WISH_STATUSES,
  ASSESSMENT_PERIODS,
  AWARD_KIND_LABELS,
  AWARD_STATUSES,
  INDEX_KINDS,
  INDICATOR_SET_STATUSES,
  MEASURE_LABELS,
} from '@gongjian/contracts';

/**
 * The lists whose codes share the `status` prefix (a status tag shows any of them): a code they
 * share (open, expired, withdrawn, active) means the same in each, which
 * test/console-vocabulary.unit.spec.ts checks.
 */
export const STATUS_LISTS = {
  NEED_STATUSES,
  OFFER_STATUSES,
  PROPOSAL_STATUSES,
  PROJECT_STATUSES,
  MEMBER_STATUSES,
  ORG_STATUSES,
  PAIRING_STATUSES,
};
type StatusLists = typeof STATUS_LISTS;
type StatusCode = { [List in keyof StatusLists]: keyof StatusLists[List] }[keyof StatusLists];

/**
 * The code lists of libs/contracts the console names, each under the prefix its labels are read
 * with (`label('category', code)`). The Chinese is the domain's vocabulary and comes from
 * libs/contracts as it is; the English is the console's own (`enCodes` in messages.ts).
 */
export const ZH_CODES = {
  category: CATEGORIES,
  unit: QUANTITY_UNITS,
  urgency: URGENCIES,
  status: Object.assign({}, ...Object.values(STATUS_LISTS)) as Record<StatusCode, string>,
  activity: ACTIVITY_STATUSES,
  wish: WISH_STATUSES,
  sector: UNIT_SECTORS,
  'org.kind': ORG_KINDS,
  'party.kind': PARTY_ORG_KINDS,
  /** 单独建 / 联合建 (seed 001) */
  'party.formation': BRANCH_FORMATIONS,
  /** who holds a grid role: a party member or a resident */
  holder: GRID_ROLE_HOLDER_KINDS,
  /** 五联创建: what a 轮值户 did */
  duty: HOUSEHOLD_DUTIES,
  role: ACCOUNT_ROLES,
  rule: POINTS_RULES,
  volunteerKind: VOLUNTEER_KINDS,
  hoursVerification: HOURS_VERIFICATIONS,
  /** why a check-in or check-out was refused, by the answer's `error` (扫码签到) */
  checkInRefusal: CHECK_IN_REFUSALS,
  /** 资金 (issue 19): the kinds of funds, an allocation's status and what it funds, a 微项目's status */
  fundKind: FUND_KINDS,
  allocation: ALLOCATION_STATUSES,
  allocationTarget: ALLOCATION_TARGETS,
  microProject: MICRO_PROJECT_STATUSES,
  /** 联盟商户: a merchant's sector and status */
  merchantSector: MERCHANT_SECTORS,
  merchantStatus: MERCHANT_STATUSES,
  /** 考核 (issue 20): the indices, their periods, the measures of indicators, sets' statuses, awards */
  indexKind: INDEX_KINDS,
  assessmentPeriod: ASSESSMENT_PERIODS,
  measure: MEASURE_LABELS,
  setStatus: INDICATOR_SET_STATUSES,
  awardKind: AWARD_KIND_LABELS,
  awardStatus: AWARD_STATUSES,
};
type CodeLists = typeof ZH_CODES;

/** A label for every code of every list: a code added in libs/contracts without one fails the console's type check. */
export type CodeLabels = { [List in keyof CodeLists]: Record<keyof CodeLists[List], string> };

/** The message keys of the code lists: `category.elderly_care`, `status.open`… */
export type CodeKey = {
  [List in keyof CodeLists & string]: `${List}.${keyof CodeLists[List] & string}`;
}[keyof CodeLists & string];

/** The labels of every list as messages: `{ 'category.elderly_care': '助老', … }`. */
export function codeMessages(labels: CodeLabels): Record<CodeKey, string> {
  const messages: Record<string, string> = {};
  for (const [list, codes] of Object.entries(labels))
    for (const [code, text] of Object.entries(codes)) messages[`${list}.${code}`] = text;
  return messages as Record<CodeKey, string>;
}
