import { MongoDocumentStore } from '@gongjian/read-models/mongodb.document-store';
import { credentialStoreContract } from './credential-store.contract';
import { MongoCredentialStore } from './mongodb.credential-store';

const url = process.env.MONGODB_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('MONGODB_URL not set: MongoCredentialStore suite skipped (deploy/ci/ferretdb.sh start)\n');

const connect = async () => {
  const documents = await MongoDocumentStore.connect(url!);
  const store = new MongoCredentialStore(documents.collectionHandle(MongoCredentialStore.collectionName));
  return { store, close: () => documents.close() };
};

(url ? describe : describe.skip)('MongoCredentialStore (MONGODB_URL)', () => {
  credentialStoreContract(`mongodb ${url}`, async () => ({ ...(await connect()), reopen: connect }));
});
