import type { EventStore } from '@gongjian/eventing';
import { Tally } from '../scoring/tally';

export interface ReplayProgress {
  done: number;
  total: number;
  eventsPerSecond: number;
  etaSeconds: number | null;
}

export const REPLAY_BATCH = 2000;

/**
 * Reads the whole log from the store in batches and folds it into a fresh Tally (the shadow: no
 * live figure is touched), reporting progress after each batch and yielding to the event loop so
 * that polls are answered meanwhile. `cancelled` is asked between batches.
 */
export async function replayLog(
  store: Pick<EventStore, 'readAll' | 'headPosition'>,
  onProgress: (progress: ReplayProgress) => void = () => undefined,
  options: { batch?: number; yieldEvery?: boolean } = {},
): Promise<{ tally: Tally; events: number; millis: number }> {
  const batch = options.batch ?? REPLAY_BATCH;
  const tally = new Tally();
  const total = await store.headPosition();
  const started = performance.now();
  let position = 0;
  let events = 0;
  for (;;) {
    const read = await store.readAll({ fromPosition: position, maxCount: batch });
    if (read.length === 0) break;
    for (const event of read) tally.apply(event);
    events += read.length;
    position = read[read.length - 1].globalPosition;
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(events / seconds) : 0;
    onProgress({
      done: Math.min(position, total),
      total,
      eventsPerSecond: rate,
      etaSeconds: rate > 0 ? Math.round((Math.max(0, total - position) / rate) * 10) / 10 : null,
    });
    if (options.yieldEvery !== false) await new Promise((resolve) => setImmediate(resolve));
  }
  return { tally, events, millis: performance.now() - started };
}
