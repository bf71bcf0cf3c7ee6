import { validate, version } from 'uuid';
import type { Decider } from './decider';
import type { DomainEvent } from './envelope';
import { ConcurrencyConflict } from './errors';
import { handleCommand } from './command-handler';
import { derivedUuidV7, KeyedRequest, newId } from './keyed-request';
import { SqliteEventStore } from './sqlite.event-store';

interface Counted extends DomainEvent {
  type: 'Counted';
  data: { by: number };
}
type Count = { type: 'Count'; by: number } | { type: 'CountTwice'; by: number } | { type: 'Nothing' };

const counter: Decider<Count, Counted, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command) => {
    if (command.type === 'Nothing') return [];
    const one: Counted = { type: 'Counted', data: { by: command.by } };
    return command.type === 'CountTwice' ? [one, { ...one }] : [one];
  },
};

const actor = { accountId: 'u1', role: 'district_admin', orgId: null };

describe('derivedUuidV7', () => {
  it('is a valid UUIDv7 carrying the given milliseconds, a function of its inputs', () => {
    const at = Date.parse('2026-12-04T10:00:00.000Z');
    const id = derivedUuidV7(at, 0, ['id', 'scope', 'key']);
    expect(validate(id)).toBe(true);
    expect(version(id)).toBe(7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
    expect(derivedUuidV7(at, 0, ['id', 'scope', 'key'])).toBe(id);
    expect(derivedUuidV7(at, 0, ['id', 'scope', 'other key'])).not.toBe(id);
    expect(derivedUuidV7(at, 1, ['id', 'scope', 'key'])).not.toBe(id);
  });

  it('keeps the ids of one request in the order they were made', () => {
    const at = Date.now();
    const ids = Array.from({ length: 300 }, (_, n) => derivedUuidV7(at, n, ['id', 's', 'k']));
    expect([...ids].sort()).toEqual(ids);
    expect(() => derivedUuidV7(at, -1, [])).toThrow(RangeError);
  });
});

describe('KeyedRequest', () => {
  it('gives a retry of the same key the same ids, another key other ids', () => {
    const at = Date.now();
    const first = new KeyedRequest('root POST /api/v1/needs', 'k1', at);
    const retry = new KeyedRequest('root POST /api/v1/needs', 'k1', at);
    const other = new KeyedRequest('root POST /api/v1/needs', 'k2', at);
    const ids = [first.newId(), first.newId()];
    expect([retry.newId(), retry.newId()]).toEqual(ids);
    expect(other.newId()).not.toBe(ids[0]);
    expect(newId({ request: retry })).toBe(derivedUuidV7(at, 2, ['id', 'root POST /api/v1/needs', 'k1']));
    expect(validate(newId({}))).toBe(true);
  });
});

describe('handleCommand with a keyed request: at most once', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore({ filename: ':memory:' });
  });
  afterEach(() => store.close());

  const keyed = (key = 'k', at = 1_765_000_000_000) => ({
    actor,
    correlationId: 'c1',
    request: new KeyedRequest('u1 POST /api/v1/counters', key, at),
  });

  it('finds the events of an earlier attempt of the request and appends nothing', async () => {
    const first = await handleCommand(store, 'c-1', counter, { type: 'CountTwice', by: 2 }, keyed());
    expect(first.replayed).toBeUndefined();
    expect(first.state).toBe(4);
    // the process died before the response was stored; the retry runs the command again
    const retry = await handleCommand(store, 'c-1', counter, { type: 'CountTwice', by: 2 }, keyed());
    expect(retry).toMatchObject({ replayed: true, state: 4, version: first.version });
    expect(retry.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
    expect(await store.readStream('c-1')).toHaveLength(2);
  });

  it('finds them after other writers appended, and skips If-Match the first attempt moved past', async () => {
    const first = await handleCommand(
      store,
      'c-1',
      counter,
      { type: 'Count', by: 1 },
      { ...keyed(), expectedVersion: -1 },
    );
    await handleCommand(store, 'c-1', counter, { type: 'Count', by: 10 }, { actor, correlationId: 'other' });
    const retry = await handleCommand(
      store,
      'c-1',
      counter,
      { type: 'Count', by: 1 },
      { ...keyed(), expectedVersion: -1 },
    );
    expect(retry).toMatchObject({ replayed: true, state: 11 });
    expect(retry.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
    expect(await store.readStream('c-1')).toHaveLength(2);
  });

  it('appends again for another key, and for a second command of the same request', async () => {
    const context = keyed();
    await handleCommand(store, 'c-1', counter, { type: 'Count', by: 1 }, context);
    // one request that counts twice on the same stream (two executions): both are its effect
    await handleCommand(store, 'c-1', counter, { type: 'Count', by: 1 }, context);
    await handleCommand(store, 'c-1', counter, { type: 'Count', by: 1 }, keyed('another key'));
    expect(await store.readStream('c-1')).toHaveLength(3);
    // the retry of the first request finds both of its executions
    const retry = keyed();
    await handleCommand(store, 'c-1', counter, { type: 'Count', by: 1 }, retry);
    const second = await handleCommand(store, 'c-1', counter, { type: 'Count', by: 1 }, retry);
    expect(second.replayed).toBe(true);
    expect(await store.readStream('c-1')).toHaveLength(3);
  });

  it('a concurrent attempt that lost the append takes the winner’s events as its own', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => handleCommand(store, 'c-2', counter, { type: 'Count', by: 1 }, keyed())),
    );
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await store.readStream('c-2')).toHaveLength(1);
  });

  it('still refuses a stale If-Match for a request that has not appended yet, and marks that it tried', async () => {
    await handleCommand(store, 'c-3', counter, { type: 'Count', by: 1 }, { actor, correlationId: 'x' });
    const context = { ...keyed(), expectedVersion: 5 };
    await expect(handleCommand(store, 'c-3', counter, { type: 'Count', by: 1 }, context)).rejects.toBeInstanceOf(
      ConcurrencyConflict,
    );
    expect(context.request.touched).toBe(false);
    const decidedNothing = keyed();
    await handleCommand(store, 'c-3', counter, { type: 'Nothing' }, decidedNothing);
    expect(decidedNothing.request.touched).toBe(false);
    const appended = keyed('k2');
    await handleCommand(store, 'c-3', counter, { type: 'Count', by: 1 }, appended);
    expect(appended.request.touched).toBe(true);
  });
});
