import { MongoDocumentStore } from '@gongjian/read-models/mongodb.document-store';
import { checkpointStoreContract } from './checkpoint-store.contract';
import { MongoCheckpointStore } from './mongodb.checkpoint-store';

const url = process.env.MONGODB_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('MONGODB_URL not set: MongoCheckpointStore suite skipped (deploy/ci/ferretdb.sh start)\n');

const connect = async () => {
  const documents = await MongoDocumentStore.connect(url!);
  const store = new MongoCheckpointStore(documents.collectionHandle(MongoCheckpointStore.collectionName));
  return { store, close: () => documents.close() };
};

(url ? describe : describe.skip)('MongoCheckpointStore (MONGODB_URL)', () => {
  checkpointStoreContract(`mongodb ${url}`, async () => ({ ...(await connect()), reopen: connect }));

  it('reads a checkpoint saved before event ids were recorded', async () => {
    const documents = await MongoDocumentStore.connect(url!);
    try {
      const handle = documents.collectionHandle<{ _id: string; position: number }>(MongoCheckpointStore.collectionName);
      const name = `old-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      await handle.insertOne({ _id: name, position: 12 });
      const store = new MongoCheckpointStore(handle as never);
      expect(await store.read(name)).toEqual({ position: 12 });
      await store.save(name, 13, 'event-13');
      expect(await store.read(name)).toEqual({ position: 13, eventId: 'event-13' });
    } finally {
      await documents.close();
    }
  });
});
