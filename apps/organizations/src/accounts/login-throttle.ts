import type { LockoutPolicy } from './account.decider';

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

/** Maps keyed by attacker-chosen strings are bounded: the oldest entries go first. */
const MAX_ENTRIES = 10_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
}

/** Token buckets, in memory (a limit per process: a restart forgets, the lock-out does not). */
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
 * Lock-outs of usernames that have no account, kept in memory with the same policy as real
 * accounts (whose locks are events), so that "locked" never tells an attacker a username exists.
 */
export class PhantomLockouts {
  private readonly entries = new Map<string, { failures: number; lockedUntil: number | null }>();

  constructor(
    private readonly policy: LockoutPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** The end of the lock in force, or null. */
  lockedUntil(username: string): number | null {
    const until = this.entries.get(username)?.lockedUntil ?? null;
    return until !== null && until > this.now() ? until : null;
  }

  fail(username: string): void {
    const entry = this.entries.get(username);
    const failures = (entry && entry.lockedUntil === null ? entry.failures : 0) + 1;
    const lockedUntil = failures >= this.policy.maxFailures ? this.now() + this.policy.lockSeconds * 1000 : null;
    remember(this.entries, username, { failures, lockedUntil });
  }
}
