import type { EventEnvelope } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { SqliteCheckpointStore } from './sqlite.checkpoint-store';
import { LogFollower } from './log-follower';
import { countedEvent } from '@gongjian/eventing/testing/counted-event';

const proposed = countedEvent;
const numbers = (events: EventEnvelope[]) => events.map((e) => (e.data as { n: number }).n);

describe('LogFollower (a process follows its own log: read models and process managers)', () => {
  let store: SqliteEventStore;
  let checkpoints: SqliteCheckpointStore;
  beforeEach(() => {
    store = new SqliteEventStore({ filename: ':memory:' });
    checkpoints = new SqliteCheckpointStore(store.db);
  });
  afterEach(() => store.close());

  it('hands over the events of its streams in log order and resumes after its checkpoint', async () => {
    const seen: EventEnvelope[] = [];
    await store.append('own.counter-1', [proposed(0)], 'no_stream');
    await store.append('other.counter-1', [proposed(100)], 'no_stream');
    const follower = new LogFollower(store, checkpoints, async (e) => void seen.push(e), { streamPrefix: 'own.' });
    await follower.start();
    await store.append('own.counter-1', [proposed(1), proposed(2)], 0);
    await follower.caughtUp();
    await follower.stop();
    expect(numbers(seen)).toEqual([0, 1, 2]);
    expect((await checkpoints.read('follower'))?.position).toBe(await store.headPosition());

    await store.append('own.counter-1', [proposed(3)], 2);
    const again = new LogFollower(store, checkpoints, async (e) => void seen.push(e), { streamPrefix: 'own.' });
    await again.start();
    await again.caughtUp();
    await again.stop();
    expect(numbers(seen)).toEqual([0, 1, 2, 3]);
  });

  it('without a checkpoint of its own starts where the relay was (what the bus already delivered)', async () => {
    const seen: EventEnvelope[] = [];
    const [first] = (await store.append('own.counter-1', [proposed(0), proposed(1)], 'no_stream')).events;
    const follower = new LogFollower(store, checkpoints, async (e) => void seen.push(e));
    await follower.start({ position: first.globalPosition, eventId: first.eventId });
    await follower.caughtUp();
    await follower.stop();
    expect(numbers(seen)).toEqual([1]);
  });

  it('retries a failing event, in order, says so in its status, and goes on once it passes', async () => {
    const seen: number[] = [];
    let failures = 3;
    const follower = new LogFollower(
      store,
      checkpoints,
      async (e) => {
        const n = (e.data as { n: number }).n;
        if (n === 1 && failures-- > 0) throw new Error('read store unavailable');
        seen.push(n);
      },
      { retryMillis: 10 },
    );
    await store.append('own.counter-1', [proposed(0), proposed(1), proposed(2)], 'no_stream');
    await follower.start();
    await new Promise((resolve) => setTimeout(resolve, 15));
    const status = follower.status;
    expect(status).toMatchObject({ state: 'retrying', lastError: 'read store unavailable' });
    expect(status.failingEvent?.type).toBe('test.Counted');
    await follower.caughtUp();
    expect(follower.status.state).toBe('running');
    await follower.stop();
    expect(seen).toEqual([0, 1, 2]);
  });
});
