import { DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { accountDecider, type AccountEvent, lockedUntil, type LockoutPolicy } from './account.decider';

const spec = deciderSpecification(accountDecider);
const policy: LockoutPolicy = { maxFailures: 3, lockSeconds: 600 };
const T0 = '2026-05-01T08:00:00.000Z';
const T1 = '2026-05-01T08:01:00.000Z';
const AFTER_LOCK = '2026-05-01T08:20:00.000Z';
const created: AccountEvent = {
  type: 'organizations.AccountCreated',
  data: { accountId: 'er-shequ', displayName: 'er-shequ', role: 'community_admin', orgId: 'c' },
};
const failed = (failures: number): AccountEvent => ({
  type: 'organizations.LoginFailed',
  data: { accountId: 'er-shequ', failures },
});
const locked: AccountEvent = {
  type: 'organizations.AccountLocked',
  data: { accountId: 'er-shequ', failures: 3, until: '2026-05-01T08:10:00.000Z' },
};
const fail = (at = T1) => ({ type: 'RecordLoginFailure' as const, at, policy });

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

  it('counts consecutive wrong passwords and locks the account at the limit', () => {
    spec
      .given([created])
      .when(fail())
      .then([failed(1)]);
    spec
      .given([created, failed(1)])
      .when(fail())
      .then([failed(2)]);
    spec
      .given([created, failed(1), failed(2)])
      .when(fail(T0))
      .then([failed(3), { ...locked, data: { ...locked.data, until: '2026-05-01T08:10:00.000Z' } }]);
  });

  it('records nothing while locked, and starts counting again once the lock ran out', () => {
    const history = [created, failed(1), failed(2), failed(3), locked];
    spec.given(history).when(fail(T1)).then([]);
    spec
      .given(history)
      .when(fail(AFTER_LOCK))
      .then([failed(1)]);
    spec
      .given(history)
      .when({ type: 'RecordLoginSuccess', at: T1 })
      .thenThrows(InvalidStateTransition, /locked/);
    const state = history.reduce(accountDecider.evolve, accountDecider.initialState());
    expect(lockedUntil(state, T1)).toBe('2026-05-01T08:10:00.000Z');
    expect(lockedUntil(state, AFTER_LOCK)).toBeNull();
  });

  it('a successful login clears a run of failures, and is not otherwise an event', () => {
    spec.given([created]).when({ type: 'RecordLoginSuccess', at: T1 }).then([]);
    spec
      .given([created, failed(1), failed(2)])
      .when({ type: 'RecordLoginSuccess', at: T1 })
      .then([{ type: 'organizations.LoginSucceeded', data: { accountId: 'er-shequ', clearedFailures: 2 } }]);
    spec
      .given([
        created,
        failed(1),
        failed(2),
        { type: 'organizations.LoginSucceeded', data: { accountId: 'er-shequ', clearedFailures: 2 } },
      ])
      .when(fail())
      .then([failed(1)]);
  });

  it('an administrator unlocks a locked account; an account without failures is not locked', () => {
    const unlocked: AccountEvent = { type: 'organizations.AccountUnlocked', data: { accountId: 'er-shequ' } };
    spec
      .given([created, failed(1), failed(2), failed(3), locked])
      .when({ type: 'UnlockAccount', at: T1 })
      .then([unlocked]);
    spec
      .given([created, failed(1), failed(2), failed(3), locked, unlocked])
      .when(fail())
      .then([failed(1)]);
    spec
      .given([created])
      .when({ type: 'UnlockAccount', at: T1 })
      .thenThrows(InvalidStateTransition, /not locked/);
  });
});
