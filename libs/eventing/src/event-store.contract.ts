import { v7 as uuidv7 } from 'uuid';
import type { EventEnvelope, ProposedEvent } from './envelope';
import {
  AppendTooLarge,
  ConcurrencyConflict,
  DuplicateEventId,
  ForeignEventInStream,
  InvalidLogPosition,
  StreamDeleted,
} from './errors';
import type { EventStore } from './event-store.port';
import { verifyChain } from './hash-chain';

/** What an adapter cannot promise (the suite skips the matching tests; the SQLite store promises all). */
export interface EventStoreCapabilities {
  /**
   * Refuses an event id already stored in another stream (DuplicateEventId). EventStoreDB has no
   * lookup by event id, so its adapter detects a reused id only within the target stream.
   */
  detectsCrossStreamDuplicates?: boolean;
}

/**
 * What a store's harness can do to it from outside gongjian, for the edges a real server has
 * (each optional: the suite skips what the harness cannot do; the SQLite store has none of them).
 */
export interface EventStoreFaults {
  /** Deletes a stream in the store itself, as its UI or API would (gongjian deletes nothing). */
  deleteStream?(streamId: string, how: 'soft' | 'tombstone'): Promise<void>;
  /** Appends a record gongjian did not write into a stream (a raw event from the store's UI). */
  appendForeign?(streamId: string): Promise<void>;
  /** Stops the server and starts it again; resolves once it answers again. */
  restart?(): Promise<void>;
  /** The next append is written and its answer lost (a deadline exceeded). */
  commitThenTimeout?(): void;
}

/**
 * The contract every EventStore adapter passes (sqlite.event-store.int.spec.ts,
 * eventstoredb.event-store.infra.spec.ts). Streams are unique per test so that the suite can run
 * against a long-lived server that already holds other data.
 */
