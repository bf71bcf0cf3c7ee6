/**
 * Conditional read-model writes on the MongoDB-wire server at MONGODB_URL (issue 24 item 6):
 * putIfNewer by filter (`{_id, version: {$lt}}`) beside by id (read `{_id}`, then replace by
 * `{_id}`), each into a collection of BENCH_READ_STORE_DOCS documents (default 3,000) shaped like
 * the audit index's. Prints JSON (milliseconds per write, medians of BENCH_READ_STORE_WRITES
 * writes); run alone with `node dist/bench/read-store.bench.js`, or within `npm run bench`.
 */
import { type ReadModelDocument } from '@gongjian/read-models';
import { MongoDocumentStore, type ConditionalWrites } from '@gongjian/read-models/mongodb.document-store';
import { median } from './measure';

const DOCS = Number(process.env.BENCH_READ_STORE_DOCS ?? 3000);
const WRITES = Number(process.env.BENCH_READ_STORE_WRITES ?? 200);

interface AuditLike extends ReadModelDocument {
  type: string;
  streamId: string;
  actor: { accountId: string; role: string; orgId: string };
  data: Record<string, unknown>;
}

const doc = (i: number, version: number): AuditLike => ({
  _id: `matching.need-${i.toString().padStart(6, '0')}`,
  version,
  type: 'matching.NeedPosted',
  streamId: `matching.need-${i}`,
  actor: { accountId: `account-${i % 40}`, role: 'community_admin', orgId: `community-${i % 50}` },
  data: {
    title: `需求 ${i}：独居老人助餐`,
    description: '每周三次送餐上门，需要志愿者协助',
    tags: ['助餐', '独居老人'],
  },
});

async function measure(url: string, writes: ConditionalWrites) {
  const store = await MongoDocumentStore.connect(url, { conditionalWrites: writes });
  const name = `bench_conditional_${writes.replace('-', '_')}_${Date.now()}`;
  const collection = store.collection<AuditLike>(name);
  try {
    for (let i = 0; i < DOCS; i += 500)
      await collection.putManyIfNewer(Array.from({ length: Math.min(500, DOCS - i) }, (_, k) => doc(i + k, 0)));
    const millis: number[] = [];
    for (let n = 0; n < WRITES; n++) {
      const i = (n * 7919) % DOCS; // spread over the collection
      const started = performance.now();
      // a new revision (written), then the same again (a redelivery: refused)
      if (!(await collection.putIfNewer(doc(i, n + 1)))) throw new Error('a newer revision was not written');
      if (await collection.putIfNewer(doc(i, n + 1))) throw new Error('a redelivery was written');
      millis.push((performance.now() - started) / 2);
    }
    return { medianMillisPerWrite: Number(median(millis).toFixed(2)), writes: WRITES * 2 };
  } finally {
    await store.collectionHandle(name).drop();
    await store.close();
  }
}

export async function readStoreBenchmarks(url: string | undefined) {
  if (!url) return { skipped: 'MONGODB_URL not set (deploy/ci/ferretdb.sh start)' };
  const byFilter = await measure(url, 'filter');
  const byId = await measure(url, 'by-id');
  return {
    what: 'putIfNewer, a new revision and its redelivery, into a collection of audit-like documents',
    server: url.replace(/\/\/[^@/]*@/, '//'),
    documents: DOCS,
    filter: { condition: '{_id, version: {$lt: v}} upsert', ...byFilter },
    byId: { condition: 'findOne {_id}, then insertOne or replaceOne {_id}', ...byId },
    ratio: Number((byFilter.medianMillisPerWrite / byId.medianMillisPerWrite).toFixed(1)),
  };
}

if (require.main === module) {
  readStoreBenchmarks(process.env.MONGODB_URL).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
