import type { EventEnvelope } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { countedEvent } from '@gongjian/eventing/testing/counted-event';
import type { EventBus } from './event-bus.port';
import { PublicationQueue } from './publication-queue';
import { Relay } from './relay';
import { SqliteCheckpointStore } from './sqlite.checkpoint-store';

/** A bus whose publications are held until released, failing as told; it records each batch. */
class HeldBus implements EventBus {
  batches: number[][] = [];
  failNext = 0;
  private releases: Array<() => void> = [];
  hold = false;
  async publish(events: EventEnvelope[]) {
    if (this.hold) await new Promise<void>((resolve) => this.releases.push(resolve));
    if (this.failNext-- > 0) throw new Error('broker down');
    this.batches.push(events.map((e) => (e.data as { n: number }).n));
  }
  release() {
    this.hold = false;
    for (const release of this.releases.splice(0)) release();
  }
  get published(): number[] {
    return this.batches.flat();
  }
  async close() {}
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
};

async function logOf(count: number, streams = 3) {
  const store = new SqliteEventStore({ filename: ':memory:' });
  for (let s = 0; s < streams; s++) {
    const ns = Array.from({ length: count / streams }, (_, i) => i * streams + s);
    await store.append(
      `test.counter-${s}`,
      ns.map((n) => countedEvent(n)),
      'no_stream',
    );
  }
  return store;
}

describe('Relay publishing in batches (issue 23)', () => {
  it('publishes a catch-up in batches of at most 500, in log order, the checkpoint at the head', async () => {
    const store = await logOf(1200);
    const checkpoints = new SqliteCheckpointStore(store.db);
    const bus = new HeldBus();
    const relay = new Relay(store, bus, checkpoints);
    await relay.start();
    await relay.caughtUp();
    await relay.stop();
    const inLog = (await store.readAll({ fromPosition: 0, maxCount: 2000 })).map((e) => (e.data as { n: number }).n);
    expect(bus.published).toEqual(inLog);
    expect(bus.batches.length).toBeLessThan(10);
    expect(Math.max(...bus.batches.map((b) => b.length))).toBeLessThanOrEqual(500);
    expect((await checkpoints.read('relay'))?.position).toBe(await store.headPosition());
    await store.close();
  });

  it('moves its position only past what the bus accepted', async () => {
    const store = await logOf(30);
    const checkpoints = new SqliteCheckpointStore(store.db);
    const bus = new HeldBus();
    bus.hold = true;
    const relay = new Relay(store, bus, checkpoints);
    await relay.start();
    await new Promise((r) => setTimeout(r, 30));
    expect(relay.lastPublished).toBe(0);
    bus.release();
    await relay.caughtUp();
    expect(relay.lastPublished).toBe(await store.headPosition());
    await relay.stop();
    await store.close();
  });

  it('a batch refused while nothing more is appended: retried from the last accepted event, nothing lost', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const checkpoints = new SqliteCheckpointStore(store.db);
    const bus = new HeldBus();
    const relay = new Relay(store, bus, checkpoints, { retryMillis: 20 });
    await relay.start();
    await store.append(
      'test.counter-1',
      [0, 1].map((n) => countedEvent(n)),
      'no_stream',
    );
    await relay.caughtUp();
    bus.failNext = 1;
    await store.append(
      'test.counter-1',
      [2, 3, 4].map((n) => countedEvent(n)),
      1,
    );
    await until(() => relay.status.state === 'retrying');
    await expect(relay.caughtUp()).rejects.toThrow('broker down');
    await until(() => bus.published.length === 5);
    await relay.caughtUp();
    expect(relay.status.state).toBe('running');
    expect(bus.published).toEqual([0, 1, 2, 3, 4]);
    await relay.stop();
    expect((await checkpoints.read('relay'))?.position).toBe(await store.headPosition());
    await store.close();
  });

  it('stop publishes what was handed over before saving the checkpoint', async () => {
    const store = await logOf(60);
    const checkpoints = new SqliteCheckpointStore(store.db);
    const bus = new HeldBus();
    bus.hold = true;
    const relay = new Relay(store, bus, checkpoints);
    await relay.start();
    await new Promise((r) => setTimeout(r, 20));
    const stopping = relay.stop();
    bus.release();
    await stopping;
    expect(bus.published).toHaveLength(60);
    expect((await checkpoints.read('relay'))?.position).toBe(await store.headPosition());
    await store.close();
  });
});

describe('PublicationQueue', () => {
  const event = (n: number) => ({ globalPosition: n + 1, data: { n } }) as unknown as EventEnvelope;

  it('gathers what is handed over while a batch is out; events not published still move the position', async () => {
    const batches: number[][] = [];
    const moved: number[] = [];
    let release: () => void = () => undefined;
    const queue = new PublicationQueue(
      async (events) => {
        batches.push(events.map((e) => e.globalPosition));
        if (batches.length === 1) await new Promise<void>((r) => (release = r));
      },
      (last) => moved.push(last.globalPosition),
      () => undefined,
    );
    await queue.add(event(0), true);
    await until(() => batches.length === 1);
    for (let n = 1; n <= 4; n++) await queue.add(event(n), n !== 4);
    release();
    await queue.idle();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    expect(moved).toEqual([1, 5]);
  });

  it('waits for room past its maximum', async () => {
    const sizes: number[] = [];
    const queue = new PublicationQueue(
      async (events) => void sizes.push(events.length),
      () => undefined,
      () => undefined,
      4,
    );
    for (let n = 0; n < 10; n++) await queue.add(event(n), true);
    await queue.idle();
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('fails for good at the first refused batch: later events are refused, idle and failed reject', async () => {
    const failures: unknown[] = [];
    const queue = new PublicationQueue(
      async () => {
        throw new Error('broker down');
      },
      () => undefined,
      (error) => failures.push(error),
    );
    await queue.add(event(0), true);
    await expect(queue.idle()).rejects.toThrow('broker down');
    await expect(queue.failed).rejects.toThrow('broker down');
    await expect(queue.add(event(1), true)).rejects.toThrow('broker down');
    expect(failures).toHaveLength(1);
  });
});
