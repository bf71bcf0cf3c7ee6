import type { EventEnvelope } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import type { EventBus } from './event-bus.port';
import { Relay } from './relay';
import { SqliteCheckpointStore } from './sqlite.checkpoint-store';
import { countedEvent } from '@gongjian/eventing/testing/counted-event';

const proposed = countedEvent;

class RecordingBus implements EventBus {
  published: EventEnvelope[] = [];
  failNext = 0;
  async publish(events: EventEnvelope[]) {
    if (this.failNext-- > 0) throw new Error('broker down');
    this.published.push(...events);
  }
  async close() {}
}

describe('Relay (event store → bus, from a stored checkpoint)', () => {
  it('publishes appended events in order and resumes after its checkpoint on restart', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const checkpoints = new SqliteCheckpointStore(store.db);
    const bus = new RecordingBus();
    await store.append('test.counter-1', [proposed(0), proposed(1)], 'no_stream');

    const relay = new Relay(store, bus, checkpoints);
    await relay.start();
    await store.append('test.counter-1', [proposed(2)], 1);
    await relay.caughtUp();
    await relay.stop();
    expect(bus.published.map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2]);
    expect(await checkpoints.read('relay')).toEqual({
      position: bus.published[2].globalPosition,
      eventId: bus.published[2].eventId,
    });

    await store.append('test.counter-1', [proposed(3)], 2);
    const again = new Relay(store, bus, checkpoints);
    await again.start();
    await again.caughtUp();
    await again.stop();
    expect(bus.published.map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2, 3]);
    await store.close();
  });

  it('publishes only the events its filter accepts (the public ones), and moves past the others', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const checkpoints = new SqliteCheckpointStore(store.db);
    const bus = new RecordingBus();
    await store.append(
      'test.counter-1',
      [proposed(0), { ...proposed(1), type: 'test.Internal' }, proposed(2)],
      'no_stream',
    );
    const relay = new Relay(store, bus, checkpoints, { publishes: (event) => event.type !== 'test.Internal' });
    await relay.start();
    await relay.caughtUp();
    await relay.stop();
    expect(bus.published.map((e) => (e.data as { n: number }).n)).toEqual([0, 2]);
    expect((await checkpoints.read('relay'))?.position).toBe(await store.headPosition());
    await store.close();
  });

  it('reports itself unhealthy while publishing fails, retries, and loses nothing', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const checkpoints = new SqliteCheckpointStore(store.db);
    const bus = new RecordingBus();
    bus.failNext = 2;
    const relay = new Relay(store, bus, checkpoints, { retryMillis: 30 });
    await relay.start();
    await store.append('test.counter-2', [proposed(0), proposed(1)], 'no_stream');
    await new Promise((r) => setTimeout(r, 10));
    expect(relay.healthy).toBe(false);
    const retrying = relay.status;
    expect(retrying).toMatchObject({ state: 'retrying', lastError: 'broker down' });
    expect(Date.parse(retrying.since!)).toBeLessThanOrEqual(Date.now());
    while (bus.published.length < 2) await new Promise((r) => setTimeout(r, 10));
    expect(relay.healthy).toBe(true);
    expect(relay.status).toMatchObject({ state: 'running', lastError: null, since: null, failures: 0 });
    // this bus has no broker to probe
    expect(relay.status.broker).toEqual({ state: 'none', lastError: null, since: null, checkedAt: null });
    await relay.stop();
    expect(relay.status.state).toBe('stopped');
    expect(bus.published.map((e) => (e.data as { n: number }).n)).toEqual([0, 1]);
    expect(await checkpoints.load('relay')).toBe(bus.published[1].globalPosition);
    await store.close();
  });

  it('says when the broker is unreachable, also while nothing is published, and when it answers again', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const checkpoints = new SqliteCheckpointStore(store.db);
    const bus = new BrokerBus();
    const relay = new Relay(store, bus, checkpoints, { retryMillis: 20, probeMillis: 20 });
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((r) => setTimeout(r, 5));
    };
    await relay.start();
    await until(() => relay.status.broker.state === 'reachable');
    expect(relay.status).toMatchObject({ state: 'running', broker: { lastError: null, since: null } });

    bus.down = true;
    await until(() => relay.status.broker.state === 'unreachable');
    // nothing to publish: the relay itself has no failure, the probe tells
    const idle = relay.status;
    expect(idle).toMatchObject({
      state: 'running',
      failures: 0,
      // the health pages are public: no broker address
      broker: { state: 'unreachable', lastError: 'Connection error: connect ECONNREFUSED <address>' },
    });
    expect(Date.parse(idle.broker.since!)).toBeLessThanOrEqual(Date.parse(idle.broker.checkedAt!));
    await until(() => relay.status.broker.checkedAt !== idle.broker.checkedAt);
    expect(relay.status.broker.since).toBe(idle.broker.since);

    await store.append('test.counter-3', [proposed(0)], 'no_stream');
    await until(() => relay.status.state === 'retrying');
    expect(relay.status).toMatchObject({ lastError: 'Connection error: connect ECONNREFUSED <address>' });
    expect(relay.status.broker.state).toBe('unreachable');

    bus.down = false;
    await until(() => bus.published.length === 1 && relay.status.broker.state === 'reachable');
    expect(relay.status).toMatchObject({ state: 'running', broker: { lastError: null, since: null } });
    await relay.stop();
    const probes = bus.probes;
    await new Promise((r) => setTimeout(r, 60));
    // stopped: no probe any more
    expect(bus.probes).toBe(probes);
    await store.close();
  });
});

/** A bus with a broker that can be made unreachable: its probe and its publications then fail. */
class BrokerBus implements EventBus {
  published: EventEnvelope[] = [];
  down = false;
  probes = 0;
  private refused = () => new Error('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
  async publish(events: EventEnvelope[]) {
    if (this.down) throw this.refused();
    this.published.push(...events);
  }
  async probe() {
    this.probes += 1;
    if (this.down) throw this.refused();
  }
  async close() {}
}