export function eventStoreContract(
  name: string,
  open: () => Promise<EventStore>,
  close?: (s: EventStore) => Promise<void>,
  capabilities: EventStoreCapabilities = {},
  faults: EventStoreFaults = {},
) {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await (close ? close(store) : store.close());
    });

    const stream = (prefix = 'contract.thing') => `${prefix}-${uuidv7()}`;
    const event = (n: number, type = 'contract.Happened'): ProposedEvent => ({
      eventId: uuidv7(),
      type,
      schemaVersion: 1,
      occurredAt: new Date().toISOString(),
      actor: { accountId: 'tester', role: 'district_admin', orgId: 'org-1' },
      correlationId: uuidv7(),
      causationId: null,
      data: { n, text: '共建 ✓', nested: { b: 1, a: [n, null, true] } },
    });
    const events = (count: number, from = 0) => Array.from({ length: count }, (_, i) => event(from + i));

    it('appends to a new stream and numbers revisions from 0, positions increasing', async () => {
      const id = stream();
      const result = await store.append(id, events(3), 'no_stream');
      expect(result.nextExpectedRevision).toBe(2);
      const read = await store.readStream(id);
      expect(read.map((e) => e.streamRevision)).toEqual([0, 1, 2]);
      expect(read.map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2]);
      expect(read[0].globalPosition).toBeLessThan(read[1].globalPosition);
      expect(read[1].globalPosition).toBeLessThan(read[2].globalPosition);
      expect(result.lastPosition).toBe(read[2].globalPosition);
    });

    it('keeps the whole envelope: actor, correlation, causation, schemaVersion, data', async () => {
      const id = stream();
      const proposed = { ...event(7), causationId: uuidv7(), schemaVersion: 3 };
      await store.append(id, [proposed], 'any');
      const [stored] = await store.readStream(id);
      expect(stored).toMatchObject({
        eventId: proposed.eventId,
        type: proposed.type,
        schemaVersion: 3,
        streamId: id,
        streamRevision: 0,
        occurredAt: proposed.occurredAt,
        actor: proposed.actor,
        correlationId: proposed.correlationId,
        causationId: proposed.causationId,
        data: proposed.data,
      });
      expect(Date.parse(stored.recordedAt)).not.toBeNaN();
      expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('rejects appends that do not match the expected revision, writing nothing', async () => {
      const id = stream();
      await expect(store.append(id, events(1), 'stream_exists')).rejects.toBeInstanceOf(ConcurrencyConflict);
      await expect(store.append(id, events(1), 0)).rejects.toBeInstanceOf(ConcurrencyConflict);
      await store.append(id, events(2), 'no_stream');
      await expect(store.append(id, events(1), 'no_stream')).rejects.toBeInstanceOf(ConcurrencyConflict);
      await expect(store.append(id, events(1), 0)).rejects.toBeInstanceOf(ConcurrencyConflict);
      await expect(store.append(id, events(1), 5)).rejects.toBeInstanceOf(ConcurrencyConflict);
      expect(await store.readStream(id)).toHaveLength(2);
      await store.append(id, events(1), 1);
      await store.append(id, events(1), 'stream_exists');
      await store.append(id, events(1), 'any');
      expect(await store.readStream(id)).toHaveLength(5);
    });

    it('lets exactly one of many concurrent writers at the same revision win', async () => {
      const id = stream();
      await store.append(id, events(1), 'no_stream');
      const attempts = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => store.append(id, [event(i)], 0)));
      expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
      const failures = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
      expect(failures).toHaveLength(7);
      for (const f of failures) expect(f.reason).toBeInstanceOf(ConcurrencyConflict);
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('is idempotent on eventId: re-appending the same events is a no-op', async () => {
      const id = stream();
      const batch = events(3);
      const first = await store.append(id, batch, 'no_stream');
      const again = await store.append(id, batch, 'no_stream');
      expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
      expect(again.events.map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
      const retryAny = await store.append(id, batch, 'any');
      expect(retryAny.nextExpectedRevision).toBe(2);
      expect(await store.readStream(id)).toHaveLength(3);
      const head = await store.headPosition();
      expect(head).toBeGreaterThanOrEqual(first.lastPosition);
    });

    it('answers a retry with the original events after the stream has moved on', async () => {
      const id = stream();
      const batch = events(3);
      const first = await store.append(id, batch, 'no_stream');
      const later = events(2, 3);
      await store.append(id, later, 2);
      const retry = await store.append(id, batch, 'no_stream');
      expect(retry.events).toEqual(first.events);
      expect(retry.lastPosition).toBe(first.lastPosition);
      expect(retry.nextExpectedRevision).toBe(4);
      expect((await store.append(id, later, 2)).events.map((e) => e.streamRevision)).toEqual([3, 4]);
      expect(await store.readStream(id)).toHaveLength(5);
    });

    it('refuses a batch that reuses stored ids other than as the same run, or repeats one, writing nothing', async () => {
      const id = stream();
      const [a, b] = events(2);
      await store.append(id, [a, b], 'no_stream');
      await expect(store.append(id, [b, event(2)], 'any')).rejects.toBeInstanceOf(DuplicateEventId);
      await expect(store.append(id, [b, event(2)], 1)).rejects.toBeInstanceOf(DuplicateEventId);
      await expect(store.append(id, [b, a], 'any')).rejects.toBeInstanceOf(DuplicateEventId);
      const c = event(3);
      await expect(store.append(id, [c, c], 1)).rejects.toBeInstanceOf(DuplicateEventId);
      expect((await store.readStream(id)).map((e) => e.eventId)).toEqual([a.eventId, b.eventId]);
    });

    it('gives the event at a position, and none beyond the head or between positions', async () => {
      const id = stream();
      const { events: stored } = await store.append(id, events(2), 'no_stream');
      for (const e of stored) expect(await store.eventAt(e.globalPosition)).toEqual(e);
      const head = await store.headPosition();
      expect(await store.eventAt(head + 1_000_000)).toBeNull();
      expect(await store.eventAt(0)).toBeNull();
      // a position the log never gave out (a checkpoint of another log): nothing there
      const [a, b] = stored.map((e) => e.globalPosition);
      if (b - a > 1) expect(await store.eventAt(a + 1)).toBeNull();
    });

    // an adapter without a lookup by event id declares so (EventStoreDB); the rest still runs
    const itCrossStream = capabilities.detectsCrossStreamDuplicates === false ? it.skip : it;
    itCrossStream('refuses an event id reused in another stream', async () => {
      const batch = events(1);
      await store.append(stream(), batch, 'no_stream');
      const other = stream();
      await expect(store.append(other, batch, 'no_stream')).rejects.toBeInstanceOf(DuplicateEventId);
      expect(await store.readStream(other)).toHaveLength(0);
    });

    it('reads a stream forwards and backwards, from a revision, with a limit', async () => {
      const id = stream();
      await store.append(id, events(10), 'no_stream');
      const rev = (es: EventEnvelope[]) => es.map((e) => e.streamRevision);
      expect(rev(await store.readStream(id, { fromRevision: 7 }))).toEqual([7, 8, 9]);
      expect(rev(await store.readStream(id, { maxCount: 2 }))).toEqual([0, 1]);
      expect(rev(await store.readStream(id, { direction: 'backwards', maxCount: 3 }))).toEqual([9, 8, 7]);
      expect(rev(await store.readStream(id, { direction: 'backwards', fromRevision: 2 }))).toEqual([2, 1, 0]);
      expect(await store.readStream(stream())).toEqual([]);
    });

    it('reads all events in global order from a position', async () => {
      const a = stream();
      const b = stream();
      const start = await store.headPosition();
      await store.append(a, events(2), 'no_stream');
      await store.append(b, events(2), 'no_stream');
      await store.append(a, events(1, 2), 1);
      const all = (await store.readAll({ fromPosition: start })).filter((e) => e.streamId === a || e.streamId === b);
      expect(all.map((e) => [e.streamId, e.streamRevision])).toEqual([
        [a, 0],
        [a, 1],
        [b, 0],
        [b, 1],
        [a, 2],
      ]);
      const after = await store.readAll({ fromPosition: all[2].globalPosition, maxCount: 1 });
      expect(after[0].globalPosition).toBeGreaterThan(all[2].globalPosition);
    });

    it('chains hashes per stream so that verifyChain finds no break', async () => {
      const id = stream();
      await store.append(id, events(3), 'no_stream');
      await store.append(id, events(2, 3), 2);
      const read = await store.readStream(id);
      expect(read[0].prevHash).toBe('0'.repeat(64));
      expect(read[3].prevHash).toBe(read[2].hash);
      expect(verifyChain(read)).toEqual([]);
      const tampered = read.map((e, i) => (i === 1 ? { ...e, data: { n: 999 } } : e));
      expect(verifyChain(tampered)).toEqual([expect.objectContaining({ streamRevision: 1, reason: 'hash_mismatch' })]);
    });

    it('subscribes from a position: catch-up then live, no gap, no duplicate at the hand-over', async () => {
      const id = stream('contract.sub');
      const from = await store.headPosition();
      await store.append(id, events(300), 'no_stream');
      const seen: EventEnvelope[] = [];
      let resolveDone!: () => void;
      const done = new Promise<void>((r) => (resolveDone = r));
      const sub = store.subscribeToAll(
        async (e) => {
          if (e.streamId !== id) return;
          seen.push(e);
          if (seen.length % 50 === 0) await new Promise((r) => setTimeout(r, 5));
          if (seen.length === 600) resolveDone();
        },
        { fromPosition: from },
      );
      // appends race with the catch-up: some land before the hand-over, some after
      for (let i = 0; i < 30; i++) {
        await store.append(id, events(10, 300 + i * 10), 299 + i * 10);
        if (i % 10 === 0) await new Promise((r) => setTimeout(r, 3));
      }
      await done;
      await sub.caughtUp();
      await sub.stop();
      expect(seen.map((e) => e.streamRevision)).toEqual(Array.from({ length: 600 }, (_, i) => i));
      for (let i = 1; i < seen.length; i++) expect(seen[i].globalPosition).toBeGreaterThan(seen[i - 1].globalPosition);
    });

    it('resumes a subscription after a checkpoint without redelivering earlier events', async () => {
      const id = stream('contract.resume');
      await store.append(id, events(5), 'no_stream');
      const read = await store.readStream(id);
      const seen: number[] = [];
      const sub = store.subscribeToAll(
        async (e) => {
          if (e.streamId === id) seen.push(e.streamRevision);
        },
        { fromPosition: read[2].globalPosition },
      );
      await sub.caughtUp();
      await sub.stop();
      expect(seen).toEqual([3, 4]);
    });

    it('holds a 10k-event stream: appends in batches, reads back in order, chain intact', async () => {
      const id = stream('contract.big');
      for (let i = 0; i < 10; i++) {
        await store.append(id, events(1000, i * 1000), i === 0 ? 'no_stream' : i * 1000 - 1);
      }
      const read = await store.readStream(id);
      expect(read).toHaveLength(10_000);
      expect(read.every((e, i) => e.streamRevision === i && (e.data as { n: number }).n === i)).toBe(true);
      expect(verifyChain(read)).toEqual([]);
      const [last] = await store.readStream(id, { direction: 'backwards', maxCount: 1 });
      expect(last.streamRevision).toBe(9999);
    });

    it('refuses an append larger than the store takes at once, writing nothing', async () => {
      const id = stream();
      const big = (n: number) => ({ ...event(n), data: { n, text: '共'.repeat(70_000) } }); // ~210 KB of UTF-8 each
      await expect(store.append(id, [0, 1, 2, 3, 4, 5].map(big), 'no_stream')).rejects.toBeInstanceOf(AppendTooLarge);
      expect(await store.readStream(id)).toEqual([]);
      await store.append(id, [big(0), big(1)], 'no_stream');
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('refuses to read from a position it never gave out, instead of failing otherwise or skipping', async () => {
      const id = stream();
      const { events: stored } = await store.append(id, events(2), 'no_stream');
      const [a, b] = stored.map((e) => e.globalPosition);
      // positions that count events (SQLite) are all valid; byte offsets (EventStoreDB) are not
      if (b - a === 1) return;
      await expect(store.readAll({ fromPosition: a + 1 })).rejects.toBeInstanceOf(InvalidLogPosition);
      let failed: unknown = null;
      const sub = store.subscribeToAll(async () => undefined, {
        fromPosition: a + 1,
        onError: (error) => (failed = error),
      });
      await expect(sub.caughtUp()).rejects.toBeInstanceOf(InvalidLogPosition);
      expect(failed).toBeInstanceOf(InvalidLogPosition);
      await sub.stop();
    });

    const withFault = (fault: keyof EventStoreFaults) => (faults[fault] ? it : it.skip);

    withFault('deleteStream')('refuses to append to a soft-deleted stream instead of breaking its chain', async () => {
      const id = stream();
      await store.append(id, events(2), 'no_stream');
      await faults.deleteStream!(id, 'soft');
      expect(await store.readStream(id)).toEqual([]);
      const head = await store.headPosition();
      await expect(store.append(id, events(1), 'no_stream')).rejects.toBeInstanceOf(StreamDeleted);
      await expect(store.append(id, events(1), 'any')).rejects.toBeInstanceOf(StreamDeleted);
      expect(await store.readStream(id)).toEqual([]);
      const after = await store.readAll({ fromPosition: head });
      expect(after.filter((e) => e.streamId === id)).toEqual([]);
    });

    withFault('deleteStream')('refuses to read or append to a tombstoned stream', async () => {
      const id = stream();
      await store.append(id, events(2), 'no_stream');
      await faults.deleteStream!(id, 'tombstone');
      await expect(store.readStream(id)).rejects.toBeInstanceOf(StreamDeleted);
      await expect(store.append(id, events(1), 'any')).rejects.toMatchObject({
        code: 'stream_deleted',
        details: { streamId: id, how: 'tombstoned' },
      });
    });

    withFault('appendForeign')('names a record it did not write in one of its streams', async () => {
      const id = stream();
      const from = await store.headPosition();
      await store.append(id, events(2), 'no_stream');
      await faults.appendForeign!(id);
      await expect(store.readStream(id)).rejects.toBeInstanceOf(ForeignEventInStream);
      const whole = await store.readStream(id, { includeForeign: true });
      expect(whole.map((e) => [e.streamRevision, e.foreign ?? false])).toEqual([
        [0, false],
        [1, false],
        [2, true],
      ]);
      const ours = (await store.readAll({ fromPosition: from })).filter((e) => e.streamId === id);
      expect(ours).toHaveLength(2);
      const all = (await store.readAll({ fromPosition: from, includeForeign: true })).filter((e) => e.streamId === id);
      expect(all.map((e) => e.foreign ?? false)).toEqual([false, false, true]);
      expect(all[2]).toMatchObject({ streamId: id, streamRevision: 2, hash: '', prevHash: '' });
      expect(verifyChain(whole)).toEqual([expect.objectContaining({ streamRevision: 2, reason: 'foreign_event' })]);
    });

    withFault('commitThenTimeout')('answers an append whose answer was lost with what it wrote, once', async () => {
      const id = stream();
      await store.append(id, events(1), 'no_stream');
      const batch = events(2, 1);
      faults.commitThenTimeout!();
      const result = await store.append(id, batch, 0);
      expect(result.events.map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
      expect(result.nextExpectedRevision).toBe(2);
      const read = await store.readStream(id);
      expect(read.map((e) => e.eventId)).toEqual([read[0].eventId, ...batch.map((e) => e.eventId)]);
      expect(verifyChain(read)).toEqual([]);
    });

    withFault('restart')('keeps appends through a server restart, each written once', async () => {
      const ids = Array.from({ length: 6 }, () => stream('contract.restart'));
      const batches = ids.map(() => events(3));
      const restarting = faults.restart!();
      const results = await Promise.all(ids.map((id, i) => store.append(id, batches[i], 'no_stream')));
      await restarting;
      for (const [i, id] of ids.entries()) {
        expect(results[i].events.map((e) => e.eventId)).toEqual(batches[i].map((e) => e.eventId));
        const read = await store.readStream(id);
        expect(read.map((e) => e.eventId)).toEqual(batches[i].map((e) => e.eventId));
      }
    });

    withFault('restart')(
      'keeps a subscription alive through a server restart: every event once, in order',
      async () => {
        const id = stream('contract.sub-restart');
        const from = await store.headPosition();
        const seen: number[] = [];
        const sub = store.subscribeToAll(
          async (e) => {
            if (e.streamId === id) seen.push(e.streamRevision);
          },
          { fromPosition: from },
        );
        await store.append(id, events(10), 'no_stream');
        const restarting = faults.restart!();
        for (let i = 1; i <= 3; i++) await store.append(id, events(10, i * 10), i * 10 - 1);
        await restarting;
        await store.append(id, events(10, 40), 39);
        await sub.caughtUp();
        await sub.stop();
        expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i));
      },
    );
  });
}
