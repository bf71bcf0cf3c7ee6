import { MongoDocumentStore } from '@gongjian/read-models';
import { MongoIdempotencyStore } from './mongodb.idempotency-store';

const url = process.env.MONGODB_URL;
(url ? describe : describe.skip)('MongoIdempotencyStore (MONGODB_URL)', () => {
  let store: MongoDocumentStore;
  beforeAll(async () => {
    store = await MongoDocumentStore.connect(url!);
  });
  afterAll(() => store.close());

  it('claims a key once, replays the stored response, refuses another body, releases on failure', async () => {
    const keys = new MongoIdempotencyStore(store.collectionHandle('_idempotency'));
    const scope = `root POST /api/v1/needs ${Date.now()}`;
    expect(await keys.begin(scope, 'k1', 'f1')).toEqual({ state: 'new' });
    expect(await keys.begin(scope, 'k1', 'f1')).toEqual({ state: 'in_progress' });
    await keys.complete(scope, 'k1', 201, { id: 'n1', $weird: { 'a.b': 1 } });
    expect(await keys.begin(scope, 'k1', 'f1')).toEqual({
      state: 'completed',
      status: 201,
      body: { id: 'n1', $weird: { 'a.b': 1 } },
    });
    expect(await keys.begin(scope, 'k1', 'f2')).toEqual({ state: 'mismatch' });
    expect(await keys.begin(scope, 'k2', 'f1')).toEqual({ state: 'new' });
    await keys.release(scope, 'k2');
    expect(await keys.begin(scope, 'k2', 'f1')).toEqual({ state: 'new' });
    const results = await Promise.all([1, 2, 3, 4].map(() => keys.begin(scope, 'k3', 'f1')));
    expect(results.filter((r) => r.state === 'new')).toHaveLength(1);
  });
});
