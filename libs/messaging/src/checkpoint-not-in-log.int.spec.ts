import type { EventEnvelope } from '@gongjian/eventing';
import { SparsePositionsEventStore } from '@gongjian/eventing/testing/sparse-positions.event-store';
import type { EventBus } from './event-bus.port';
import { LogFollower } from './log-follower';
import { CheckpointNotInLog } from './log-position';
import { Relay } from './relay';
import { SqliteCheckpointStore } from './sqlite.checkpoint-store';
import { countedEvent } from '@gongjian/eventing/testing/counted-event';

const proposed = countedEvent;

class RecordingBus implements EventBus {
  published: EventEnvelope[] = [];
  async publish(events: EventEnvelope[]) {
    this.published.push(...events);
  }
  async close() {}
}

/**
 * A relay or follower whose checkpoint is not a position of this log (another log's, or inside a
 * record: EventStoreDB answers InvalidLogPosition) stops for good with a message naming the
 * checkpoint, instead of retrying the same refused read forever.
 */
describe('a follower of the log from a position the log refuses', () => {
  let store: SparsePositionsEventStore;
  let checkpoints: SqliteCheckpointStore;
  beforeEach(async () => {
    store = new SparsePositionsEventStore();
    checkpoints = new SqliteCheckpointStore(store.inner.db);
    await store.append('own.counter-1', [proposed(0), proposed(1), proposed(2)], 'no_stream');
  });
  afterEach(() => store.close());

  const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

  it('the relay stops once, naming its checkpoint, and does not spin', async () => {
    // position 250 lies between the events at 237 and 311: no record starts there
    await checkpoints.save(Relay.checkpointName, 250);
    const fatal: CheckpointNotInLog[] = [];
    const bus = new RecordingBus();
    const relay = new Relay(store, bus, checkpoints, { retryMillis: 1, onFatal: (e) => fatal.push(e) });
    await relay.start();
    await relay.caughtUp();
    await settle();
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toBeInstanceOf(CheckpointNotInLog);
    expect(fatal[0].message).toContain('checkpoint relay, position 250');
    expect(fatal[0].message).toContain('GONGJIAN_REBUILD_READ_MODELS=1');
    expect(store.reads).toBe(1);
    expect(relay.status).toMatchObject({ state: 'stopped', lastError: fatal[0].message });
    expect(bus.published).toEqual([]);
    await relay.stop();
  });

  it('the log follower stops once, naming its checkpoint, and does not spin', async () => {
    await checkpoints.save(LogFollower.checkpointName, 250, 'an-event-of-another-log');
    const fatal: CheckpointNotInLog[] = [];
    const seen: EventEnvelope[] = [];
    const follower = new LogFollower(store, checkpoints, async (e) => void seen.push(e), {
      retryMillis: 1,
      onFatal: (e) => fatal.push(e),
    });
    await follower.start();
    await follower.caughtUp();
    await settle();
    expect(fatal).toHaveLength(1);
    expect(fatal[0].message).toContain('checkpoint follower, position 250, event an-event-of-another-log');
    expect(store.reads).toBe(1);
    expect(follower.status).toMatchObject({ state: 'stopped', lastError: fatal[0].message });
    expect(seen).toEqual([]);
    await follower.stop();
  });

  it('a checkpoint at an exact position of this log is followed as before', async () => {
    const [, second] = await store.readAll();
    await checkpoints.save(Relay.checkpointName, second.globalPosition, second.eventId);
    const bus = new RecordingBus();
    const fatal: Error[] = [];
    const relay = new Relay(store, bus, checkpoints, { onFatal: (e) => fatal.push(e) });
    await relay.start();
    await relay.caughtUp();
    await relay.stop();
    expect(bus.published.map((e) => (e.data as { n: number }).n)).toEqual([2]);
    expect(fatal).toEqual([]);
    expect(await checkpoints.read(Relay.checkpointName)).toMatchObject({
      position: SparsePositionsEventStore.positionOf(3),
    });
  });
});
