import { PhantomLockouts, TokenBuckets } from './login-throttle';

describe('login throttling', () => {
  it('allows a burst, then refuses with the seconds until the next attempt, and refills over time', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 3, perSeconds: 60 }, () => now);
    expect([1, 2, 3].map(() => buckets.take('a').ok)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect(buckets.take('b').ok).toBe(true); // keys are independent
    now = 19_000;
    expect(buckets.take('a').ok).toBe(false);
    now = 40_000;
    expect(buckets.take('a').ok).toBe(true);
    now = 10 * 60_000;
    expect([1, 2, 3, 4].map(() => buckets.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('locks unknown usernames like real accounts, for the same time', () => {
    let now = 0;
    const phantoms = new PhantomLockouts({ maxFailures: 3, lockSeconds: 600 }, () => now);
    phantoms.fail('nobody');
    phantoms.fail('nobody');
    expect(phantoms.lockedUntil('nobody')).toBeNull();
    phantoms.fail('nobody');
    expect(phantoms.lockedUntil('nobody')).toBe(600_000);
    now = 600_001;
    expect(phantoms.lockedUntil('nobody')).toBeNull();
    phantoms.fail('nobody');
    expect(phantoms.lockedUntil('nobody')).toBeNull(); // the count starts over after a lock
  });

  it('keeps a bounded number of keys, whatever an attacker sends', () => {
    const buckets = new TokenBuckets({ capacity: 1, perSeconds: 60 }, () => 0);
    for (let i = 0; i < 20_000; i++) buckets.take(`user-${i}`);
    expect((buckets as unknown as { buckets: Map<string, unknown> }).buckets.size).toBe(10_000);
    // the oldest keys were forgotten: they get a full bucket again
    expect(buckets.take('user-0').ok).toBe(true);
    expect(buckets.take('user-19999').ok).toBe(false);
  });
});
