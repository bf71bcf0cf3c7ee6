import { DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { accountDecider, type AccountEvent, throttledFor } from './account.decider';
import { THROTTLE_POLICY, type ThrottlePolicy } from './login-throttle';

const spec = deciderSpecification(accountDecider);
/** Two free failures per address, then 1 s doubling to 8 s; 5 failures in all mean an attack. */
const policy: ThrottlePolicy = {
  ...THROTTLE_POLICY,
  freeFailures: 2,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  underAttackFailures: 5,
  recordedPerWindow: 6,
};
const T0 = Date.parse('2026-05-01T08:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const A = '203.0.113.1';
const B = '198.51.100.7';
const created: AccountEvent = {
  type: 'organizations.AccountCreated',
  data: { accountId: 'er-shequ', displayName: 'er-shequ', role: 'community_admin', orgId: 'c' },
};
const failed = (failures: number, address = A, ms = 0): AccountEvent => ({
  type: 'organizations.LoginFailed',
  data: { accountId: 'er-shequ', failures, address, at: at(ms) },
});
const fail = (address = A, ms = 0) => ({ type: 'RecordLoginFailure' as const, at: at(ms), address, policy });
const succeed = (address = A, ms = 0) => ({ type: 'RecordLoginSuccess' as const, at: at(ms), address, policy });
const disabled = (reason: 'by_admin' | 'organization_dissolved' = 'by_admin'): AccountEvent => ({
  type: 'organizations.AccountDisabled',
  data: { accountId: 'er-shequ', reason, at: at(0) },
});
const state = (events: AccountEvent[]) => events.reduce(accountDecider.evolve, accountDecider.initialState());

describe('account decider', () => {
  it('creates an account of a role in its kind of organisation only', () => {
    const create = {
      type: 'CreateAccount' as const,
      accountId: 'a',
      displayName: 'a',
      role: 'community_admin' as const,
    };
    spec
      .given([])
      .when({ ...create, org: { id: 'c', kind: 'community', status: 'active' } })
      .then([
        {
          type: 'organizations.AccountCreated',
          data: { accountId: 'a', displayName: 'a', role: 'community_admin', orgId: 'c' },
        },
      ]);
    spec
      .given([])
      .when({ ...create, org: { id: 's', kind: 'street', status: 'active' } })
      .thenThrows(DomainRuleViolation, /belongs to a community/);
    spec
      .given([created])
      .when({ ...create, org: null, bootstrap: true })
      .thenThrows(InvalidStateTransition, /taken/);
  });

  describe('login throttle (no lock-out)', () => {
    it('counts wrong passwords per client address, with the address and time', () => {
      spec
        .given([created])
        .when(fail())
        .then([failed(1)]);
      spec
        .given([created, failed(1)])
        .when(fail(A, 10))
        .then([failed(2, A, 10)]);
      spec
        .given([created, failed(1), failed(2)])
        .when(fail(B, 20))
        .then([failed(1, B, 20)]);
    });

    it('delays an address after its free failures, doubling per failure, and logs nothing inside the delay', () => {
      const history = [created, failed(1), failed(2)];
      expect(throttledFor(state(history), A, at(0), policy)).toBe(1000);
      spec.given(history).when(fail(A, 999)).then([]);
      spec
        .given(history)
        .when(fail(A, 1000))
        .then([failed(3, A, 1000)]);
      expect(throttledFor(state([...history, failed(3, A, 1000)]), A, at(1000), policy)).toBe(2000);
      const many = [created, ...[1, 2, 3, 4, 5, 6].map((n) => failed(n, A, n * 10_000))];
      expect(throttledFor(state(many), A, at(60_000), policy)).toBe(8000); // capped
    });

    it('never delays an address that has not been failing: the owner gets in while an attacker fails', () => {
      const history = [created, failed(1), failed(2), failed(3, A, 1000)];
      expect(throttledFor(state(history), B, at(1000), policy)).toBe(0);
      spec
        .given(history)
        .when(succeed(B, 1000))
        .then([
          {
            type: 'organizations.LoginSucceeded',
            data: { accountId: 'er-shequ', clearedFailures: 0, address: B, at: at(1000) },
          },
        ]);
      spec.given(history).when(succeed(A, 1000)).thenThrows(InvalidStateTransition, /wait/);
    });

    it('once the account is under attack, any address that failed waits the longest delay', () => {
      const attack = [
        created,
        failed(1, A),
        failed(2, A),
        failed(3, A, 1000),
        failed(1, '192.0.2.1'),
        failed(1, '192.0.2.2'),
      ];
      expect(throttledFor(state(attack), '192.0.2.2', at(0), policy)).toBe(8000);
      expect(throttledFor(state(attack), B, at(0), policy)).toBe(0);
    });

    it('logs at most recordedPerWindow failures per window, whatever the number of addresses', () => {
      const six = [1, 2, 3, 4, 5, 6].map((n) => failed(1, `192.0.2.${n}`, n));
      spec
        .given([created, ...six])
        .when(fail(B, 100))
        .then([]);
      spec
        .given([created, ...six])
        .when(fail(B, policy.windowMs + 100))
        .then([failed(1, B, policy.windowMs + 100)]);
    });

    it('a successful login clears the failures of its own address only', () => {
      const history = [created, failed(1, A), failed(1, B)];
      const cleared: AccountEvent = {
        type: 'organizations.LoginSucceeded',
        data: { accountId: 'er-shequ', clearedFailures: 1, address: B, at: at(0) },
      };
      spec.given(history).when(succeed(B)).then([cleared]);
      spec
        .given([...history, cleared])
        .when(fail(A, 5))
        .then([failed(2, A, 5)]);
    });

    it('records a sign-in without failures at most once a minute (the last sign-in an admin sees)', () => {
      const signedIn = (ms: number): AccountEvent => ({
        type: 'organizations.LoginSucceeded',
        data: { accountId: 'er-shequ', clearedFailures: 0, address: A, at: at(ms) },
      });
      spec
        .given([created])
        .when(succeed())
        .then([signedIn(0)]);
      spec
        .given([created, signedIn(0)])
        .when(succeed(A, 59_000))
        .then([]);
      spec
        .given([created, signedIn(0)])
        .when(succeed(A, 60_000))
        .then([signedIn(60_000)]);
    });

    it('a district admin clears the throttle of every address; nothing to clear is a conflict', () => {
      const unlocked: AccountEvent = { type: 'organizations.AccountUnlocked', data: { accountId: 'er-shequ' } };
      spec
        .given([created, failed(1), failed(2), failed(3, A, 1000)])
        .when({ type: 'UnlockAccount', at: at(2000) })
        .then([unlocked]);
      spec
        .given([created, failed(1), failed(2), unlocked])
        .when(fail(A, 10))
        .then([failed(1, A, 10)]);
      spec
        .given([created])
        .when({ type: 'UnlockAccount', at: at(0) })
        .thenThrows(InvalidStateTransition, /no failed logins/);
    });

    it('folds the lock-out events of old logs as nothing', () => {
      const old: AccountEvent[] = [
        created,
        { type: 'organizations.LoginFailed', data: { accountId: 'er-shequ', failures: 5 } },
        { type: 'organizations.AccountLocked', data: { accountId: 'er-shequ', failures: 5, until: at(900_000) } },
      ];
      // no failure of A to clear: an ordinary sign-in
      spec
        .given(old)
        .when(succeed(A, 1000))
        .then([
          {
            type: 'organizations.LoginSucceeded',
            data: { accountId: 'er-shequ', clearedFailures: 0, address: A, at: at(1000) },
          },
        ]);
    });
  });

  describe('lifecycle', () => {
    it('disables an account once; a dissolution of an already disabled account adds nothing', () => {
      spec
        .given([created])
        .when({ type: 'DisableAccount', at: at(0), reason: 'by_admin' })
        .then([disabled()]);
      spec
        .given([created])
        .when({ type: 'DisableAccount', at: at(0), reason: 'organization_dissolved' })
        .then([disabled('organization_dissolved')]);
      spec
        .given([created, disabled()])
        .when({ type: 'DisableAccount', at: at(0), reason: 'by_admin' })
        .thenThrows(InvalidStateTransition, /already disabled/);
      spec
        .given([created, disabled('organization_dissolved')])
        .when({ type: 'DisableAccount', at: at(5), reason: 'organization_dissolved' })
        .then([]);
      spec
        .given([])
        .when({ type: 'DisableAccount', at: at(0), reason: 'by_admin' })
        .thenThrows(NotFound, /no such account/);
    });

    it('enables a disabled account, unless its organisation is dissolved', () => {
      const enabled: AccountEvent = { type: 'organizations.AccountEnabled', data: { accountId: 'er-shequ' } };
      spec.given([created, disabled()]).when({ type: 'EnableAccount', orgStatus: 'active' }).then([enabled]);
      spec
        .given([created])
        .when({ type: 'EnableAccount', orgStatus: 'active' })
        .thenThrows(InvalidStateTransition, /not disabled/);
      spec
        .given([created, disabled('organization_dissolved')])
        .when({ type: 'EnableAccount', orgStatus: 'dissolved' })
        .thenThrows(DomainRuleViolation, /dissolved/);
      spec
        .given([created, disabled(), enabled])
        .when(succeed())
        .then([
          {
            type: 'organizations.LoginSucceeded',
            data: { accountId: 'er-shequ', clearedFailures: 0, address: A, at: at(0) },
          },
        ]);
    });

    it('refuses a login of a disabled account even with the right password', () => {
      spec
        .given([created, disabled()])
        .when(succeed())
        .thenThrows(InvalidStateTransition, /disabled/);
    });

    it('changes and resets passwords with the instant tokens die; a reset forces a change at next login', () => {
      const changed: AccountEvent = {
        type: 'organizations.PasswordChanged',
        data: { accountId: 'er-shequ', at: at(7) },
      };
      const reset: AccountEvent = { type: 'organizations.PasswordReset', data: { accountId: 'er-shequ', at: at(3) } };
      spec
        .given([created])
        .when({ type: 'ChangePassword', at: at(7) })
        .then([changed]);
      spec
        .given([created])
        .when({ type: 'ResetPassword', at: at(3) })
        .then([reset]);
      expect(state([created, reset])).toMatchObject({ mustChangePassword: true });
      expect(state([created, reset, changed])).toMatchObject({ mustChangePassword: false });
      spec
        .given([created, disabled()])
        .when({ type: 'ChangePassword', at: at(7) })
        .thenThrows(InvalidStateTransition, /disabled/);
      spec
        .given([created, disabled()])
        .when({ type: 'ResetPassword', at: at(7) })
        .thenThrows(InvalidStateTransition, /disabled/);
    });

    it('a reset clears the throttle (the holder is told a new password)', () => {
      const reset: AccountEvent = { type: 'organizations.PasswordReset', data: { accountId: 'er-shequ', at: at(3) } };
      expect(throttledFor(state([created, failed(1), failed(2), reset]), A, at(4), policy)).toBe(0);
    });
  });
});
