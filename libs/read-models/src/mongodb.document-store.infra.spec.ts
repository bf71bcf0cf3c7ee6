import { MongoClient } from 'mongodb';
import { documentStoreContract } from './document-store.contract';
import type { ReadModelDocument } from './document-store.port';
import { MongoDocumentStore } from './mongodb.document-store';

const url = process.env.MONGODB_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('MONGODB_URL not set: MongoDB document-store suites skipped (deploy/ci/ferretdb.sh start)\n');

interface Counter extends ReadModelDocument {
  n: number;
}

(url ? describe : describe.skip)('MongoDocumentStore (MONGODB_URL)', () => {
  documentStoreContract(`mongodb ${url}`, () => MongoDocumentStore.connect(url!));

  it('makes conditional writes by _id alone on FerretDB (its only pushed-down filter), by filter on MongoDB', async () => {
    const store = await MongoDocumentStore.connect(url!);
    const client = await MongoClient.connect(url!);
    const ferretdb = 'ferretdbVersion' in (await client.db('admin').command({ buildInfo: 1 }));
    await client.close();
    expect(store.conditionalWrites).toBe(ferretdb ? 'by-id' : 'filter');
    await store.close();
  });

  describe.each(['filter', 'by-id'] as const)('adapter specifics, conditional writes by %s', (writes) => {
    let store: MongoDocumentStore;
    let ferretdb: boolean;
    const unique = (prefix: string) => `${prefix}.${Date.now()}_${Math.random().toString(36).slice(2)}`;
    beforeAll(async () => {
      store = await MongoDocumentStore.connect(url!, { conditionalWrites: writes });
      const client = await MongoClient.connect(url!);
      ferretdb = 'ferretdbVersion' in (await client.db('admin').command({ buildInfo: 1 }));
      await client.close();
    });
    afterAll(() => store.close());

    it('returns plain objects shaped as written (no mongoose artefacts), in a dotted collection', async () => {
      const c = store.collection<ReadModelDocument>(unique('matching.needs'));
      const doc = { _id: 'a', version: 2, nested: { list: [1, 'two', { three: 3 }] }, gone: undefined };
      await c.putIfNewer(doc);
      const read = (await c.get('a'))!;
      expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
      expect(read).toStrictEqual({ _id: 'a', version: 2, nested: { list: [1, 'two', { three: 3 }] } });
      expect(await c.find({})).toStrictEqual([read]);
    });

    it('treats a redelivered or out-of-order write as a no-op', async () => {
      const c = store.collection<Counter>(unique('redelivery'));
      expect(await c.putIfNewer({ _id: 'x', version: 5, n: 5 })).toBe(true);
      expect(await c.putIfNewer({ _id: 'x', version: 5, n: -1 })).toBe(false);
      expect(await c.putIfNewer({ _id: 'x', version: 2, n: -2 })).toBe(false);
      expect(await c.putManyIfNewer([{ _id: 'x', version: 4, n: -4 }])).toBe(0);
      expect(await c.get('x')).toEqual({ _id: 'x', version: 5, n: 5 });
    });

    it('ends at version 20 when revisions 1..20 of one document are written concurrently in random order', async () => {
      for (let round = 0; round < 5; round++) {
        const c = store.collection<Counter>(unique('concurrent'));
        const revisions = Array.from({ length: 20 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
        const written = await Promise.all(revisions.map((v) => c.putIfNewer({ _id: 'x', version: v, n: v })));
        expect(written.filter(Boolean).length).toBeGreaterThanOrEqual(1);
        expect(await c.get('x')).toEqual({ _id: 'x', version: 20, n: 20 });
      }
    });

    it('writes a batch with stale, fresh and newer documents mixed, counting what it wrote', async () => {
      const c = store.collection<Counter>(unique('batch'));
      await c.putManyIfNewer([
        { _id: 'a', version: 3, n: 3 },
        { _id: 'b', version: 3, n: 3 },
      ]);
      const written = await c.putManyIfNewer([
        { _id: 'a', version: 4, n: 4 },
        { _id: 'b', version: 1, n: 1 },
        { _id: 'c', version: 0, n: 0 },
        { _id: 'd', version: 0, n: 0 },
      ]);
      // by filter, FerretDB v1 stops the bulk at b and reports nothing: a@4, written before it
      // stopped, is not counted; by id, each document is written and counted on its own
      expect(written).toBe(ferretdb && writes === 'filter' ? 2 : 3);
      const docs = await c.find({}, { sort: { _id: 1 } });
      expect(docs.map((d) => [d._id, d.version])).toEqual([
        ['a', 4],
        ['b', 3],
        ['c', 0],
        ['d', 0],
      ]);
    });

    it('rejects a batch that violates a unique index and keeps the stale-write rule for the rest', async () => {
      const c = store.collection<Counter>(unique('batch_unique'));
      await c.ensureIndexes([{ fields: { n: 1 }, unique: true }]);
      await c.putIfNewer({ _id: 'a', version: 1, n: 1 });
      await expect(
        c.putManyIfNewer([
          { _id: 'a', version: 0, n: 0 },
          { _id: 'b', version: 0, n: 1 },
        ]),
      ).rejects.toThrow(/E11000/);
      expect(await c.get('a')).toEqual({ _id: 'a', version: 1, n: 1 });
      expect(await c.get('b')).toBeNull();
    });

    it('writes different documents concurrently', async () => {
      const c = store.collection<Counter>(unique('parallel'));
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => c.putIfNewer({ _id: `d${i}`, version: 0, n: i })),
      );
      expect(results.every(Boolean)).toBe(true);
      expect(await c.count()).toBe(50);
    });
  });
});
