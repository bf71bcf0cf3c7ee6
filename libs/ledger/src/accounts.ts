/**
 * The kinds of ledger accounts (issue 19). Each has a normal side: a debit raises the balance of a
 * debit-normal account (money held: a fund, a budget), a credit raises a credit-normal one (where
 * money came from: a grant, a unit's 认捐). The balance shown is always on the normal side, and no
 * kind may go below zero unless it says so — none does.
 */
export const ACCOUNT_KINDS = {
  /** money a fund holds and has not allocated */
  fund: { normal: 'debit', mayGoNegative: false, label: '基金' },
  /** money allocated to a micro-project or co-build project and not yet spent */
  budget: { normal: 'debit', mayGoNegative: false, label: '预算' },
  /** money a project holds outside any budget */
  project: { normal: 'debit', mayGoNegative: false, label: '项目' },
  /** where money came from: the yearly amount the organisation above grants a fund */
  grant: { normal: 'credit', mayGoNegative: false, label: '拨款' },
  /** where money came from: what a unit gave (认捐) */
  contribution: { normal: 'credit', mayGoNegative: false, label: '单位认捐' },
  /** where money went: what a budget paid out, receipt by receipt */
  expense: { normal: 'debit', mayGoNegative: false, label: '支出' },
  /** points redeemed at a merchant, owed to it in discounts given */
  merchant: { normal: 'debit', mayGoNegative: false, label: '联盟商户' },
  /** a member's points */
  member_points: { normal: 'debit', mayGoNegative: false, label: '党员积分' },
  /** where points came from: the rules that award them */
  points_issued: { normal: 'credit', mayGoNegative: false, label: '积分发放' },
} as const satisfies Record<string, { normal: 'debit' | 'credit'; mayGoNegative: boolean; label: string }>;

export type AccountKind = keyof typeof ACCOUNT_KINDS;
export const ACCOUNT_KIND_CODES = Object.keys(ACCOUNT_KINDS) as AccountKind[];

/** An account as a posting names it: `<kind>:<id>`, its kind, and the organisation that owns it. */
export interface AccountRef {
  id: string;
  kind: AccountKind;
  ownerOrgId: string | null;
}

/** `account('budget', budgetId, orgId)` → `{ id: 'budget:<budgetId>', … }`. */
export function account(kind: AccountKind, key: string, ownerOrgId: string | null): AccountRef {
  return { id: `${kind}:${key}`, kind, ownerOrgId };
}

/** The effect of a signed amount (debit +, credit −) on a balance kept on the account's normal side. */
export function onNormalSide(kind: AccountKind, amount: number): number {
  return ACCOUNT_KINDS[kind].normal === 'debit' ? amount : -amount;
}
