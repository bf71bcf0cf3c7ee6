import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProposedEvent } from './envelope';
import { ChainVerifier } from './chain-verifier';
import { SqliteEventStore } from './sqlite.event-store';

const dir = mkdtempSync(join(tmpdir(), 'gongjian-checkpointer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const posted = (n: number): ProposedEvent => ({
  eventId: `checkpointer-${n}-${Math.random().toString(36).slice(2)}`,
  type: 'test.Posted',
  schemaVersion: 1,
  occurredAt: '2026-12-08T08:00:00.000Z',
  actor: { accountId: 'a', role: 'community_admin', orgId: 'community-1' },
  correlationId: 'c',
  causationId: null,
  data: { n, title: `需求 ${n}：独居老人助餐`, description: '每周三次送餐上门，需要志愿者协助'.repeat(4) },
});

/** `writers` concurrent writers, each appending one event at a time to a new stream, `total` in all from `from`. */
async function concurrently(store: SqliteEventStore, writers: number, total: number, from = 0): Promise<void> {
  let next = from;
  const writer = async () => {
    for (let n = next++; n < from + total; n = next++) await store.append(`test.thing-${n}`, [posted(n)], 'no_stream');
  };
  await Promise.all(Array.from({ length: writers }, writer));
}

/**
 * The checkpoints the worker ran for `store`, once it answered the first (its thread loads the
 * TypeScript sources first: slow on a busy machine).
 */
async function checkpointsOf(store: SqliteEventStore): Promise<number> {
  for (const started = Date.now(); store.checkpointer!.checkpoints === 0 && Date.now() - started < 20_000;)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return store.checkpointer!.checkpoints;
}

const walBytes = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

// one core: the store checkpoints as SQLite does by itself, there is no thread to test
const twoCores = availableParallelism() >= 2 ? describe : describe.skip;

twoCores('SqliteEventStore checkpoints beside the writer', () => {
  it('copies the WAL on its worker under group commits; the WAL is still started again; nothing is lost', async () => {
    const file = join(dir, 'groups.db');
    const store = new SqliteEventStore({ filename: file });
    let largestWal = 0;
    for (let round = 0; round < 8; round++) {
      await concurrently(store, 64, 1_000, round * 1_000);
      largestWal = Math.max(largestWal, walBytes(file));
    }
    expect(await checkpointsOf(store)).toBeGreaterThan(0);
    // the writer's own checkpoint at 1,000 pages still resets the WAL: it never holds the whole log
    expect(largestWal).toBeLessThan(8 * 1024 * 1024);
    expect(statSync(file).size).toBeGreaterThan(largestWal);
    await store.close();
    // the worker closed its connection, the last one: SQLite checkpointed and removed the WAL
    expect(existsSync(`${file}-wal`)).toBe(false);

    const again = new SqliteEventStore({ filename: file });
    const events = await again.readAll();
    expect(events).toHaveLength(8_000);
    expect(new Set(events.map((e) => e.streamId)).size).toBe(8_000);
    const verifier = new ChainVerifier();
    for (const event of events) verifier.verify(event);
    expect(verifier.breaks).toEqual([]);
    await again.close();
  });

  it('leaves a lone writer as SQLite checkpoints it: no worker, no copies beside it', async () => {
    const file = join(dir, 'lone.db');
    const store = new SqliteEventStore({ filename: file });
    for (let n = 0; n < 1_500; n++) await store.append(`test.lone-${n}`, [posted(n)], 'no_stream');
    expect(store.checkpointer!.checkpoints).toBe(0);
    expect(walBytes(file)).toBeLessThan(8 * 1024 * 1024);
    await store.close();
  });

  it('keeps no process alive: one that never closes its store still exits', () => {
    const script = `
      const { SqliteEventStore } = require(${JSON.stringify(require.resolve('./sqlite.event-store'))});
      const store = new SqliteEventStore({ filename: ${JSON.stringify(join(dir, 'unclosed.db'))} });
      const event = (n) => ({ eventId: 'e' + n, type: 't', schemaVersion: 1, occurredAt: 'x', actor: { a: 1 },
        correlationId: 'c', causationId: null, data: { n, pad: 'x'.repeat(500) } });
      let next = 0;
      const writer = async () => { for (let n = next++; n < 3000; n = next++) await store.append('t-' + n, [event(n)], 'no_stream'); };
      Promise.all(Array.from({ length: 32 }, writer)).then(() => {
        // once its worker has answered (it loads the TypeScript sources first), then nothing more to do
        const answered = () => (store.checkpointer.checkpoints > 0 ? console.log('answered') : setTimeout(answered, 50));
        answered();
      });
    `;
    const child = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script], {
      timeout: 30_000,
      encoding: 'utf8',
    });
    expect(child.error).toBeUndefined(); // not killed by the timeout
    expect(child.status).toBe(0);
    expect(child.stdout.trim()).toBe('answered'); // its worker had started
  });

  it('serves several stores from one thread, each closed on its own', async () => {
    const files = [join(dir, 'a.db'), join(dir, 'b.db')];
    const stores = files.map((filename) => new SqliteEventStore({ filename }));
    await Promise.all(stores.map((store) => concurrently(store, 32, 3_000)));
    for (const store of stores) expect(await checkpointsOf(store)).toBeGreaterThan(0);
    await stores[0].close();
    expect(existsSync(`${files[0]}-wal`)).toBe(false);
    await concurrently(stores[1], 32, 1_000, 3_000); // the other store's checkpoints go on
    await stores[1].close();
    for (const filename of files) {
      const store = new SqliteEventStore({ filename });
      expect(await store.headPosition()).toBe(filename === files[0] ? 3_000 : 4_000);
      await store.close();
    }
  });
});

describe('SqliteEventStore in memory', () => {
  it('has no checkpointer: no other connection can open it', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    expect(store.checkpointer).toBeNull();
    await store.close();
  });
});
