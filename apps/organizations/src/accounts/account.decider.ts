import type { ConformsToContracts } from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import {
  ACCOUNT_EVENTS,
  type AccountDisabledV1,
  type AccountEnabledV1,
  type PasswordChangedV1,
  type PasswordResetV1,
} from '@gongjian/contracts';
import { ROLE_ORG_KINDS, type Role } from '@gongjian/auth';
import {
  type FailureRecord,
  recentFailures,
  retryAfterMs,
  THROTTLE_POLICY,
  type ThrottlePolicy,
  withFailure,
} from './login-throttle';

export interface AccountCreatedData {
  accountId: string;
  displayName: string;
  role: Role;
  orgId: string | null;
}

export type DisableReason = AccountDisabledV1['reason'];

export type AccountCommand =
  | {
      type: 'CreateAccount';
      accountId: string;
      displayName: string;
      role: Role;
      /** The organisation (or unit) the account belongs to; null only for the bootstrap admin. */
      org: { id: string; kind: string; status: string } | null;
      bootstrap?: boolean;
    }
  /** `address`: the client address the attempt came from (req.ip). */
  | { type: 'RecordLoginFailure'; at: string; address: string; policy?: ThrottlePolicy }
  | { type: 'RecordLoginSuccess'; at: string; address: string; policy?: ThrottlePolicy }
  /** Clears every address's failures (the route kept its name from the lock-out it replaced). */
  | { type: 'UnlockAccount'; at: string }
  | { type: 'DisableAccount'; at: string; reason: DisableReason }
  /** `orgStatus`: the account's organisation now (an account of a dissolved one stays disabled). */
  | { type: 'EnableAccount'; orgStatus: string | null }
  /** The password was verified and the new one checked by the caller (hashes never enter events). */
  | { type: 'ChangePassword'; at: string }
  | { type: 'ResetPassword'; at: string };

export type AccountEvent =
  | { type: 'organizations.AccountCreated'; data: AccountCreatedData }
  /**
   * A wrong password from `address`; `failures` counts that address's failures this run, this one
   * included. Older events carry neither `address` nor `at` (they count as one unknown address).
   */
  | { type: 'organizations.LoginFailed'; data: { accountId: string; failures: number; address?: string; at?: string } }
  /** Written by the lock-out this throttle replaced; folded as nothing now. */
  | { type: 'organizations.AccountLocked'; data: { accountId: string; failures: number; until: string } }
  /**
   * A sign-in: recorded when it ends a run of failures of its address, and otherwise at most once
   * a minute (SIGN_IN_RECORD_INTERVAL_MS), so the account shows its last sign-in. Events before
   * issue 17 carry no `at` and were recorded only after failures.
   */
  | {
      type: 'organizations.LoginSucceeded';
      data: { accountId: string; clearedFailures: number; address?: string; at?: string };
    }
  /** By a district administrator: every address's failures are cleared; the envelope's actor says who. */
  | { type: 'organizations.AccountUnlocked'; data: { accountId: string } }
  | { type: typeof ACCOUNT_EVENTS.disabled; data: AccountDisabledV1 }
  | { type: typeof ACCOUNT_EVENTS.enabled; data: AccountEnabledV1 }
  | { type: typeof ACCOUNT_EVENTS.passwordChanged; data: PasswordChangedV1 }
  | { type: typeof ACCOUNT_EVENTS.passwordReset; data: PasswordResetV1 };

export interface ExistingAccount {
  exists: true;
  account: AccountCreatedData;
  /** wrong passwords by client address, within the throttle window */
  failures: FailureRecord;
  /** failures recorded as events in the current window (the log bound) */
  recordedFailures: { since: number; count: number };
  disabled: DisableReason | null;
  /** after an administrator's reset, until the holder chose a new password */
  mustChangePassword: boolean;
  /** the last sign-in recorded (ms since the epoch; 0: none) */
  lastSignInAt: number;
}

