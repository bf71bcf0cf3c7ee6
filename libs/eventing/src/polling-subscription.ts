import type { EventEnvelope } from './envelope';
import type { SubscribeOptions, Subscription } from './event-store.port';

export interface PollingSubscriptionSource extends SubscribeOptions {
  /** Reads the next batch after a position (exclusive), in global order. */
  read(fromPosition: number): Promise<EventEnvelope[]>;
  head(): Promise<number>;
  /** Registers a wake-up for new appends; returns the unregister function. */
  onAppend(listener: () => void): () => void;
  handler(event: EventEnvelope): Promise<void>;
  /** Fallback poll interval when appends come from another process (ms). */
  pollMillis?: number;
}

/**
 * Catch-up then live, as one loop: read a batch after the last delivered position, deliver it,
 * repeat; when a read comes back empty, sleep until an append wakes us (or the poll interval
 * passes). Catch-up and live are the same code path, so the hand-over cannot skip or repeat.
 */
export function pollingSubscription(source: PollingSubscriptionSource): Subscription {
  let position = source.fromPosition ?? 0;
  let stopped = false;
  let wake: (() => void) | null = null;
  let pending = false;
  const caughtUpWaiters: Array<{ target: number; resolve: () => void }> = [];
  const unregister = source.onAppend(() => {
    pending = true;
    wake?.();
  });

  const settleCaughtUp = () => {
    for (let i = caughtUpWaiters.length - 1; i >= 0; i--) {
      if (position >= caughtUpWaiters[i].target) {
        caughtUpWaiters[i].resolve();
        caughtUpWaiters.splice(i, 1);
      }
    }
  };

  const loop = (async () => {
    while (!stopped) {
      pending = false;
      const batch = await source.read(position);
      for (const event of batch) {
        if (stopped) return;
        await source.handler(event);
        position = event.globalPosition;
      }
      settleCaughtUp();
      if (batch.length === 0 && !pending && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, source.pollMillis ?? 1000);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    }
  })().catch((error) => {
    stopped = true;
    unregister();
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
      const target = await source.head();
      if (position >= target) return;
      await new Promise<void>((resolve) => caughtUpWaiters.push({ target, resolve }));
    },
  };
}
