import { MongoDocumentStore } from '@gongjian/read-models';
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
});
