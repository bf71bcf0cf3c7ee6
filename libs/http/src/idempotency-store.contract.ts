import type { IdempotencyStore } from './idempotency';

/** Opens the store under test; `quick` gives a store on the same data whose claims go stale after 200 ms. */
export interface IdempotencyStoreSubject {
  store: IdempotencyStore;
  quick: IdempotencyStore;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What every IdempotencyStore adapter does, embedded or on a real server. */
export function idempotencyStoreContract(name: string, open: () => Promise<IdempotencyStoreSubject>): void {
  describe(`IdempotencyStore contract: ${name}`, () => {
    let subject: IdempotencyStoreSubject;
    const newScope = () => `root POST /api/v1/needs ${Date.now()} ${Math.random().toString(36).slice(2)}`;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(() => subject.close());

    it('claims a key once, replays the stored response and refuses another body', async () => {
      const keys = subject.store;
      const scope = newScope();
      expect(await keys.begin(scope, 'k1', 'f1')).toEqual({ state: 'new' });
      expect(await keys.begin(scope, 'k1', 'f1')).toEqual({ state: 'in_progress' });
      await keys.complete(scope, 'k1', 201, { id: 'n1', $weird: { 'a.b': 1 } });
      const replay = { state: 'completed', status: 201, body: { id: 'n1', $weird: { 'a.b': 1 } } };
      expect(await keys.begin(scope, 'k1', 'f1')).toEqual(replay);
      expect(await keys.begin(scope, 'k1', 'f2')).toEqual({ state: 'mismatch' });
      expect(await keys.begin(newScope(), 'k1', 'f1')).toEqual({ state: 'new' });
    });

    it('replays a response without a body', async () => {
      const scope = newScope();
      expect(await subject.store.begin(scope, 'k', 'f')).toEqual({ state: 'new' });
      await subject.store.complete(scope, 'k', 204, undefined);
      expect(await subject.store.begin(scope, 'k', 'f')).toMatchObject({ state: 'completed', status: 204 });
    });

    it('releases a failed request so that the client may retry, but never a completed one', async () => {
      const keys = subject.store;
      const scope = newScope();
      expect(await keys.begin(scope, 'k', 'f')).toEqual({ state: 'new' });
      await keys.release(scope, 'k');
      expect(await keys.begin(scope, 'k', 'f')).toEqual({ state: 'new' });
      await keys.complete(scope, 'k', 200, { ok: true });
      await keys.release(scope, 'k');
      expect(await keys.begin(scope, 'k', 'f')).toMatchObject({ state: 'completed', status: 200 });
    });

    it('erases the stored responses about a subject: blanked, and answered erased whatever the body', async () => {
      const keys = subject.store;
      const scope = newScope();
      const member = `m-${Math.random().toString(36).slice(2)}`;
      const other = `m-${Math.random().toString(36).slice(2)}`;
      for (const [key, about] of [
        ['a', member],
        ['b', member],
        ['c', other],
        ['d', undefined],
      ] as const) {
        expect(await keys.begin(scope, key, 'f')).toEqual({ state: 'new' });
        await keys.complete(scope, key, 201, { id: about ?? 'x', phone: '139****5678' }, about);
      }
      expect(await keys.eraseSubject(member)).toBe(2);
      expect(await keys.begin(scope, 'a', 'f')).toEqual({ state: 'erased' });
      expect(await keys.begin(scope, 'b', 'another body')).toEqual({ state: 'erased' });
      expect(await keys.begin(scope, 'c', 'f')).toMatchObject({ state: 'completed', body: { id: other } });
      expect(await keys.begin(scope, 'd', 'f')).toMatchObject({ state: 'completed', body: { id: 'x' } });
      expect(await keys.eraseSubject(member)).toBe(0);
      // an erased record stays erased: neither released nor completed again
      await keys.release(scope, 'a');
      await keys.complete(scope, 'a', 201, { id: member, phone: '139****5678' }, member);
      expect(await keys.begin(scope, 'a', 'f')).toEqual({ state: 'erased' });
    });

    it('lets exactly one of concurrent requests claim a key', async () => {
      const scope = newScope();
      const results = await Promise.all(Array.from({ length: 8 }, () => subject.store.begin(scope, 'k', 'f')));
      expect(results.filter((r) => r.state === 'new')).toHaveLength(1);
      expect(results.filter((r) => r.state === 'in_progress')).toHaveLength(7);
    });

    it('lets exactly one of concurrent requests take over a stale claim', async () => {
      const { quick } = subject;
      const scope = newScope();
      expect(await quick.begin(scope, 'k', 'f')).toEqual({ state: 'new' });
      expect(await quick.begin(scope, 'k', 'f')).toEqual({ state: 'in_progress' });
      await sleep(300);
      const results = await Promise.all(Array.from({ length: 8 }, () => quick.begin(scope, 'k', 'f')));
      expect(results.filter((r) => r.state === 'new')).toHaveLength(1);
      expect(await quick.begin(scope, 'k', 'f')).toEqual({ state: 'in_progress' });
      await quick.complete(scope, 'k', 201, { id: 'x' });
      expect(await quick.begin(scope, 'k', 'f')).toEqual({ state: 'completed', status: 201, body: { id: 'x' } });
    });

    it('never takes over a claim that is not stale yet', async () => {
      const scope = newScope();
      expect(await subject.store.begin(scope, 'k', 'f')).toEqual({ state: 'new' });
      await sleep(300);
      expect(await subject.store.begin(scope, 'k', 'f')).toEqual({ state: 'in_progress' });
    });
  });
}
