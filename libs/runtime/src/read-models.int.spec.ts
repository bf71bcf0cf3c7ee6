import { v7 as uuidv7 } from 'uuid';
import type { ProposedEvent } from '@gongjian/eventing';
import { SparsePositionsEventStore } from '@gongjian/eventing/testing/sparse-positions.event-store';
import { MemoryDocumentStore } from '@gongjian/read-models';
import type { RuntimeConfig } from './config';
import { LocalReadModels } from './local-read-models';
import { ProjectionRegistry } from './projection-registry';
import { ReadModels } from './read-models';
import type { ReplayProgress } from './replay-progress';
import { auditor, countersProjection as counters } from '@gongjian/read-models/testing/counters.projection';

const T0 = Date.UTC(2026, 5, 1);
const minute = (i: number) => new Date(T0 + i * 60_000).toISOString();
const counted = (n: number, occurredAt = minute(n)): ProposedEvent => ({
  eventId: uuidv7(),
  type: 'test.Counted',
  schemaVersion: 1,
  occurredAt,
  actor: { accountId: 'a', role: 'r', orgId: null },
  correlationId: uuidv7(),
  causationId: null,
  data: { n },
});

/**
 * Replays and as-of on a log whose positions are not event counts (EventStoreDB: byte offsets,
 * hundreds apart), and whose occurredAt does not rise with log order (issue 25).
 */
describe('read models of this process: replays and as-of on any store', () => {
  let store: SparsePositionsEventStore;
  let readModels: ReadModels;
  beforeEach(() => {
    store = new SparsePositionsEventStore();
    const documents = new MemoryDocumentStore();
    const registry = new ProjectionRegistry();
    registry.register(counters);
    const config = { service: 'platform' } as RuntimeConfig;
    readModels = new ReadModels(store, documents, registry, new LocalReadModels(config, store, documents, registry));
  });
  afterEach(() => store.close());

  it('counts progress in events and estimates the total from the positions, labelled so', async () => {
    for (let stream = 0; stream < 9; stream++)
      await store.append(
        `test.counter-${stream}`,
        Array.from({ length: 500 }, (_, i) => counted(i)),
        'no_stream',
      );
    const seen: ReplayProgress[] = [];
    const readAll = store.readAll.bind(store);
    let replaying = false;
    store.readAll = async (options) => {
      // the replay's own reads (the head reading before it is none)
      if (replaying) seen.push({ ...(await readModels.list())[0].progress });
      return readAll(options);
    };
    replaying = true;
    const { id } = await readModels.startReplay('counters', null, auditor);
    const replay = await readModels.settled(id);

    expect(await store.headPosition()).toBeGreaterThanOrEqual(450_000);
    // before the first batch, after 2,000 and 4,000 of 4,500 events, and after the last (empty) read
    expect(seen.map((p) => p.done)).toEqual([0, 2000, 4000, 4500]);
    const [, first, second] = seen;
    expect(first.totalEstimated).toBe(true);
    expect(Math.abs(first.total - 4500)).toBeLessThan(45);
    expect(Math.abs(second.total - 4500)).toBeLessThan(45);
    for (const p of [first, second]) {
      expect(p.etaSeconds).not.toBeNull();
      expect(p.etaSeconds!).toBeGreaterThanOrEqual(0);
      expect(p.etaSeconds!).toBeLessThan(60);
    }
    expect(replay.progress).toMatchObject({ done: 4500, total: 4500, totalEstimated: false, etaSeconds: 0 });
    expect(replay.documents).toBe(9);
  });

  describe('a later event in the log that occurred earlier', () => {
    beforeEach(async () => {
      await store.append('test.counter-a', [counted(1)], 'no_stream');
      await store.append('test.counter-b', [counted(3)], 'no_stream');
      // enough events between them that the later one comes in the next batch of the read
      // (in appends of 666: a store takes at most 1 MiB per append)
      for (let i = 0; i < 3; i++) {
        const filler = Array.from({ length: 666 }, () => counted(1, minute(1)));
        await store.append('test.counter-f', filler, i === 0 ? 'no_stream' : i * 666 - 1);
      }
      // stamped at minute 2 by a service whose append reached the log after minute 3's
      await store.append('test.counter-c', [counted(2)], 'no_stream');
    });

    it('is folded by a replay up to a time between them', async () => {
      const replay = await readModels.settled((await readModels.startReplay('counters', minute(2), auditor)).id);
      expect(replay.status).toBe('completed');
      expect(replay.documents).toBe(3);
      // the live model is empty: the shadow's documents are all missing from it
      expect(replay.differences!.map((d) => d.documentId).sort()).toEqual(['a', 'c', 'f']);
      expect(replay.progress).toMatchObject({ done: 2001, total: 2001 });
    });

    it('is in a read model as of a time between them', async () => {
      const { events, items } = await readModels.asOf('counters', { at: minute(2) }, {});
      expect(events).toBe(2000);
      expect(items.map((d) => d._id)).toEqual(['a', 'c', 'f']);
    });

    it('is left out as of a position before it', async () => {
      const [, second] = await store.readAll();
      const { items } = await readModels.asOf('counters', { position: second.globalPosition }, {});
      expect(items.map((d) => d._id)).toEqual(['a', 'b']);
      expect(store.reads).toBe(2); // the test's own, and one batch
    });

    it('is in the effects of its stream as of a time', async () => {
      const { effects } = await readModels.effectsOf('test.counter-c', { at: minute(2) });
      expect(Object.keys(effects)).toHaveLength(1);
    });
  });
});
