import type { EventEnvelope } from './envelope';
import type { SubscribeOptions, Subscription } from './event-store.port';

export interface PollingSubscriptionSource extends SubscribeOptions {
  /**
   * Reads the next batch after a position (exclusive), in global order; optionally with `next`, the
   * position the following read starts after (the last record scanned, when records that are not
   * delivered follow the last event: they are then not scanned again).
   */
  read(fromPosition: number): Promise<EventEnvelope[] | { events: EventEnvelope[]; next: number }>;
  head(): Promise<number>;
  /** Registers a wake-up for new appends; returns the unregister function. */
  onAppend(listener: () => void): () => void;
  handler(event: EventEnvelope): Promise<void>;
  /** Poll interval when no append woke the loop (ms; a function: asked before every wait). */
  pollMillis?: number | (() => number);
  /**
   * Whether a failed read is waited out and tried again (the store unreachable for a while)
   * rather than the end of the subscription. Default: none is.
   */
  retryable?: (error: unknown) => boolean;
}

/** Waits between reads that failed retryably: doubling from 100 ms to 5 s. */
const READ_RETRY_MILLIS = { first: 100, most: 5000 };

/**
 * Catch-up then live, as one loop: read a batch after the last scanned position, deliver it,
 * repeat; when a read comes back empty, sleep until an append wakes us (or the poll interval
 * passes). Catch-up and live are the same code path, so the hand-over cannot skip or repeat.
 * A read that fails retryably (the store restarting) is tried again until it succeeds, so the
 * subscription outlives an outage and `caughtUp()` resolves once the store is back; a handler that
 * throws, or a read that fails otherwise, ends the subscription (`onError`) and fails the
 * `caughtUp()` calls waiting.
 */
export function pollingSubscription(source: PollingSubscriptionSource): Subscription {
  let position = source.fromPosition ?? 0;
  let cursor = position;
  let stopped = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  let pending = false;
  const caughtUpWaiters: Array<{ target: number; resolve: () => void; reject: (error: unknown) => void }> = [];
  const unregister = source.onAppend(() => {
    pending = true;
    wake?.();
  });
  const pollMillis = () =>
    typeof source.pollMillis === 'function' ? source.pollMillis() : (source.pollMillis ?? 1000);

  const settleCaughtUp = () => {
    for (let i = caughtUpWaiters.length - 1; i >= 0; i--) {
      if (position >= caughtUpWaiters[i].target) {
        caughtUpWaiters[i].resolve();
        caughtUpWaiters.splice(i, 1);
      }
    }
  };

  const sleep = (millis: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, millis);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).then(() => {
      wake = null;
    });

  const readNext = async (): Promise<EventEnvelope[] | null> => {
    for (let wait = READ_RETRY_MILLIS.first; !stopped; wait = Math.min(wait * 2, READ_RETRY_MILLIS.most)) {
      try {
        const read = await source.read(cursor);
        if (Array.isArray(read)) return read;
        cursor = Math.max(cursor, read.next);
        return read.events;
      } catch (error) {
        if (!source.retryable?.(error)) throw error;
        await sleep(wait);
      }
    }
    return null;
  };

  const loop = (async () => {
    while (!stopped) {
      pending = false;
      const batch = await readNext();
      if (batch === null) return;
      for (const event of batch) {
        if (stopped) return;
        await source.handler(event);
        position = event.globalPosition;
        cursor = Math.max(cursor, position);
      }
      settleCaughtUp();
      if (batch.length === 0 && !pending && !stopped) await sleep(pollMillis());
    }
  })().catch((error) => {
    stopped = true;
    failure = error;
    unregister();
    for (const waiter of caughtUpWaiters.splice(0)) waiter.reject(error);
    source.onError?.(error);
  });

  return {
    async stop() {
      stopped = true;
      unregister();
      wake?.();
      await loop;
    },
    async caughtUp() {
      if (failure) throw failure;
      const target = await source.head();
      if (position >= target) return;
      if (failure) throw failure;
      await new Promise<void>((resolve, reject) => caughtUpWaiters.push({ target, resolve, reject }));
    },
  };
}
