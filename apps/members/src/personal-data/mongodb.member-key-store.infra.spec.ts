import { MongoDocumentStore } from '@gongjian/read-models/mongodb.document-store';
import { MongoMemberKeyStore } from './key-store';
import { memberKeyStoreContract } from './member-key-store.contract';

const url = process.env.MONGODB_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('MONGODB_URL not set: MongoMemberKeyStore suite skipped (deploy/ci/ferretdb.sh start)\n');

(url ? describe : describe.skip)('MongoMemberKeyStore (MONGODB_URL)', () => {
  memberKeyStoreContract(`mongodb ${url}`, async () => {
    const connections: MongoDocumentStore[] = [];
    const connect = async () => {
      const documents = await MongoDocumentStore.connect(url!);
      connections.push(documents);
      return new MongoMemberKeyStore(documents.collectionHandle(MongoMemberKeyStore.collectionName));
    };
    return {
      store: await connect(),
      reopen: connect,
      close: async () => void (await Promise.all(connections.map((documents) => documents.close()))),
    };
  });
});
