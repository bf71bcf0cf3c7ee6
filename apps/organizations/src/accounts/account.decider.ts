import { type Decider, DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { ROLE_ORG_KINDS, type Role } from '@gongjian/auth';

export interface AccountCreatedData {
  accountId: string;
  displayName: string;
  role: Role;
  orgId: string | null;
}

/** When repeated wrong passwords lock an account, and for how long. */
export interface LockoutPolicy {
  maxFailures: number;
  lockSeconds: number;
}

export const LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockSeconds: 15 * 60 };

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
  | { type: 'RecordLoginFailure'; at: string; policy: LockoutPolicy }
  | { type: 'RecordLoginSuccess'; at: string }
  | { type: 'UnlockAccount'; at: string };

export type AccountEvent =
  | { type: 'organizations.AccountCreated'; data: AccountCreatedData }
  /** A wrong password; `failures` counts the consecutive ones, this one included. */
  | { type: 'organizations.LoginFailed'; data: { accountId: string; failures: number } }
  | { type: 'organizations.AccountLocked'; data: { accountId: string; failures: number; until: string } }
  /** Recorded only when it ends a run of failures (logins are not otherwise events). */
  | { type: 'organizations.LoginSucceeded'; data: { accountId: string; clearedFailures: number } }
  /** By an administrator, before the lock ran out; the envelope's actor says who. */
  | { type: 'organizations.AccountUnlocked'; data: { accountId: string } };

export type AccountState =
  { exists: false } | { exists: true; account: AccountCreatedData; failures: number; lockedUntil: string | null };

/** Accounts are keyed by username, so the event store itself keeps usernames unique. */
export const accountStreamId = (username: string) => `organizations.account-${username}`;

/** The end of the lock in force at `at`, or null. A lock runs out by time alone, without an event. */
export function lockedUntil(state: AccountState, at: string): string | null {
  return state.exists && state.lockedUntil !== null && state.lockedUntil > at ? state.lockedUntil : null;
}

function create(command: Extract<AccountCommand, { type: 'CreateAccount' }>, state: AccountState): AccountEvent[] {
  if (state.exists) throw new InvalidStateTransition('this username is taken', { field: 'username' });
  const { org, role } = command;
  if (!org && !command.bootstrap)
    throw new DomainRuleViolation('the organisation does not exist', 'unknown_org', { field: 'orgId' });
  if (org && org.status !== 'active')
    throw new DomainRuleViolation('the organisation is dissolved', 'invalid_org', { field: 'orgId' });
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
 * A wrong password counts towards the lock; the one that reaches `maxFailures` locks the account
 * for `lockSeconds`. Attempts while locked are refused before the password is checked and add
 * nothing, so a flood of guesses cannot grow the log. After a lock ran out the count starts over.
 */
function failure(command: Extract<AccountCommand, { type: 'RecordLoginFailure' }>, state: AccountState) {
  if (!state.exists) throw new NotFound('no such account');
  if (lockedUntil(state, command.at)) return [];
  const accountId = state.account.accountId;
  const lockRanOut = state.lockedUntil !== null;
  const failures = (lockRanOut ? 0 : state.failures) + 1;
  const events: AccountEvent[] = [{ type: 'organizations.LoginFailed', data: { accountId, failures } }];
  if (failures >= command.policy.maxFailures) {
    const until = new Date(Date.parse(command.at) + command.policy.lockSeconds * 1000).toISOString();
    events.push({ type: 'organizations.AccountLocked', data: { accountId, failures, until } });
  }
  return events;
}

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    switch (command.type) {
      case 'CreateAccount':
        return create(command, state);
      case 'RecordLoginFailure':
        return failure(command, state);
      case 'RecordLoginSuccess': {
        if (!state.exists) throw new NotFound('no such account');
        if (lockedUntil(state, command.at)) throw new InvalidStateTransition('the account is locked');
        if (state.failures === 0 && state.lockedUntil === null) return [];
        const data = { accountId: state.account.accountId, clearedFailures: state.failures };
        return [{ type: 'organizations.LoginSucceeded', data }];
      }
      case 'UnlockAccount':
        if (!state.exists) throw new NotFound('no such account');
        if (!lockedUntil(state, command.at) && state.failures === 0)
          throw new InvalidStateTransition('the account is not locked');
        return [{ type: 'organizations.AccountUnlocked', data: { accountId: state.account.accountId } }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'organizations.AccountCreated':
        return { exists: true, account: event.data, failures: 0, lockedUntil: null };
      case 'organizations.LoginFailed':
        return state.exists ? { ...state, failures: event.data.failures, lockedUntil: null } : state;
      case 'organizations.AccountLocked':
        return state.exists ? { ...state, lockedUntil: event.data.until } : state;
      case 'organizations.LoginSucceeded':
      case 'organizations.AccountUnlocked':
        return state.exists ? { ...state, failures: 0, lockedUntil: null } : state;
    }
  },
};
