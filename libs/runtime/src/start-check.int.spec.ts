import type { EventStore } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { SparsePositionsEventStore } from '@gongjian/eventing/testing/sparse-positions.event-store';
import { InProcessBroker, InProcessEventBus, LogFollower, Relay } from '@gongjian/messaging';
import { SqliteCheckpointStore } from '@gongjian/messaging/sqlite.checkpoint-store';
import { MemoryDocumentStore, type Projection } from '@gongjian/read-models';
import type { RuntimeConfig } from './config';
import { LocalReadModels } from './local-read-models';
import { ProjectionRegistry } from './projection-registry';
import { Runtime } from './runtime';
import { StartRefused } from './start-check';
import { countedEvent } from '@gongjian/eventing/testing/counted-event';

const counted = countedEvent;

/** One document per stream: the last n counted. */
const counters: Projection = {
  name: 'counters',
  collection: 'test.counters',
  handles: ['test.Counted'],
  apply: (_doc, event) => ({ _id: event.streamId, n: (event.data as { n: number }).n }),
};

/**
 * The start check with checkpoints carried over from another log (issue 25 item 3): read models
 * and checkpoints kept apart from the log (a MemoryDocumentStore kept across starts stands in for
 * MongoDB), the log a store whose positions are not event counts and which refuses to read from
 * a position it never gave out (EventStoreDB).
 */
