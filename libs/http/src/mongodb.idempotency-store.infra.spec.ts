import { MongoDocumentStore } from '@gongjian/read-models';
import { MongoIdempotencyStore } from './mongodb.idempotency-store';

const url = process.env.MONGODB_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('MONGODB_URL not set: MongoIdempotencyStore suite skipped (deploy/ci/ferretdb.sh start)\n');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

(url ? describe : describe.skip)('MongoIdempotencyStore (MONGODB_URL)', () => {
  let store: MongoDocumentStore;
  let keys: MongoIdempotencyStore;
  const newScope = () => `root POST /api/v1/needs ${Date.now()} ${Math.random().toString(36).slice(2)}`;
  beforeAll(async () => {
    store = await MongoDocumentStore.connect(url!);
    keys = new MongoIdempotencyStore(store.collectionHandle(MongoIdempotencyStore.collectionName));
  });
  afterAll(() => store.close());

  it('claims a key once, replays the stored response and refuses another body', async () => {
    const scope = newScope();
    expect(await keys.begin(scope, 'k1', 'f1')).toEqual({ state: 'new' });
    expect(await keys.begin(scope, 'k1', 'f1')).toEqual({ state: 'in_progress' });
    await keys.complete(scope, 'k1', 201, { id: 'n1', $weird: { 'a.b': 1 } });
    const replay = { state: 'completed', status: 201, body: { id: 'n1', $weird: { 'a.b': 1 } } };
    expect(await keys.begin(scope, 'k1', 'f1')).toEqual(replay);
    expect(await keys.begin(scope, 'k1', 'f2')).toEqual({ state: 'mismatch' });
    expect(await keys.begin(newScope(), 'k1', 'f1')).toEqual({ state: 'new' });
  });

  it('releases a failed request so that the client may retry, but never a completed one', async () => {
    const scope = newScope();
    expect(await keys.begin(scope, 'k', 'f')).toEqual({ state: 'new' });
    await keys.release(scope, 'k');
    expect(await keys.begin(scope, 'k', 'f')).toEqual({ state: 'new' });
    await keys.complete(scope, 'k', 200, { ok: true });
    await keys.release(scope, 'k');
    expect(await keys.begin(scope, 'k', 'f')).toMatchObject({ state: 'completed', status: 200 });
  });

  it('lets exactly one of concurrent requests claim a key', async () => {
    const scope = newScope();
    const results = await Promise.all(Array.from({ length: 8 }, () => keys.begin(scope, 'k', 'f')));
    expect(results.filter((r) => r.state === 'new')).toHaveLength(1);
    expect(results.filter((r) => r.state === 'in_progress')).toHaveLength(7);
  });

  it('lets exactly one of concurrent requests take over a stale claim', async () => {
    const quick = new MongoIdempotencyStore(store.collectionHandle(MongoIdempotencyStore.collectionName), {
      staleClaimMillis: 200,
    });
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
});
