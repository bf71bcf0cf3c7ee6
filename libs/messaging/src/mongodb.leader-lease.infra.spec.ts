import { MongoDocumentStore } from '@gongjian/read-models/mongodb.document-store';
import { leaderLeaseContract } from './leader-lease.contract';
import { MongoLeaderLease } from './mongodb.leader-lease';

const url = process.env.MONGODB_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url) process.stderr.write('MONGODB_URL not set: MongoLeaderLease suite skipped (deploy/ci/ferretdb.sh start)\n');

const connect = async () => {
  const documents = await MongoDocumentStore.connect(url!);
  const lease = new MongoLeaderLease(documents.collectionHandle(MongoLeaderLease.collectionName));
  return { lease, close: () => documents.close() };
};

(url ? describe : describe.skip)('MongoLeaderLease (MONGODB_URL)', () => {
  leaderLeaseContract(`mongodb ${url}`, async () => ({ ...(await connect()), other: connect }));
});
