import type { EventStore } from '@gongjian/eventing';
import type { ReadModel } from '@gongjian/read-models';
import { type HistoryEnd, ProgressMeter, type ReplayProgress } from '@gongjian/runtime';
import type { InputDocument } from '../read-models';
import { type TalliedEvent, Tally } from '../scoring/tally';

export type { ReplayProgress };

export const REPLAY_BATCH = 2000;

/** A batch of the history, and the place reached after it, in the history's own unit. */
export interface HistoryBatch {
  events: TalliedEvent[];
  /** the last event's log position, or the events counted so far (an input log) */
  place: number;
}

/**
 * The history a what-if replays: where it ends (an event count, or the log's head position: never
 * taken for a count, as positions on EventStoreDB are byte offsets) and its events in order.
 */
export interface ReplayHistory {
  end(): Promise<HistoryEnd>;
  batches(size: number): AsyncGenerator<HistoryBatch>;
}

/** Where a module finds the history of its process (assessment.module.ts wires it). */
export const REPLAY_HISTORY = Symbol('assessment.replay-history');

/** The whole event log, read from the store (the embedded platform's log holds every service's events). */
export function storeHistory(store: Pick<EventStore, 'readAll' | 'headPosition'>): ReplayHistory {
  return {
    end: async () => ({ end: await store.headPosition(), unit: 'positions' }),
    async *batches(size) {
      for (let position = 0; ;) {
        const read = await store.readAll({ fromPosition: position, maxCount: size });
        if (read.length === 0) return;
        position = read[read.length - 1].globalPosition;
        yield { events: read, place: position };
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
    end: async () => ({ end: await inputs.count(), unit: 'events' }),
    async *batches(size) {
      for (let skip = 0; ; skip += size) {
        const read = await inputs.find({}, { sort: { occurredAt: 1, position: 1, _id: 1 }, skip, limit: size });
        if (read.length === 0) return;
        yield { events: read, place: skip + read.length };
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
): Promise<{ tally: Tally; events: number; millis: number; progress: ReplayProgress }> {
  const tally = new Tally();
  const meter = new ProgressMeter(await history.end());
  const started = performance.now();
  let events = 0;
  for await (const { events: batch, place } of history.batches(options.batch ?? REPLAY_BATCH)) {
    for (const event of batch) tally.apply(event);
    events += batch.length;
    meter.extendTo(place);
    onProgress(meter.at(events, place));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { tally, events, millis: performance.now() - started, progress: meter.finished(events) };
}
