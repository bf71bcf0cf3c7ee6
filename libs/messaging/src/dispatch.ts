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
 * Handlers of an event type, by pattern: the exact type (`matching.NeedPosted`), the whole
 * service (`matching.*`) and everything (`*`, for the audit service).
 */
export function handlersFor(server: Server, type: string): Array<[string, MessageHandler]> {
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
): Promise<void> {
  for (const [pattern, handler] of handlersFor(server, event.type)) {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await handler(event, new EventContext([topic, attempt]));
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
        break;
      } catch (error) {
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
  }
}

/** Nest's RPC exception handler may turn thrown errors into `{ status: 'error', message }`. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}
