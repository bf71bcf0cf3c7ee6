import { MongoDocumentStore } from '@gongjian/read-models';
import { MongoCheckpointStore } from './mongodb.checkpoint-store';

const url = process.env.MONGODB_URL;
(url ? describe : describe.skip)('MongoCheckpointStore (MONGODB_URL)', () => {
  let store: MongoDocumentStore;
  beforeAll(async () => {
    store = await MongoDocumentStore.connect(url!);
  });
  afterAll(() => store.close());

  it('loads 0 for a new name, saves, and never moves a checkpoint back', async () => {
    const checkpoints = new MongoCheckpointStore(store.collectionHandle('_checkpoints'));
    const name = `relay-${Date.now()}`;
    expect(await checkpoints.load(name)).toBe(0);
    await checkpoints.save(name, 42);
    await checkpoints.save(name, 17);
    expect(await checkpoints.load(name)).toBe(42);
    await checkpoints.save(name, 43);
    expect(await checkpoints.load(name)).toBe(43);
  });
});
