import { Injectable } from '@nestjs/common';
import { TooManyRequests } from '@gongjian/eventing';

/** Wrong codes an account may send for one activity in `WRONG_CODES_WINDOW_SECONDS`. */
export const WRONG_CODES_ALLOWED = 5;
export const WRONG_CODES_WINDOW_SECONDS = 300;
/** accounts × activities remembered at most (the oldest forgotten first) */
const MAX_REMEMBERED = 10_000;

/**
 * Keeps the six digits of a check-in code from being guessed: an account that sends
 * `WRONG_CODES_ALLOWED` wrong codes for an activity waits until the first of them is
 * `WRONG_CODES_WINDOW_SECONDS` old (429 with Retry-After). A guess then succeeds about once in
 * 100,000 windows of five minutes. Kept in the process (a refused code records nothing in the
 * log): each process of a distributed deployment counts its own.
 */
@Injectable()
export class CheckInAttempts {
  private readonly failures = new Map<string, number[]>();

  /** 429 when the account has used up its wrong codes for the activity. */
  assertMayTry(accountId: string, activityId: string, now = Date.now()): void {
    const recent = this.recent(accountId, activityId, now);
    if (recent.length < WRONG_CODES_ALLOWED) return;
    const wait = Math.ceil((recent[0] + WRONG_CODES_WINDOW_SECONDS * 1000 - now) / 1000);
    throw new TooManyRequests(`too many wrong check-in codes: try again in ${wait} seconds`, wait);
  }

  failed(accountId: string, activityId: string, now = Date.now()): void {
    const key = `${accountId}\0${activityId}`;
    const recent = [...this.recent(accountId, activityId, now), now];
    this.failures.delete(key);
    this.failures.set(key, recent);
    if (this.failures.size > MAX_REMEMBERED) this.failures.delete(this.failures.keys().next().value!);
  }

  private recent(accountId: string, activityId: string, now: number): number[] {
    const since = now - WRONG_CODES_WINDOW_SECONDS * 1000;
    return (this.failures.get(`${accountId}\0${activityId}`) ?? []).filter((at) => at > since);
  }
}
