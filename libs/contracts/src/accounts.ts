/**
 * Public integration events of login accounts (v1), appended by the organizations service. Every
 * service folds them: the guard of each refuses the tokens of a disabled account, and every token
 * issued before a password change or reset, as soon as the event arrives (DESIGN §8: a revocation
 * event on the bus, not a wait for expiry). The members service folds AccountCreated to link only
 * accounts that exist.
 */
export const ACCOUNT_EVENTS = {
  created: 'organizations.AccountCreated',
  disabled: 'organizations.AccountDisabled',
  enabled: 'organizations.AccountEnabled',
  /** by the account's holder: every token issued before `at` is refused */
  passwordChanged: 'organizations.PasswordChanged',
  /** by an administrator: every token issued before `at` is refused, and the next login must change it */
  passwordReset: 'organizations.PasswordReset',
} as const;

/** The roles of login accounts, as the events carry them (DESIGN §4). */
export const ACCOUNT_ROLES = {
  district_admin: '区/县委管理员',
  street_admin: '街道管理员',
  community_admin: '社区管理员',
  unit_contact: '驻区单位联络人',
  member: '党员',
  auditor: '审计员',
  /** a resident volunteer (non-party): acts only for itself, in volunteering */
  resident: '居民志愿者',
  /** a 网格长 or 网格员 (issue 18): reads and acts for the grids whose term names the account */
  grid_worker: '网格员',
} as const;
export type AccountRoleV1 = keyof typeof ACCOUNT_ROLES;
export const ACCOUNT_ROLE_CODES = Object.keys(ACCOUNT_ROLES) as AccountRoleV1[];

export interface AccountCreatedV1 {
  accountId: string;
  displayName: string;
  role: AccountRoleV1;
  /** the organisation (or unit) of the account; null only for the bootstrap administrator */
  orgId: string | null;
}

export interface AccountDisabledV1 {
  accountId: string;
  /** `by_admin`, or `organization_dissolved` when the account's organisation was dissolved */
  reason: 'by_admin' | 'organization_dissolved';
  /** tokens issued before this instant are refused (ISO 8601, milliseconds) */
  at: string;
}

export interface AccountEnabledV1 {
  accountId: string;
}

export interface PasswordChangedV1 {
  accountId: string;
  /** tokens issued before this instant are refused (ISO 8601, milliseconds) */
  at: string;
}

export type PasswordResetV1 = PasswordChangedV1;
