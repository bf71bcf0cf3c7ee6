import { MongoDocumentStore } from '@gongjian/read-models';
import { MongoCheckpointStore } from './mongodb.checkpoint-store';

const url = process.env.MONGODB_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('MONGODB_URL not set: MongoCheckpointStore suite skipped (deploy/ci/ferretdb.sh start)\n');

(url ? describe : describe.skip)('MongoCheckpointStore (MONGODB_URL)', () => {
  let store: MongoDocumentStore;
  let checkpoints: MongoCheckpointStore;
  const name = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  beforeAll(async () => {
    store = await MongoDocumentStore.connect(url!);
    checkpoints = new MongoCheckpointStore(store.collectionHandle(MongoCheckpointStore.collectionName));
  });
  afterAll(() => store.close());

  it('loads 0 for a new name, saves, and never moves a checkpoint back', async () => {
    const relay = name('relay');
    expect(await checkpoints.load(relay)).toBe(0);
    await checkpoints.save(relay, 42);
    await checkpoints.save(relay, 17);
    await checkpoints.save(relay, 42);
    expect(await checkpoints.load(relay)).toBe(42);
    await checkpoints.save(relay, 43);
    expect(await checkpoints.load(relay)).toBe(43);
  });

  it('keeps names apart and survives a new connection', async () => {
    const a = name('a');
    const b = name('b');
    await checkpoints.save(a, 5);
    await checkpoints.save(b, 9);
    const other = await MongoDocumentStore.connect(url!);
    try {
      const reopened = new MongoCheckpointStore(other.collectionHandle(MongoCheckpointStore.collectionName));
      expect([await reopened.load(a), await reopened.load(b)]).toEqual([5, 9]);
    } finally {
      await other.close();
    }
  });
});
