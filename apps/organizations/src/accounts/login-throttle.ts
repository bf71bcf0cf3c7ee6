export interface RateLimit {
  /** attempts allowed in a burst */
  capacity: number;
  /** …refilled evenly over this many seconds */
  perSeconds: number;
}

/** Per username and client address, and per client address across usernames (password spraying). */
export const LOGIN_RATE_LIMITS = {
  perUserAndAddress: { capacity: 20, perSeconds: 60 },
  perAddress: { capacity: 200, perSeconds: 60 },
} satisfies Record<string, RateLimit>;

/**
 * How wrong passwords slow down further guesses at one account (issue 16 item 11: no hard
 * lock-out). Failures count per client address: an address may fail `freeFailures` times, then
 * waits `baseDelayMs`, doubling with every further failure up to `maxDelayMs`. An address that
 * has not been failing is never delayed, so the owner signing in from elsewhere gets in at once
 * while an attacker keeps failing. Across addresses: once the account has `underAttackFailures`
 * failures in the window, every address waits `maxDelayMs` after its first failure (a botnet gets
 * one guess per address per `maxDelayMs`). Failures older than `windowMs` are forgotten.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  underAttackFailures: number;
  windowMs: number;
  /** at most this many addresses are remembered per account (the oldest go first) */
  maxAddresses: number;
  /** at most this many failures per account and window become LoginFailed events (log bound) */
  recordedPerWindow: number;
}

export const THROTTLE_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  underAttackFailures: 20,
  windowMs: 24 * 3_600_000,
  maxAddresses: 200,
  recordedPerWindow: 100,
};

/** The failures of one client address at one account, this run. */
export interface AddressFailures {
  failures: number;
  /** epoch milliseconds of the last failure */
  lastAt: number;
}

/** Failures by client address (the address as the server saw it, `req.ip`). */
export type FailureRecord = Readonly<Record<string, AddressFailures>>;

const live = (record: FailureRecord, now: number, policy: ThrottlePolicy) =>
  Object.entries(record).filter(([, f]) => f.lastAt > now - policy.windowMs);

/** Failures of the account in the window, from every address. */
export function recentFailures(record: FailureRecord, now: number, policy = THROTTLE_POLICY): number {
  return live(record, now, policy).reduce((sum, [, f]) => sum + f.failures, 0);
}

/** The delay an address earned with `failures` failures (0: it may try now). */
export function delayFor(failures: number, underAttack: boolean, policy = THROTTLE_POLICY): number {
  if (failures === 0) return 0;
  if (underAttack) return policy.maxDelayMs;
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - policy.freeFailures));
}

/** Milliseconds until `address` may try this account again (0: now). */
export function retryAfterMs(record: FailureRecord, address: string, now: number, policy = THROTTLE_POLICY): number {
  const mine = record[address];
  if (!mine || mine.lastAt <= now - policy.windowMs) return 0;
  const underAttack = recentFailures(record, now, policy) >= policy.underAttackFailures;
  return Math.max(0, mine.lastAt + delayFor(mine.failures, underAttack, policy) - now);
}

/** The record after one more failure from `address` at `now`: pruned to the window and bounded. */
export function withFailure(record: FailureRecord, address: string, now: number, policy = THROTTLE_POLICY) {
  const kept = live(record, now, policy).filter(([a]) => a !== address);
  const failures =
    (record[address] && record[address].lastAt > now - policy.windowMs ? record[address].failures : 0) + 1;
  kept.push([address, { failures, lastAt: now }]);
  kept.sort(([, a], [, b]) => a.lastAt - b.lastAt);
  return Object.fromEntries(kept.slice(-policy.maxAddresses)) as FailureRecord;
}

/** Sums two records address by address (the logged failures and those kept only in memory). */
export function merged(a: FailureRecord, b: FailureRecord): FailureRecord {
  const out: Record<string, AddressFailures> = { ...a };
  for (const [address, f] of Object.entries(b)) {
    const mine = out[address];
    out[address] = mine ? { failures: mine.failures + f.failures, lastAt: Math.max(mine.lastAt, f.lastAt) } : f;
  }
  return out;
}

/** Maps keyed by attacker-chosen strings are bounded: the oldest entries go first. */
const MAX_ENTRIES = 10_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
}

/** Token buckets, in memory (a limit per process: a restart forgets, the logged failures do not). */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token; when none is left, the seconds until there is one. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    const rate = this.limit.capacity / (this.limit.perSeconds * 1000);
    const previous = this.buckets.get(key) ?? { tokens: this.limit.capacity, at: now };
    const tokens = Math.min(this.limit.capacity, previous.tokens + (now - previous.at) * rate);
    if (tokens < 1) {
      remember(this.buckets, key, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / rate / 1000)) };
    }
    remember(this.buckets, key, { tokens: tokens - 1, at: now });
    return { ok: true };
  }
}

/**
 * Failures kept in memory, per username, with the same policy as the logged ones: for usernames
 * that have no account (so that a throttle never tells an attacker a username exists), and for
 * failures beyond `recordedPerWindow` of a real account (so that a flood of guesses from many
 * addresses cannot grow the log without bound, yet is still slowed down).
 */
export class FailureMemory {
  private readonly entries = new Map<string, FailureRecord>();

  constructor(
    private readonly policy: ThrottlePolicy = THROTTLE_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  get(username: string): FailureRecord {
    return this.entries.get(username) ?? {};
  }

  fail(username: string, address: string): void {
    remember(this.entries, username, withFailure(this.get(username), address, this.now(), this.policy));
  }

  clear(username: string, address?: string): void {
    if (address === undefined) {
      this.entries.delete(username);
      return;
    }
    const { [address]: _gone, ...rest } = this.get(username);
    this.entries.set(username, rest);
  }
}