export type AccountState = { exists: false } | ExistingAccount;

/** Accounts are keyed by username, so the event store itself keeps usernames unique. */
export const accountStreamId = (username: string) => `organizations.account-${username}`;

/** Sign-ins without failures to clear are recorded at most this often (a burst of logins appends once). */
export const SIGN_IN_RECORD_INTERVAL_MS = 60_000;

/** Old LoginFailed events (the lock-out era) carried no address. */
export const UNKNOWN_ADDRESS = 'unknown';

/** Milliseconds until `address` may try a password on this account again (0: now). */
export function throttledFor(state: AccountState, address: string, at: string, policy = THROTTLE_POLICY): number {
  return state.exists ? retryAfterMs(state.failures, address, Date.parse(at), policy) : 0;
}

function create(command: Extract<AccountCommand, { type: 'CreateAccount' }>, state: AccountState): AccountEvent[] {
  if (state.exists) throw new InvalidStateTransition('this username is taken', { field: 'username' });
  const { org, role } = command;
  if (!org && !command.bootstrap)
    throw new DomainRuleViolation('the organisation does not exist', 'unknown_organisation', { field: 'orgId' });
  if (org && org.status !== 'active')
    throw new DomainRuleViolation('the organisation is dissolved', 'organisation_dissolved', { field: 'orgId' });
  if (org && !ROLE_ORG_KINDS[role].includes(org.kind as never)) {
    throw new DomainRuleViolation(
      `a ${role} account belongs to a ${ROLE_ORG_KINDS[role].join(' or ')}, not a ${org.kind}`,
      'role_org_mismatch',
      { field: 'orgId' },
    );
  }
  const data = { accountId: command.accountId, displayName: command.displayName, role, orgId: org?.id ?? null };
  return [{ type: 'organizations.AccountCreated', data }];
}

/**
 * A wrong password from an address counts towards that address's delay. An attempt inside the
 * delay is refused before the password is checked and adds nothing; beyond `recordedPerWindow`
 * failures per window nothing is logged either (the caller keeps those in memory): a flood of
 * guesses cannot grow the log without bound.
 */
function failure(command: Extract<AccountCommand, { type: 'RecordLoginFailure' }>, state: ExistingAccount) {
  const policy = command.policy ?? THROTTLE_POLICY;
  const now = Date.parse(command.at);
  if (retryAfterMs(state.failures, command.address, now, policy) > 0) return [];
  if (recordedInWindow(state, now, policy) >= policy.recordedPerWindow) return [];
  const failures = withFailure(state.failures, command.address, now, policy)[command.address].failures;
  const data = { accountId: state.account.accountId, failures, address: command.address, at: command.at };
  return [{ type: 'organizations.LoginFailed' as const, data }];
}

const recordedInWindow = (state: ExistingAccount, now: number, policy: ThrottlePolicy) =>
  state.recordedFailures.since > now - policy.windowMs ? state.recordedFailures.count : 0;

function success(command: Extract<AccountCommand, { type: 'RecordLoginSuccess' }>, state: ExistingAccount) {
  if (state.disabled) throw new InvalidStateTransition('the account is disabled');
  if (throttledFor(state, command.address, command.at, command.policy) > 0)
    throw new InvalidStateTransition('this address must wait before it tries again');
  const cleared = state.failures[command.address]?.failures ?? 0;
  if (cleared === 0 && Date.parse(command.at) - state.lastSignInAt < SIGN_IN_RECORD_INTERVAL_MS) return [];
  const data = {
    accountId: state.account.accountId,
    clearedFailures: cleared,
    address: command.address,
    at: command.at,
  };
  return [{ type: 'organizations.LoginSucceeded' as const, data }];
}

