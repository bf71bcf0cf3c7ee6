import { MongoDocumentStore } from '@gongjian/read-models/mongodb.document-store';
import { idempotencyStoreContract } from './idempotency-store.contract';
import { MongoIdempotencyStore } from './mongodb.idempotency-store';

const url = process.env.MONGODB_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('MONGODB_URL not set: MongoIdempotencyStore suite skipped (deploy/ci/ferretdb.sh start)\n');

(url ? describe : describe.skip)('MongoIdempotencyStore (MONGODB_URL)', () => {
  idempotencyStoreContract(`mongodb ${url}`, async () => {
    const documents = await MongoDocumentStore.connect(url!);
    const { collectionName } = MongoIdempotencyStore;
    return {
      store: new MongoIdempotencyStore(documents.collectionHandle(collectionName)),
      quick: new MongoIdempotencyStore(documents.collectionHandle(collectionName), { staleClaimMillis: 200 }),
      close: () => documents.close(),
    };
  });
});
