import { FailureMemory, merged, retryAfterMs, THROTTLE_POLICY, TokenBuckets, withFailure } from './login-throttle';

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

  it('delays only the failing address, doubling up to the cap; an address that has not been failing waits for nothing', () => {
    let record = {};
    for (let i = 0; i < 5; i++) record = withFailure(record, 'A', 0);
    expect(retryAfterMs(record, 'A', 0)).toBe(1000);
    record = withFailure(record, 'A', 1000);
    expect(retryAfterMs(record, 'A', 1000)).toBe(2000);
    for (let i = 0; i < 20; i++) record = withFailure(record, 'A', 1000);
    expect(retryAfterMs(record, 'A', 1000)).toBe(THROTTLE_POLICY.maxDelayMs);
    // 26 failures from A: the account is under attack, still B gets in at once
    expect(retryAfterMs(record, 'B', 1000)).toBe(0);
    const b = withFailure(record, 'B', 1000);
    expect(retryAfterMs(b, 'B', 1000)).toBe(THROTTLE_POLICY.maxDelayMs);
    // failures older than the window are forgotten
    expect(retryAfterMs(record, 'A', 1000 + THROTTLE_POLICY.windowMs)).toBe(0);
  });

  it('fewer than 120 failures from an address fit in a day, and it remembers a bounded number of addresses', () => {
    let record = {};
    let now = 0;
    let attempts = 0;
    while (now < THROTTLE_POLICY.windowMs) {
      now += retryAfterMs(record, 'A', now);
      record = withFailure(record, 'A', now);
      attempts++;
    }
    expect(attempts).toBeLessThan(120);
    for (let i = 0; i < 500; i++) record = withFailure(record, `10.0.${i >> 8}.${i & 255}`, now);
    expect(Object.keys(record)).toHaveLength(THROTTLE_POLICY.maxAddresses);
  });

  it('throttles unknown usernames in memory with the same policy as the logged failures of real accounts', () => {
    const now = 0;
    const memory = new FailureMemory(THROTTLE_POLICY, () => now);
    let logged = {};
    for (let i = 0; i < 6; i++) {
      memory.fail('nobody', 'A');
      logged = withFailure(logged, 'A', now);
    }
    expect(retryAfterMs(memory.get('nobody'), 'A', now)).toBe(retryAfterMs(logged, 'A', now));
    expect(retryAfterMs(memory.get('nobody'), 'B', now)).toBe(0);
    expect(retryAfterMs(merged(logged, memory.get('nobody')), 'A', now)).toBe(128_000); // 12 failures: 2^7 s
    memory.clear('nobody', 'A');
    expect(memory.get('nobody')).toEqual({});
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
