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
      expect(await keys.begin(scope, 'k1', 'f1')).toMatchObject({ state: 'new' });
      expect(await keys.begin(scope, 'k1', 'f1')).toEqual({ state: 'in_progress' });
      await keys.complete(scope, 'k1', 201, { id: 'n1', $weird: { 'a.b': 1 } });
      const replay = { state: 'completed', status: 201, body: { id: 'n1', $weird: { 'a.b': 1 } } };
      expect(await keys.begin(scope, 'k1', 'f1')).toEqual(replay);
      expect(await keys.begin(scope, 'k1', 'f2')).toEqual({ state: 'mismatch' });
      expect(await keys.begin(newScope(), 'k1', 'f1')).toMatchObject({ state: 'new' });
    });

    it('replays a response without a body', async () => {
      const scope = newScope();
      expect(await subject.store.begin(scope, 'k', 'f')).toMatchObject({ state: 'new' });
      await subject.store.complete(scope, 'k', 204, undefined);
      expect(await subject.store.begin(scope, 'k', 'f')).toMatchObject({ state: 'completed', status: 204 });
    });

    it('forgets a request that had no effect, so that the key is free for any body', async () => {
      const keys = subject.store;
      const scope = newScope();
      expect(await keys.begin(scope, 'k', 'f')).toMatchObject({ state: 'new', resumed: false });
      await keys.release(scope, 'k', { forget: true });
      expect(await keys.begin(scope, 'k', 'another body')).toMatchObject({ state: 'new', resumed: false });
    });

    it('releases a failed request for a retry that resumes it with the first claim time, never a completed one', async () => {
      const keys = subject.store;
      const scope = newScope();
      const first = await keys.begin(scope, 'k', 'f');
      expect(first).toMatchObject({ state: 'new', resumed: false });
      const firstClaimedAt = first.state === 'new' ? first.firstClaimedAt : NaN;
      expect(Math.abs(firstClaimedAt - Date.now())).toBeLessThan(60_000);
      await sleep(5);
      await keys.release(scope, 'k');
      // the failed attempt may have appended: the same body resumes it, another body is refused
      expect(await keys.begin(scope, 'k', 'another body')).toEqual({ state: 'mismatch' });
      expect(await keys.begin(scope, 'k', 'f')).toEqual({ state: 'new', firstClaimedAt, resumed: true });
      expect(await keys.begin(scope, 'k', 'f')).toEqual({ state: 'in_progress' });
      await keys.release(scope, 'k');
      expect(await keys.begin(scope, 'k', 'f')).toEqual({ state: 'new', firstClaimedAt, resumed: true });
      await keys.complete(scope, 'k', 200, { ok: true });
      await keys.release(scope, 'k');
      await keys.release(scope, 'k', { forget: true });
      expect(await keys.begin(scope, 'k', 'f')).toMatchObject({ state: 'completed', status: 200 });
    });

    it('lets exactly one of concurrent retries resume a released request', async () => {
      const scope = newScope();
      expect(await subject.store.begin(scope, 'k', 'f')).toMatchObject({ state: 'new' });
      await subject.store.release(scope, 'k');
      const results = await Promise.all(Array.from({ length: 8 }, () => subject.store.begin(scope, 'k', 'f')));
      expect(results.filter((r) => r.state === 'new')).toHaveLength(1);
      expect(results.filter((r) => r.state === 'in_progress')).toHaveLength(7);
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
        expect(await keys.begin(scope, key, 'f')).toMatchObject({ state: 'new' });
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
      const first = await quick.begin(scope, 'k', 'f');
      expect(first).toMatchObject({ state: 'new' });
      expect(await quick.begin(scope, 'k', 'f')).toEqual({ state: 'in_progress' });
      await sleep(300);
      const results = await Promise.all(Array.from({ length: 8 }, () => quick.begin(scope, 'k', 'f')));
      const taken = results.filter((r) => r.state === 'new');
      expect(taken).toHaveLength(1);
      // the take-over resumes the abandoned request: same first-claim time, so the same ids
      expect(taken[0]).toMatchObject({ resumed: true, firstClaimedAt: first.state === 'new' && first.firstClaimedAt });
      expect(await quick.begin(scope, 'k', 'f')).toEqual({ state: 'in_progress' });
      await quick.complete(scope, 'k', 201, { id: 'x' });
      expect(await quick.begin(scope, 'k', 'f')).toEqual({ state: 'completed', status: 201, body: { id: 'x' } });
    });

    it('never takes over a claim that is not stale yet', async () => {
      const scope = newScope();
      expect(await subject.store.begin(scope, 'k', 'f')).toMatchObject({ state: 'new' });
      await sleep(300);
      expect(await subject.store.begin(scope, 'k', 'f')).toEqual({ state: 'in_progress' });
    });
  });
}