describe('start check: checkpoints of another log', () => {
  let documents: MemoryDocumentStore;
  let store: SparsePositionsEventStore;
  let checkpoints: SqliteCheckpointStore;
  let runtime: Runtime | null = null;
  let fatal: Error[] = [];

  const runtimeOn = (log: EventStore, rebuildReadModels = false) => {
    const config = {
      service: 'platform',
      eventStore: 'eventstoredb',
      readStore: 'memory',
      documentStore: documents,
      rebuildReadModels,
      maxConsumerLag: 1000,
    } as unknown as RuntimeConfig;
    const registry = new ProjectionRegistry();
    registry.register(counters);
    const readModels = new LocalReadModels(config, log, documents, registry);
    const bus = new InProcessEventBus(new InProcessBroker());
    return new Runtime(config, log, documents, bus, checkpoints, registry, readModels);
  };
  const start = async (rebuildReadModels = false) => {
    runtime = runtimeOn(store, rebuildReadModels);
    await runtime.prepare();
    runtime.onFatal = (error) => fatal.push(error);
    await runtime.startRelay();
    await runtime.settle();
    expect(fatal).toEqual([]);
    return runtime;
  };
  const refusal = () =>
    runtimeOn(store)
      .prepare()
      .then(
        () => null,
        (error: unknown) => error,
      );

  beforeEach(async () => {
    fatal = [];
    documents = new MemoryDocumentStore();
    store = new SparsePositionsEventStore();
    checkpoints = new SqliteCheckpointStore(new SqliteEventStore({ filename: ':memory:' }).db);
    await store.append('test.counter-1', [counted(1), counted(2), counted(3)], 'no_stream');
  });
  afterEach(async () => {
    // the runtime closes the bus, the read store and the log
    if (runtime) await runtime.onApplicationShutdown();
    else await store.close();
    runtime = null;
  });

  it('refuses SQLite positions carried over (no event id, no record starts there), and the flag recovers', async () => {
    // a relay and a follower checkpoint saved on SQLite before event ids were kept: position 2 is
    // the second event there, inside a record here (this log's events are at 137, 274 and 311)
    await checkpoints.save(Relay.checkpointName, 2);
    await checkpoints.save(LogFollower.checkpointName, 2);
    const refused = await refusal();
    expect(refused).toBeInstanceOf(StartRefused);
    const message = (refused as Error).message;
    expect(message).toMatch(/^platform refuses to start: its event log \(EventStoreDB\) is not the log of/);
    expect(message).toContain(
      'the relay (checkpoint relay) has published up to position 2, but at position 2 the log has no event of this log',
    );
    expect(message).toContain('the follower (checkpoint follower) reach position 2');
    expect(message).toContain('GONGJIAN_REBUILD_READ_MODELS=1');

    const running = await start(true);
    expect(running.relayStatus?.state).toBe('running');
    expect(running.followerStatus?.state).toBe('running');
    expect(await documents.collection('test.counters').find({})).toMatchObject([{ n: 3 }]);
    const head = await store.headPosition();
    expect(running.relayPosition()).toBe(head);
    await running.onApplicationShutdown();
    // republished from the start of this log, and saved with the event id
    expect(await checkpoints.read(Relay.checkpointName)).toEqual({ position: head, eventId: expect.any(String) });
    runtime = null;
  });

  it("refuses the read models' checkpoint of another log (its event id at a position of this one)", async () => {
    const [first] = await store.readAll();
    await documents
      .collection('platform.log-checkpoint')
      .putIfNewer({ _id: 'read-models', version: first.globalPosition, eventId: 'an-event-of-log-a' });
    const message = ((await refusal()) as Error).message;
    expect(message).toContain(
      `the read models (platform.log-checkpoint in the read store) reach position ${first.globalPosition} (event an-event-of-log-a), but at position ${first.globalPosition} the log has event ${first.eventId}`,
    );
    await start(true);
    expect(await documents.collection('platform.log-checkpoint').get('read-models')).toMatchObject({
      version: await store.headPosition(),
    });
  });

  it('gives a checkpoint saved without an event id the id found at its position, so another log is told apart', async () => {
    const [, second] = await store.readAll();
    await checkpoints.save(Relay.checkpointName, second.globalPosition);
    await documents
      .collection('platform.log-checkpoint')
      .putIfNewer({ _id: 'read-models', version: second.globalPosition } as never);
    runtime = runtimeOn(store);
    await runtime.prepare();
    expect(await checkpoints.read(Relay.checkpointName)).toEqual({
      position: second.globalPosition,
      eventId: second.eventId,
    });
    expect(await documents.collection('platform.log-checkpoint').get('read-models')).toMatchObject({
      version: second.globalPosition,
      eventId: second.eventId,
    });
    await runtime.onApplicationShutdown();
    runtime = null;

    // another log with an event at the same position: by position alone it would pass
    store = new SparsePositionsEventStore();
    await store.append('test.counter-9', [counted(7), counted(8)], 'no_stream');
    const message = ((await refusal()) as Error).message;
    expect(message).toContain(`published up to position ${second.globalPosition} (event ${second.eventId})`);
    expect(message).toContain(`reach position ${second.globalPosition} (event ${second.eventId})`);
  });

  it('stops the process once when the log refuses the relay position after the check (the store replaced meanwhile)', async () => {
    runtime = runtimeOn(store);
    await runtime.prepare();
    // between the check and the relay's start: a position inside a record
    await checkpoints.save(Relay.checkpointName, 250);
    runtime.onFatal = (error) => fatal.push(error);
    await runtime.startRelay();
    await runtime.settle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // the follower starts from the relay's checkpoint too: both stop, the process is stopped once
    expect(runtime.relayStatus).toMatchObject({
      state: 'stopped',
      lastError: expect.stringContaining('checkpoint relay'),
    });
    expect(runtime.followerStatus).toMatchObject({ state: 'stopped' });
    expect(fatal).toHaveLength(1);
    expect(fatal[0].message).toMatch(
      /^the (relay|follower) stops: its checkpoint \(checkpoint (relay|follower), position 250\)/,
    );
  });

  it('starts on checkpoints this log gave out', async () => {
    const [, second] = await store.readAll();
    await checkpoints.save(Relay.checkpointName, second.globalPosition, second.eventId);
    await checkpoints.save(LogFollower.checkpointName, second.globalPosition);
    const running = await start();
    expect(running.relayPosition()).toBe(await store.headPosition());
  });
});
