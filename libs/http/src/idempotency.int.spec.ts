import Database from 'better-sqlite3';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { handleCommand, newId, type Decider, type DomainEvent } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { lastValueFrom, from } from 'rxjs';
import { IdempotencyInterceptor } from './idempotency';
import type { GongjianRequest } from './request-context';
import { SqliteIdempotencyStore } from './sqlite.idempotency-store';

interface Posted extends DomainEvent {
  type: 'Posted';
  data: { title: string };
}
const posting: Decider<{ type: 'Post'; title: string }, Posted, boolean> = {
  initialState: () => false,
  evolve: () => true,
  decide: (command) => [{ type: 'Posted', data: { title: command.title } }],
};

/**
 * The interceptor with the real SQLite store and event store: a handler that appends and then
 * fails (its read store went down after the append) leaves the key released, and the retry
 * with the same body resumes the request — the same id, no second event.
 */
describe('IdempotencyInterceptor: a write that failed after its append', () => {
  let events: SqliteEventStore;
  let interceptor: IdempotencyInterceptor;
  let readStoreDown = true;

  beforeEach(() => {
    events = new SqliteEventStore({ filename: ':memory:' });
    interceptor = new IdempotencyInterceptor(new SqliteIdempotencyStore(new Database(':memory:')));
    readStoreDown = true;
  });
  afterEach(() => events.close());

  const post = (body: { title: string }, key = 'k-1') => {
    const req = {
      method: 'POST',
      originalUrl: '/api/v1/things',
      body,
      actor: { accountId: 'u1', role: 'district_admin', orgId: null },
      header: (name: string) => (name === 'idempotency-key' ? key : undefined),
    } as unknown as GongjianRequest;
    const res = { statusCode: 201, status: () => res, setHeader: () => res };
    const context = {
      getType: () => 'http',
      switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
      getHandler: () => post,
      getClass: () => IdempotencyInterceptor,
    } as unknown as ExecutionContext;
    const handler: CallHandler = {
      handle: () =>
        from(
          (async () => {
            const ctx = { actor: req.actor!, correlationId: 'c', request: req.keyedRequest };
            const id = newId(ctx);
            await handleCommand(events, `things-${id}`, posting, { type: 'Post', title: body.title }, ctx);
            if (readStoreDown) throw new Error('read store unreachable');
            return { id };
          })(),
        ),
    };
    return lastValueFrom(interceptor.intercept(context, handler));
  };

  it('resumes the request with the same id and appends nothing more', async () => {
    await expect(post({ title: 'a' })).rejects.toThrow('read store unreachable');
    const appended = await events.readAll();
    expect(appended).toHaveLength(1);
    // a different body under this key could be a second effect: refused
    await expect(post({ title: 'b' })).rejects.toMatchObject({ status: 422 });
    readStoreDown = false;
    const retry = (await post({ title: 'a' })) as { id: string };
    expect(`things-${retry.id}`).toBe(appended[0].streamId);
    expect(await events.readAll()).toHaveLength(1);
    expect(await post({ title: 'a' })).toEqual(retry);
  });

  it('a request that failed before appending frees the key for another body', async () => {
    const failing = {
      handle: () => from(Promise.reject(new Error('refused before the append'))),
    };
    const req = {
      method: 'POST',
      originalUrl: '/api/v1/things',
      body: { title: 'a' },
      actor: { accountId: 'u1', role: 'district_admin', orgId: null },
      header: () => 'k-2',
    };
    const context = {
      getType: () => 'http',
      switchToHttp: () => ({ getRequest: () => req, getResponse: () => ({}) }),
      getHandler: () => post,
      getClass: () => IdempotencyInterceptor,
    } as unknown as ExecutionContext;
    await expect(lastValueFrom(interceptor.intercept(context, failing))).rejects.toThrow('refused before');
    readStoreDown = false;
    await expect(post({ title: 'other' }, 'k-2')).resolves.toMatchObject({ id: expect.any(String) });
    expect(await events.readAll()).toHaveLength(1);
  });
});
