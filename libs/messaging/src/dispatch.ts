import { BaseRpcContext, type MessageHandler, type Server } from '@nestjs/microservices';
import type { EventEnvelope } from '@gongjian/eventing';
import { isObservable, lastValueFrom } from 'rxjs';

/** The context handed to handlers (`@Ctx()`) on every transport. */
export class EventContext extends BaseRpcContext<[topic: string, attempt: number]> {
  getTopic(): string {
    return this.args[0];
  }
  getAttempt(): number {
    return this.args[1];
  }
}

export interface DeadLetter {
  event: EventEnvelope;
  pattern: string;
  reason: string;
  attempts: number;
  at: string;
}

export interface RetryPolicy {
  attempts: number;
  backoffMillis: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, backoffMillis: 50 };

/**
 * What to do when a handler fails because something it depends on is down (the read store):
 * that says nothing about the event, so it is neither counted towards `RetryPolicy.attempts` nor
 * dead-lettered. The dispatch waits (backoff doubling from `backoffMillis` to `maxBackoffMillis`)
 * and tries again, as long as the outage lasts; the transport commits nothing meanwhile.
 */
export interface OutagePolicy {
  /** Whether the error is an outage (e.g. `isReadStoreUnavailable`) rather than a bad event. */
  isOutage(error: unknown): boolean;
  backoffMillis: number;
  maxBackoffMillis: number;
  /**
   * Called once per wait, with the outage's error: the transport reports itself paused, keeps
   * its group membership (a Kafka heartbeat). If it throws (the consumer is stopping, the group
   * rebalances), the dispatch gives up on this delivery with that error: nothing is committed,
   * the event comes again.
   */
  waiting(error: unknown, waits: number): Promise<void>;
  /** Called when the handler succeeded after waiting: the transport is no longer paused. */
  resumed(): void;
}

/** The wait before the n-th retry of an outage (n from 1): doubling, capped. */
export function outageDelay(policy: Pick<OutagePolicy, 'backoffMillis' | 'maxBackoffMillis'>, waits: number): number {
  return Math.min(policy.maxBackoffMillis, policy.backoffMillis * 2 ** Math.min(waits - 1, 20));
}

/** The handlers of each event type a server has been asked for, while its set of patterns stays the same. */
const lookedUp = new WeakMap<Server, { patterns: number; byType: Map<string, Array<[string, MessageHandler]>> }>();
/** Types remembered per server: a bus can carry types no handler names; past this the memory starts over. */
const MAX_TYPES = 10_000;

/**
 * Handlers of an event type, by pattern: the exact type (`matching.NeedPosted`), the whole
 * service (`matching.*`) and everything (`*`, for the audit service). Looked up once per type:
 * Nest's `getHandlerByPattern` first tries `JSON.parse` on the pattern, which throws for every
 * event type (a fifth of a Kafka consumer's time, three throws per message, DECISIONS 91). The
 * memory is dropped when a pattern is added (a handler chained on a known pattern is reached
 * through the first one's `next`, as Nest does).
 */
export function handlersFor(server: Server, type: string): Array<[string, MessageHandler]> {
  const patterns = server.getHandlers?.().size ?? 0;
  let memory = lookedUp.get(server);
  if (!memory || memory.patterns !== patterns || memory.byType.size >= MAX_TYPES) {
    memory = { patterns, byType: new Map() };
    lookedUp.set(server, memory);
  }
  let found = memory.byType.get(type);
  if (!found) {
    found = lookUpHandlers(server, type);
    memory.byType.set(type, found);
  }
  return found;
}

function lookUpHandlers(server: Server, type: string): Array<[string, MessageHandler]> {
  const service = type.slice(0, type.indexOf('.') + 1);
  const found: Array<[string, MessageHandler]> = [];
  for (const pattern of [type, `${service}*`, '*']) {
    const handler = server.getHandlerByPattern(pattern);
    if (handler?.isEventHandler) found.push([pattern, handler]);
  }
  return found;
}

/**
 * Runs every handler of the event, awaiting each. A failing handler is retried with exponential
 * backoff; after the last attempt the event is handed to `deadLetter` with the reason, so one
 * poison message never blocks its partition and is never silently dropped. If `deadLetter`
 * itself fails, the error propagates and the transport redelivers.
 */
export async function dispatchEvent(
  server: Server,
  event: EventEnvelope,
  topic: string,
  retry: RetryPolicy,
  deadLetter: (letter: DeadLetter) => Promise<void>,
  outage?: OutagePolicy,
): Promise<void> {
  for (const [pattern, handler] of handlersFor(server, event.type)) {
    let waits = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await handler(event, new EventContext([topic, attempt]));
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
        break;
      } catch (error) {
        if (outage?.isOutage(error)) {
          // an outage is not the event's fault: wait for the dependency, do not spend an attempt
          waits++;
          attempt--;
          await outage.waiting(error, waits);
          await new Promise((r) => setTimeout(r, outageDelay(outage, waits)));
          continue;
        }
        if (attempt >= retry.attempts) {
          await deadLetter({
            event,
            pattern,
            reason: describeError(error),
            attempts: attempt,
            at: new Date().toISOString(),
          });
          break;
        }
        await new Promise((r) => setTimeout(r, retry.backoffMillis * 2 ** (attempt - 1)));
      }
    }
    if (waits > 0) outage!.resumed();
  }
}

/** Nest's RPC exception handler may turn thrown errors into `{ status: 'error', message }`. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}
