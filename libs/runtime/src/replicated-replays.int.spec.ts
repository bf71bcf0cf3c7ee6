import { HttpException } from '@nestjs/common';
import type { EventStore } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { countedEvent } from '@gongjian/eventing/testing';
import { MemoryLeaderLease } from '@gongjian/messaging';
import { MemoryDocumentStore, type ReadModelDocument } from '@gongjian/read-models';
import type { RuntimeConfig } from './config';
import { LocalReadModels } from './local-read-models';
import { ProjectionRegistry } from './projection-registry';
import { ReadModels } from './read-models';
import { JOB_SILENT_MILLIS } from './job-board';
import { ReplayBoard } from './replay-board';
import { SwapFence } from './swap-fence';
import { auditor, countersProjection as counters } from '@gongjian/read-models/testing/counters.projection';

const fast = { pollMillis: 20, presenceMillis: 500, waitMillis: 1_000 };
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

interface Replica {
  readModels: ReadModels;
  local: LocalReadModels;
  board: ReplayBoard;
  fence: SwapFence;
}

/**
 * Replays where a service runs as replicas over one read store (issue 22): each replica its own
 * process state (ReadModels, projection runner, board, fence), the log, the read store and the
 * lease store shared, as in the MongoDB deployments.
 */
describe('replays shared by the replicas of a service', () => {
  let store: SqliteEventStore;
  let documents: MemoryDocumentStore;
  let lease: MemoryLeaderLease;
  let replicas: Replica[];

  function replica(name: string, now: () => number = Date.now, eventStore: EventStore = store): Replica {
    const registry = new ProjectionRegistry();
    registry.register(counters);
    const config = { service: 'organizations' } as RuntimeConfig;
    const local = new LocalReadModels(config, eventStore, documents, registry);
    const board = new ReplayBoard(documents, 'organizations', name, now);
    const fence = new SwapFence(documents, lease, 'organizations', name, () => local.runner, fast);
    const readModels = new ReadModels(eventStore, documents, registry, local, { board, fence });
    readModels.onApplicationBootstrap();
    const made = { readModels, local, board, fence };
    replicas.push(made);
    return made;
  }

  async function log(streams: number, each: number): Promise<void> {
    for (let s = 0; s < streams; s++)
      await store.append(
        `organizations.counter-${s}`,
        Array.from({ length: each }, (_, i) => countedEvent(i)),
        'no_stream',
      );
  }

  /** The live read model as the consumers left it: every event folded. */
  async function foldLive(): Promise<void> {
    const registry = new ProjectionRegistry();
    registry.register(counters);
    const runner = new LocalReadModels({ service: 'organizations' } as RuntimeConfig, store, documents, registry)
      .runner;
    for (const event of await store.readAll({ fromPosition: 0, maxCount: 100_000 })) await runner.project(event);
  }

  beforeEach(() => {
    store = new SqliteEventStore({ filename: ':memory:' });
    documents = new MemoryDocumentStore();
    lease = new MemoryLeaderLease();
    replicas = [];
  });
  afterEach(async () => {
    for (const r of replicas) await r.readModels.onApplicationShutdown();
    store.close();
  });

  it('answers for a replay started on another replica: its progress, its end and the list', async () => {
    await log(5, 40);
    await foldLive();
    const [a, b] = [replica('a'), replica('b')];
    const started = await a.readModels.startReplay('counters', null, auditor);
    expect((await b.readModels.replay(started.id)).status).toBe('running');
    await a.readModels.settled(started.id);

    const seen = await b.readModels.replay(started.id);
    expect(seen).toMatchObject({ status: 'completed', documents: 5, differences: [], chainBreaks: [] });
    expect(seen.progress.done).toBe(200);
    expect((await b.readModels.list()).map((r) => r.id)).toEqual([started.id]);
    await expect(b.readModels.replay('0190a8b2-0000-7000-8000-000000000000')).rejects.toThrow(/not found/);
  });

  it('a replay of another service in the same store is not this one’s', async () => {
    await log(1, 3);
    const a = replica('a');
    const started = await a.readModels.startReplay('counters', null, auditor);
    await a.readModels.settled(started.id);
    const matching = new ReplayBoard(documents, 'matching', 'm');
    expect(await matching.get(started.id)).toBeNull();
    expect(await matching.list(20)).toEqual([]);
  });

  it('stops a replay when another replica is asked to cancel it', async () => {
    await log(10, 1_000);
    // the running replica's reads are slowed so that the replay lasts a few seconds
    const slow = new Proxy(store, {
      get: (target, key) => {
        const value: unknown = Reflect.get(target, key, target);
        if (key === 'readAll')
          return async (...args: Parameters<EventStore['readAll']>) => {
            await sleep(300);
            return target.readAll(...args);
          };
        if (key === 'checkChainsApart') return undefined;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const a = replica('a', Date.now, slow);
    const b = replica('b');
    const started = await a.readModels.startReplay('counters', null, auditor);
    await sleep(400);
    expect((await b.readModels.cancel(started.id)).status).toBe('running');
    const ended = await a.readModels.settled(started.id);
    expect(ended.status).toBe('cancelled');
    expect(ended.progress.done).toBeLessThan(10_000);
    expect((await b.readModels.replay(started.id)).status).toBe('cancelled');
    await expect(b.readModels.cancel(started.id)).rejects.toThrow(/is cancelled/);
  });

  it('reports a replay failed once the replica running it has been silent too long', async () => {
    await log(2, 10);
    let clock = Date.now();
    const a = replica('a');
    const b = replica('b', () => clock);
    const started = await a.readModels.startReplay('counters', null, auditor);
    // as if a had been killed right after it started: its entry still says running
    await documents.collection<ReadModelDocument>('_replays').putIfNewer({
      ...(await documents.collection<ReadModelDocument>('_replays').get(started.id))!,
      version: 1_000,
      heardAt: clock,
      job: { ...started, status: 'running' },
    });
    await a.readModels.settled(started.id).catch(() => undefined);
    expect((await b.readModels.replay(started.id)).status).toBe('running');
    clock += JOB_SILENT_MILLIS + 1;
    const failed = await b.readModels.replay(started.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/replica running it \(a\) stopped/);
    await expect(b.readModels.swap(started.id)).rejects.toThrow(/failed replay cannot be swapped/);
  });

  it('swaps a shadow in from any replica, once, with every replica’s folding held meanwhile', async () => {
    await log(4, 5);
    await foldLive();
    const live = documents.collection<ReadModelDocument>('test.counters');
    // the live model gone wrong: one document changed, one lost, one that should not be there
    await live.deleteAll();
    const right = await replica('probe').readModels.asOf('counters', { position: 1e9 }, {});
    await live.putManyIfNewer([
      { ...right.items[0], count: 99 },
      ...right.items.slice(2),
      { _id: 'stray', version: 0, count: 1 },
    ]);
    const [a, b] = [replica('a'), replica('b')];
    const started = await a.readModels.startReplay('counters', null, auditor);
    const done = await a.readModels.settled(started.id);
    expect(done.differences!.map((d) => d.kind).sort()).toEqual(['different', 'extra', 'missing']);

    // written after the replay ended: folded again by the swap
    await store.append('organizations.counter-0', [countedEvent(5)], 4);
    const swapped = await b.readModels.swap(started.id);
    expect(swapped.swappedAt).not.toBeNull();
    const after = await live.find({}, { sort: { _id: 1 } });
    expect(after.map((d) => [d._id, d.count])).toEqual([
      ['0', 6],
      ['1', 5],
      ['2', 5],
      ['3', 5],
    ]);
    expect((await a.readModels.replay(started.id)).swappedAt).toBe(swapped.swappedAt);
    await expect(a.readModels.swap(started.id)).rejects.toThrow(/already been swapped in/);
  });

  it('holds every other replica’s folding while the fence stands, and lets it go after', async () => {
    await log(1, 2);
    const [a, b] = [replica('a'), replica('b')];
    await sleep(150); // both have said they are there
    const [first, second] = await store.readAll({ fromPosition: 0, maxCount: 10 });
    let folded = false;
    await b.fence.hold(async () => {
      const fold = a.local.runner.project(first).then(() => (folded = true));
      await sleep(200);
      expect(folded).toBe(false); // a waits for the fence
      void fold;
    });
    await sleep(150);
    expect(folded).toBe(true);
    await a.local.runner.project(second);
    expect((await documents.collection('test.counters').get('0'))?.count).toBe(2);
  });

  it('refuses a swap, changing nothing, while a replica that is there does not stop folding', async () => {
    await log(1, 2);
    const [a, b] = [replica('a'), replica('b')];
    await sleep(150);
    await a.fence.stop(); // a is there (lately heard of) but no longer looks for fences
    let ran = false;
    const refused = await b.fence
      .hold(async () => {
        ran = true;
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpException);
    expect((refused as HttpException).getStatus()).toBe(503);
    expect(ran).toBe(false);
    // the fence is down again and the lease free: with a looking again, the swap goes through
    a.fence.start();
    await b.fence.hold(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });

  it('waits for a replica killed just before a swap only until it is no longer heard of', async () => {
    await log(1, 2);
    lease = new MemoryLeaderLease();
    const registry = new ProjectionRegistry();
    registry.register(counters);
    const quick = { pollMillis: 20, presenceMillis: 100, waitMillis: 1_000 };
    const local = new LocalReadModels({ service: 'organizations' } as RuntimeConfig, store, documents, registry);
    const dead = new SwapFence(documents, lease, 'organizations', 'dead', () => local.runner, quick);
    const alive = new SwapFence(documents, lease, 'organizations', 'alive', () => local.runner, quick);
    dead.start();
    alive.start();
    await sleep(50);
    await dead.stop(); // killed: heard of a moment ago, answering nothing from now on
    const started = Date.now();
    let ran = false;
    await alive.hold(async () => {
      ran = true;
    });
    await alive.stop();
    expect(ran).toBe(true);
    // not before its presence had aged past 3 × presenceMillis
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('makes one of two swaps asked at once of two replicas', async () => {
    await log(3, 3);
    await foldLive();
    const [a, b] = [replica('a'), replica('b')];
    const started = await a.readModels.startReplay('counters', null, auditor);
    await a.readModels.settled(started.id);
    await sleep(150);
    const results = await Promise.allSettled([a.readModels.swap(started.id), b.readModels.swap(started.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const reason = String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason);
    expect(reason).toMatch(/already been swapped in|being swapped in/);
  });

  it('drops the shadows of replays past the newest twenty', async () => {
    await log(1, 2);
    const a = replica('a');
    const ids: string[] = [];
    for (let i = 0; i < 22; i++) {
      const started = await a.readModels.startReplay('counters', null, auditor);
      await a.readModels.settled(started.id);
      ids.push(started.id);
    }
    await a.readModels.startReplay('counters', null, auditor); // forgets as it starts
    await sleep(100);
    expect(await a.board.shadow(ids[0])).toBeNull();
    expect(await a.board.shadow(ids[21])).not.toBeNull();
    expect(await documents.collection(ReplayBoard.shadowOf(ids[0])).count()).toBe(0);
    expect(await documents.collection(ReplayBoard.shadowOf(ids[21])).count()).toBe(1);
    await expect(a.readModels.swap(ids[0])).rejects.toThrow(/cannot be swapped in/);
  });
});
