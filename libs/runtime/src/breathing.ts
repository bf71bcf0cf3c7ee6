import type { EventStore } from '@gongjian/eventing';

/** How long a subscription's handlers may hold the event loop before letting it turn. */
const SLICE_MILLIS = 20;

/**
 * The store with subscriptions whose handlers let the event loop turn every SLICE_MILLIS. Reads of
 * the embedded log are synchronous and a handler that does not wait for I/O resolves at once, so a
 * subscription catching up with a long log runs in microtasks only: no timer, no socket, not even
 * the HTTP server's `listen` gets a turn until it reaches the head (the issue's 85 s between the
 * read models' rebuild and listening, with the follower and the relay behind on 1M events).
 */
export function breathing(store: EventStore, sliceMillis = SLICE_MILLIS): EventStore {
  let since = performance.now();
  const breathe = async () => {
    if (performance.now() - since < sliceMillis) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
  return new Proxy(store, {
    get(target, key) {
      if (key === 'subscribeToAll') {
        const subscribe: EventStore['subscribeToAll'] = (handler, options) =>
          target.subscribeToAll(async (event) => {
            await breathe();
            await handler(event);
          }, options);
        return subscribe;
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
