import type { EventStore } from '@gongjian/eventing';
import type { ReadModel } from '@gongjian/read-models';
import type { InputDocument } from '../read-models';
import { type TalliedEvent, Tally } from '../scoring/tally';

export interface ReplayProgress {
  done: number;
  total: number;
  eventsPerSecond: number;
  etaSeconds: number | null;
}

export const REPLAY_BATCH = 2000;

/** The history a what-if replays: how many events it holds, and the events in order, a batch at a time. */
export interface ReplayHistory {
  total(): Promise<number>;
  batches(size: number): AsyncGenerator<TalliedEvent[]>;
}

/** Where a module finds the history of its process (assessment.module.ts wires it). */
export const REPLAY_HISTORY = Symbol('assessment.replay-history');

/** The whole event log, read from the store (the embedded platform's log holds every service's events). */
export function storeHistory(store: Pick<EventStore, 'readAll' | 'headPosition'>): ReplayHistory {
  return {
    total: () => store.headPosition(),
    async *batches(size) {
      for (let position = 0; ;) {
        const read = await store.readAll({ fromPosition: position, maxCount: size });
        if (read.length === 0) return;
        yield read;
        position = read[read.length - 1].globalPosition;
      }
    },
  };
}

/**
 * The service's input log (the public events it consumed, one document each), in the order they
 * happened: what the assessment service alone replays, its own store holding its own events only.
 */
export function inputsHistory(inputs: Pick<ReadModel<InputDocument>, 'count' | 'find'>): ReplayHistory {
  return {
    total: () => inputs.count(),
    async *batches(size) {
      for (let skip = 0; ; skip += size) {
        const read = await inputs.find({}, { sort: { occurredAt: 1, position: 1, _id: 1 }, skip, limit: size });
        if (read.length === 0) return;
        yield read;
      }
    },
  };
}

/**
 * Folds the whole history into a fresh Tally (the shadow: no live figure is touched), batch by
 * batch, reporting progress after each and yielding to the event loop so that polls are answered
 * meanwhile.
 */
export async function replayLog(
  history: ReplayHistory,
  onProgress: (progress: ReplayProgress) => void = () => undefined,
  options: { batch?: number } = {},
): Promise<{ tally: Tally; events: number; millis: number }> {
  const tally = new Tally();
  const total = await history.total();
  const started = performance.now();
  let events = 0;
  for await (const batch of history.batches(options.batch ?? REPLAY_BATCH)) {
    for (const event of batch) tally.apply(event);
    events += batch.length;
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(events / seconds) : 0;
    onProgress({
      done: Math.min(events, total),
      total,
      eventsPerSecond: rate,
      etaSeconds: rate > 0 ? Math.round((Math.max(0, total - events) / rate) * 10) / 10 : null,
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { tally, events, millis: performance.now() - started };
}