function lifecycle(command: AccountCommand, state: ExistingAccount): AccountEvent[] {
  const accountId = state.account.accountId;
  switch (command.type) {
    case 'DisableAccount':
      if (state.disabled) {
        // a dissolution redelivered, or dissolving the organisation of an account already disabled
        if (command.reason === 'organization_dissolved') return [];
        throw new InvalidStateTransition('the account is already disabled');
      }
      return [{ type: ACCOUNT_EVENTS.disabled, data: { accountId, reason: command.reason, at: command.at } }];
    case 'EnableAccount':
      if (!state.disabled) throw new InvalidStateTransition('the account is not disabled');
      if (command.orgStatus !== null && command.orgStatus !== 'active')
        throw new DomainRuleViolation('the organisation of this account is dissolved', 'organisation_dissolved');
      return [{ type: ACCOUNT_EVENTS.enabled, data: { accountId } }];
    case 'ChangePassword':
      if (state.disabled) throw new InvalidStateTransition('the account is disabled');
      return [{ type: ACCOUNT_EVENTS.passwordChanged, data: { accountId, at: command.at } }];
    case 'ResetPassword':
      if (state.disabled) throw new InvalidStateTransition('the account is disabled: enable it first');
      return [{ type: ACCOUNT_EVENTS.passwordReset, data: { accountId, at: command.at } }];
    default:
      return [];
  }
}

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (command.type === 'CreateAccount') return create(command, state);
    if (!state.exists) throw new NotFound('no such account');
    switch (command.type) {
      case 'RecordLoginFailure':
        return failure(command, state);
      case 'RecordLoginSuccess':
        return success(command, state);
      case 'UnlockAccount':
        if (recentFailures(state.failures, Date.parse(command.at)) === 0)
          throw new InvalidStateTransition('the account has no failed logins to clear');
        return [{ type: 'organizations.AccountUnlocked', data: { accountId: state.account.accountId } }];
      default:
        return lifecycle(command, state);
    }
  },
  evolve(state, event) {
    if (event.type === 'organizations.AccountCreated')
      return {
        exists: true,
        account: event.data,
        failures: {},
        recordedFailures: { since: 0, count: 0 },
        disabled: null,
        mustChangePassword: false,
        lastSignInAt: 0,
      };
    if (!state.exists) return state;
    return evolveExisting(state, event);
  },
};

function evolveExisting(state: ExistingAccount, event: AccountEvent): ExistingAccount {
  switch (event.type) {
    case 'organizations.LoginFailed': {
      const now = event.data.at ? Date.parse(event.data.at) : 0;
      const address = event.data.address ?? UNKNOWN_ADDRESS;
      const windowed = state.recordedFailures.since > now - THROTTLE_POLICY.windowMs;
      const recordedFailures = windowed
        ? { ...state.recordedFailures, count: state.recordedFailures.count + 1 }
        : { since: now, count: 1 };
      return { ...state, failures: withFailure(state.failures, address, now), recordedFailures };
    }
    case 'organizations.LoginSucceeded': {
      const lastSignInAt = event.data.at ? Date.parse(event.data.at) : state.lastSignInAt;
      if (event.data.address === undefined) return { ...state, failures: {}, lastSignInAt };
      const { [event.data.address]: _cleared, ...failures } = state.failures;
      return { ...state, failures, lastSignInAt };
    }
    case 'organizations.AccountUnlocked':
      return { ...state, failures: {} };
    case ACCOUNT_EVENTS.disabled:
      return { ...state, disabled: event.data.reason };
    case ACCOUNT_EVENTS.enabled:
      return { ...state, disabled: null };
    case ACCOUNT_EVENTS.passwordChanged:
      return { ...state, mustChangePassword: false };
    case ACCOUNT_EVENTS.passwordReset:
      return { ...state, mustChangePassword: true, failures: {} };
    default:
      return state;
  }
}

/** 账号 — an account, keyed by its username, bound once to its stream. */
export const accountAggregate = defineAggregate({
  name: 'account',
  decider: accountDecider,
  streamId: accountStreamId,
});

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const accountEventsConform: ConformsToContracts<AccountEvent> = true;
