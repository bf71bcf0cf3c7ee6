import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { EventStore, ProposedEvent } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { MemoryDocumentStore, type Projection, ProjectionRunner } from '@gongjian/read-models';
import type { RuntimeConfig } from './config';
import { LocalReadModels } from './local-read-models';
import { ProjectionRegistry } from './projection-registry';
import { ReadModels, type Replay } from './read-models';
import { auditor, countersProjection as counters } from '@gongjian/read-models/testing/counters.projection';

const counted = (n: number): ProposedEvent => ({
  eventId: uuidv7(),
  type: 'test.Counted',
  schemaVersion: 1,
  occurredAt: '2026-12-07T08:00:00.000Z',
  actor: { accountId: 'a', role: 'r', orgId: null },
  correlationId: uuidv7(),
  causationId: null,
  data: { n, note: '计数' },
});

/** Says what it reads: a replay with the worker reads only these columns (DECISIONS 100). */
const stamps: Projection = {
  name: 'stamps',
  collection: 'test.stamps',
  handles: ['test.Counted'],
  reads: ['occurredAt', 'actor'],
  apply: (doc, event) => ({
    _id: '',
    seen: [...((doc?.seen as string[]) ?? []), `${event.occurredAt} ${event.actor.accountId} ${event.globalPosition}`],
  }),
};
function replays(store: EventStore, documents = new MemoryDocumentStore()): ReadModels {
  const registry = new ProjectionRegistry();
  registry.register(counters);
  registry.register(stamps);
  const local = new LocalReadModels({ service: 'platform' } as RuntimeConfig, store, documents, registry);
  return new ReadModels(store, documents, registry, local);
}

