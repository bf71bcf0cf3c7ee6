import { ACCOUNT_EVENTS } from '@gongjian/contracts';
import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { accountsProjection, toAccountResource } from './accounts.projection';

const stream = 'organizations.account-wang-shequ';
const created = {
  type: ACCOUNT_EVENTS.created,
  streamId: stream,
  data: { accountId: 'wang-shequ', displayName: '王芳', role: 'community_admin', orgId: 'c1' },
};
const T = Date.parse('2026-12-01T08:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const failed = (address: string, failures: number, at: number) => ({
  type: 'organizations.LoginFailed',
  streamId: stream,
  data: { accountId: 'wang-shequ', failures, address, at: iso(at) },
});
const succeeded = (address?: string) => ({
  type: 'organizations.LoginSucceeded',
  streamId: stream,
  data: { accountId: 'wang-shequ', clearedFailures: 2, ...(address ? { address } : {}) },
});
const lifecycle = (type: string, data: Record<string, unknown> = {}) => ({
  type,
  streamId: stream,
  data: { accountId: 'wang-shequ', ...data },
});
const spec = projectionSpecification(accountsProjection);

describe('organizations accounts projection', () => {
  it('a created account is enabled, with no password change due and no failed logins', async () => {
    const [event] = envelopes([created]);
    const [account] = await spec.given([event]).documents();
    expect(account).toEqual({
      _id: 'wang-shequ',
      version: 0,
      displayName: '王芳',
      role: 'community_admin',
      orgId: 'c1',
      createdAt: event.occurredAt,
      disabled: false,
      disabledReason: null,
      disabledAt: null,
      mustChangePassword: false,
      passwordChangedAt: null,
      failures: {},
      lastSignIn: null,
    });
  });

  it('keeps the last sign-in recorded, with its address (older events: the time they were written)', async () => {
    const signedIn = {
      type: 'organizations.LoginSucceeded',
      streamId: stream,
      data: { accountId: 'wang-shequ', clearedFailures: 0, address: '10.0.0.7', at: iso(T + 60_000) },
    };
    const [account] = await spec.given([created, signedIn]).documents();
    expect(account.lastSignIn).toEqual({ at: iso(T + 60_000), address: '10.0.0.7' });
    const events = envelopes([created, succeeded()]);
    const [old] = await spec.given(events).documents();
    expect(old.lastSignIn).toEqual({ at: events[1].occurredAt, address: null });
  });

  it('counts wrong passwords per client address, with the time of the last', async () => {
    await spec
      .given([created, failed('10.0.0.7', 1, T), failed('10.0.0.7', 2, T + 1000), failed('192.168.1.20', 1, T + 2000)])
      .then([
        {
          _id: 'wang-shequ',
          failures: {
            '10.0.0.7': { failures: 2, lastAt: T + 1000 },
            '192.168.1.20': { failures: 1, lastAt: T + 2000 },
          },
        },
      ]);
  });

  it('forgets the failures of an address older than the window (24 hours) at the next failure', async () => {
    const day = 24 * 3_600_000;
    await spec
      .given([
        created,
        failed('10.0.0.7', 1, T),
        failed('10.0.0.8', 1, T + day - 1),
        failed('10.0.0.7', 1, T + day + 1),
      ])
      .then([
        {
          _id: 'wang-shequ',
          failures: {
            '10.0.0.8': { failures: 1, lastAt: T + day - 1 },
            '10.0.0.7': { failures: 1, lastAt: T + day + 1 },
          },
        },
      ]);
  });

  it('a login of the lock-out era (no address, no time) counts for an unknown address at the time of its event', async () => {
    const events = envelopes([
      created,
      { type: 'organizations.LoginFailed', streamId: stream, data: { accountId: 'wang-shequ', failures: 1 } },
    ]);
    await spec
      .given(events)
      .then([{ _id: 'wang-shequ', failures: { unknown: { failures: 1, lastAt: Date.parse(events[1].occurredAt) } } }]);
    expect(accountsProjection.handles).not.toContain('organizations.AccountLocked');
  });

  it('a successful login clears its own address’s failures; one of the lock-out era, and an unlock, clear all', async () => {
    const failures = [created, failed('10.0.0.7', 1, T), failed('192.168.1.20', 1, T + 1000)];
    const [own] = await spec.given([...failures, succeeded('10.0.0.7')]).documents();
    expect(own.failures).toEqual({ '192.168.1.20': { failures: 1, lastAt: T + 1000 } });
    const [cleared] = await spec.given([...failures, succeeded()]).documents();
    expect(cleared.failures).toEqual({});
    const [unlocked] = await spec.given([...failures, lifecycle('organizations.AccountUnlocked')]).documents();
    expect(unlocked.failures).toEqual({});
  });

  it('disabled, it says why and since when; enabled again, it forgets both', async () => {
    const disabled = lifecycle(ACCOUNT_EVENTS.disabled, { reason: 'organization_dissolved', at: iso(T) });
    await spec
      .given([created, disabled])
      .then([{ _id: 'wang-shequ', disabled: true, disabledReason: 'organization_dissolved', disabledAt: iso(T) }]);
    await spec
      .given([created, disabled, lifecycle(ACCOUNT_EVENTS.enabled)])
      .then([{ _id: 'wang-shequ', disabled: false, disabledReason: null, disabledAt: null }]);
  });

  it('a reset password must be changed at the next login and clears the failures; the change itself ends that', async () => {
    const reset = lifecycle(ACCOUNT_EVENTS.passwordReset, { at: iso(T + 5000) });
    await spec
      .given([created, failed('10.0.0.7', 1, T), reset])
      .then([{ _id: 'wang-shequ', mustChangePassword: true, passwordChangedAt: iso(T + 5000), failures: {} }]);
    await spec
      .given([
        created,
        reset,
        failed('10.0.0.7', 1, T + 6000),
        lifecycle(ACCOUNT_EVENTS.passwordChanged, { at: iso(T + 9000) }),
      ])
      .then([
        {
          _id: 'wang-shequ',
          mustChangePassword: false,
          passwordChangedAt: iso(T + 9000),
          failures: { '10.0.0.7': { failures: 1 } },
        },
      ]);
  });

  it('ignores the events of an account it never saw created, and a redelivered failure (counted once)', async () => {
    await spec
      .given([failed('10.0.0.7', 1, T), lifecycle(ACCOUNT_EVENTS.disabled, { reason: 'by_admin', at: iso(T) })])
      .then([]);
    const [first, second] = envelopes([created, failed('10.0.0.7', 1, T)]);
    await spec
      .given([first, second, second])
      .then([{ _id: 'wang-shequ', version: 1, failures: { '10.0.0.7': { failures: 1, lastAt: T } } }]);
  });

  it('as a resource: the username is its id, the throttle counted at the time asked, addresses left out', async () => {
    const [account] = await spec
      .given([created, failed('10.0.0.7', 1, T), failed('10.0.0.7', 2, T + 1000)])
      .documents();
    const resource = toAccountResource(account, new Date(T + 2000));
    expect(resource).toMatchObject({
      id: 'wang-shequ',
      username: 'wang-shequ',
      loginThrottle: { recentFailures: 2, throttledAddresses: 0, lastFailureAt: iso(T + 1000) },
    });
    expect(resource).not.toHaveProperty('failures');
    expect(resource.loginThrottle).not.toHaveProperty('addresses');
    expect(toAccountResource(account, new Date(T + 25 * 3_600_000)).loginThrottle).toMatchObject({
      recentFailures: 0,
      lastFailureAt: null,
    });
  });
});
