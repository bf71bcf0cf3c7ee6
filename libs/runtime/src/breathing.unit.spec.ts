import type { EventEnvelope, EventStore, Subscription } from '@gongjian/eventing';
import { breathing } from './breathing';

/** A log whose subscription delivers `events` in one loop of awaits that resolve at once (SQLite). */
function synchronousLog(events: number): EventStore {
  const subscribeToAll = (handler: (event: EventEnvelope) => Promise<void>): Subscription => {
    const loop = (async () => {
      for (let i = 1; i <= events; i++) await handler({ globalPosition: i } as EventEnvelope);
    })();
    return { stop: () => loop, caughtUp: () => loop };
  };
  return { subscribeToAll, headPosition: () => Promise.resolve(events) } as unknown as EventStore;
}

describe('breathing subscriptions', () => {
  it('let the event loop turn while they catch up', async () => {
    const turnedAt: number[] = [];
    let handled = 0;
    const subscription = breathing(synchronousLog(100), 0).subscribeToAll(() => {
      handled++;
      return Promise.resolve();
    });
    setImmediate(() => turnedAt.push(handled));
    await subscription.caughtUp();
    expect(handled).toBe(100);
    expect(turnedAt).toHaveLength(1);
    expect(turnedAt[0]).toBeLessThan(100);
  });

  it('without it, the same catch-up holds the loop to its end', async () => {
    const turnedAt: number[] = [];
    let handled = 0;
    const subscription = synchronousLog(100).subscribeToAll(() => {
      handled++;
      return Promise.resolve();
    });
    setImmediate(() => turnedAt.push(handled));
    await subscription.caughtUp();
    await new Promise((resolve) => setImmediate(resolve));
    expect(turnedAt).toEqual([100]);
  });

  it('passes every other method through to the store', async () => {
    expect(await breathing(synchronousLog(7)).headPosition()).toBe(7);
  });
});