/** The store without its worker: every event checked on the thread that reads it, as elsewhere. */
function withoutWorker(store: SqliteEventStore): EventStore {
  return new Proxy(store, {
    get: (target, key) => {
      if (key === 'checkChainsApart') return undefined;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * A replay on the SQLite store checks the chains up to the head it started at on a worker thread
 * that reads the file, and those written since on its own thread (DECISIONS 100): the same breaks
 * and documents as checking every event as it is read.
 */
describe('replays on a SQLite file: chains checked on a worker thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-replay-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function replayed(
    store: EventStore,
    appendMeanwhile: boolean,
    projection = 'counters',
    live?: MemoryDocumentStore,
  ): Promise<Replay> {
    const readModels = replays(store, live);
    const { id } = await readModels.startReplay(projection, null, auditor);
    if (appendMeanwhile) {
      // after the replay took the head: continued streams and a new one, checked on the main thread
      await store.append('test.counter-1', [counted(100)], 'any');
      await store.append('test.counter-new', [counted(101)], 'no_stream');
      await store.append('test.counter-2', [counted(102)], 'any');
    }
    return readModels.settled(id);
  }

  it('reports the rows changed in the file, and folds what was written while it ran', async () => {
    const file = join(dir, 'tampered.db');
    const store = new SqliteEventStore({ filename: file });
    for (let s = 0; s < 4; s++)
      await store.append(
        `test.counter-${s}`,
        Array.from({ length: 700 }, (_, i) => counted(i)),
        'no_stream',
      );
    const at = (stream: number, revision: number) =>
      store.db
        .prepare('SELECT global_position AS p FROM events WHERE stream_id = ? AND stream_revision = ?')
        .get(`test.counter-${stream}`, revision) as { p: number };
    store.db
      .prepare("UPDATE events SET data = replace(data, '计数', '计算') WHERE global_position = ?")
      .run(at(0, 10).p);
    store.db.prepare("UPDATE events SET prev_hash = 'x' WHERE global_position = ?").run(at(3, 699).p);
    store.db.prepare('UPDATE events SET hash = ? WHERE global_position = ?').run('0'.repeat(64), at(2, 699).p);

    const worker = jest.spyOn(store, 'checkChainsApart');
    const apart = await replayed(store, true);
    expect(apart.status).toBe('completed');
    expect(worker).toHaveBeenCalledWith(2800, expect.anything());
    await expect(worker.mock.results[0].value).resolves.toMatchObject({ checked: 2800 });
    expect(apart.chainBreaks).toEqual([
      expect.objectContaining({ streamId: 'test.counter-0', streamRevision: 10, reason: 'hash_mismatch' }),
      expect.objectContaining({ streamId: 'test.counter-2', streamRevision: 699, reason: 'hash_mismatch' }),
      expect.objectContaining({ streamId: 'test.counter-3', streamRevision: 699, reason: 'prev_hash_mismatch' }),
      expect.objectContaining({ streamId: 'test.counter-3', streamRevision: 699, reason: 'hash_mismatch' }),
    ]);
    expect(apart.documents).toBe(5);
    expect(apart.progress.done).toBe(2803);

    const here = await replayed(withoutWorker(store), false);
    expect(here.chainBreaks).toEqual(apart.chainBreaks);
    expect(here.documents).toBe(apart.documents);
    await store.close();
  });

  it('reads only the types it folds, and still checks the chains of every other event', async () => {
    const store = new SqliteEventStore({ filename: join(dir, 'types.db') });
    const other = (n: number): ProposedEvent => ({ ...counted(n), type: 'test.Other' });
    await store.append('test.counter-0', [counted(0), other(1), counted(2)], 'no_stream');
    await store.append('test.other-0', [other(0), other(1)], 'no_stream');
    store.db.exec(
      "UPDATE events SET data = replace(data, '计数', '计算') WHERE stream_id = 'test.other-0' AND stream_revision = 1",
    );
    const readAll = jest.spyOn(store, 'readAll');
    const replay = await replayed(store, false);
    expect(readAll.mock.calls[0][0]).toMatchObject({ types: ['test.Counted'] });
    expect(await readAll.mock.results[0].value).toHaveLength(2);
    expect(replay).toMatchObject({ status: 'completed', documents: 1 });
    expect(replay.chainBreaks).toEqual([
      expect.objectContaining({ streamId: 'test.other-0', streamRevision: 1, reason: 'hash_mismatch' }),
    ]);
    expect((await replayed(withoutWorker(store), false)).chainBreaks).toEqual(replay.chainBreaks);
    await store.close();
  });

  it('reads only the fields a projection says it reads, and folds the same documents as a read of every field', async () => {
    const store = new SqliteEventStore({ filename: join(dir, 'fields.db') });
    const other = (n: number): ProposedEvent => ({ ...counted(n), type: 'test.Other' });
    await store.append('test.stamp-0', [counted(0), other(1), counted(2)], 'no_stream');
    await store.append(
      'test.stamp-1',
      [counted(0), { ...counted(1), occurredAt: '2026-12-08T09:00:00.000Z' }],
      'no_stream',
    );
    // the live model folded from every field of every event, one at a time
    const live = new MemoryDocumentStore();
    const runner = new ProjectionRunner(live, [stamps]);
    for (const event of await store.readAll()) await runner.project(event);
    const readAll = jest.spyOn(store, 'readAll');
    const apart = await replayed(store, false, 'stamps', live);
    expect(readAll.mock.calls[0][0]).toMatchObject({ types: ['test.Counted'], fields: ['occurredAt', 'actor'] });
    const [first] = await readAll.mock.results[0].value;
    expect(first).toMatchObject({ hash: null, prevHash: null, eventId: null, occurredAt: '2026-12-07T08:00:00.000Z' });
    // equal to the live model, document by document and field by field
    expect(apart).toMatchObject({ status: 'completed', documents: 2, differences: [], chainBreaks: [] });
    expect(await replayed(withoutWorker(store), false, 'stamps', live)).toMatchObject({
      documents: 2,
      differences: [],
    });
    await store.close();
  });

  it('finds no break in a log as written, with events appended while it runs', async () => {
    const store = new SqliteEventStore({ filename: join(dir, 'intact.db') });
    for (let s = 0; s < 3; s++) await store.append(`test.counter-${s}`, [counted(0), counted(1)], 'no_stream');
    const replay = await replayed(store, true);
    expect(replay).toMatchObject({ status: 'completed', chainBreaks: [], documents: 4 });
    expect(replay.progress.done).toBe(9);
    await store.close();
  });

  it('checks every event on its own thread for a log in memory, which no worker can open', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    expect(store.checkChainsApart(10)).toBeNull();
    await store.append('test.counter-0', [counted(0), counted(1)], 'no_stream');
    store.db.exec("UPDATE events SET data = replace(data, '计数', '计算') WHERE stream_revision = 1");
    const replay = await replayed(store, false);
    expect(replay.chainBreaks).toEqual([expect.objectContaining({ streamRevision: 1, reason: 'hash_mismatch' })]);
    await store.close();
  });
});
