import { v7 as uuidv7 } from 'uuid';
import type { DocumentStore, ReadModelDocument } from './document-store.port';

interface NeedDoc extends ReadModelDocument {
  communityId: string;
  status: string;
  category: string;
  tags: string[];
  quantity: { amount: number; unit: string };
  title: string;
}

/**
 * The contract every DocumentStore adapter passes (memory.document-store.spec.ts,
 * mongodb.document-store.infra.spec.ts). Collection names are unique per run so the suite can
 * run against a server that holds other data.
 */
export function documentStoreContract(name: string, open: () => Promise<DocumentStore>) {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    const collectionName = () => `contract_${uuidv7().replace(/-/g, '')}`;
    const need = (id: string, version: number, fields: Partial<NeedDoc> = {}): NeedDoc => ({
      _id: id,
      version,
      communityId: 'c1',
      status: 'open',
      category: 'elderly_care',
      tags: ['陪诊'],
      quantity: { amount: 10, unit: 'person_hours' },
      title: '助老陪诊',
      ...fields,
    });

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it('writes, reads back and returns null for a missing id', async () => {
      const c = store.collection<NeedDoc>(collectionName());
      expect(await c.putIfNewer(need('a', 0))).toBe(true);
      expect(await c.get('a')).toEqual(need('a', 0));
      expect(await c.get('missing')).toBeNull();
    });

    it('writes only when the document reflects a newer revision (redelivery is a no-op)', async () => {
      const c = store.collection<NeedDoc>(collectionName());
      await c.putIfNewer(need('a', 3, { status: 'matched' }));
      expect(await c.putIfNewer(need('a', 3, { status: 'open' }))).toBe(false);
      expect(await c.putIfNewer(need('a', 1, { status: 'open' }))).toBe(false);
      expect((await c.get('a'))?.status).toBe('matched');
      expect(await c.putIfNewer(need('a', 4, { status: 'fulfilled' }))).toBe(true);
      expect(await c.get('a')).toMatchObject({ version: 4, status: 'fulfilled' });
    });

    it('finds with MongoDB filter semantics, sorts, skips and limits', async () => {
      const c = store.collection<NeedDoc>(collectionName());
      await c.putManyIfNewer([
        need('n1', 0, { communityId: 'c1', tags: ['陪诊', '助餐'], quantity: { amount: 5, unit: 'person_hours' } }),
        need('n2', 0, { communityId: 'c2', status: 'cancelled' }),
        need('n3', 1, { communityId: 'c1', category: 'education', quantity: { amount: 50, unit: 'yuan' } }),
        need('n4', 0, { communityId: 'c3', title: '法律咨询' }),
      ]);
      const ids = (docs: NeedDoc[]) => docs.map((d) => d._id);
      expect(ids(await c.find({ communityId: 'c1' }, { sort: { _id: 1 } }))).toEqual(['n1', 'n3']);
      expect(ids(await c.find({ tags: '助餐' }))).toEqual(['n1']);
      expect(ids(await c.find({ communityId: { $in: ['c2', 'c3'] } }, { sort: { _id: -1 } }))).toEqual(['n4', 'n2']);
      expect(ids(await c.find({ 'quantity.amount': { $gte: 10 } }, { sort: { _id: 1 } }))).toEqual(['n2', 'n3', 'n4']);
      expect(ids(await c.find({ status: { $ne: 'cancelled' }, _id: { $lt: 'n4' } }, { sort: { _id: 1 } }))).toEqual([
        'n1',
        'n3',
      ]);
      expect(ids(await c.find({ title: { $regex: '法律' } }))).toEqual(['n4']);
      expect(ids(await c.find({}, { sort: { _id: 1 }, skip: 1, limit: 2 }))).toEqual(['n2', 'n3']);
      expect(await c.count({ communityId: 'c1' })).toBe(2);
      expect(await c.count()).toBe(4);
      // equalities and $in beside other conditions, inside $and, on arrays, by _id, on absent fields
      expect(ids(await c.find({ tags: { $in: ['助餐', '法律'] } }))).toEqual(['n1']);
      expect(ids(await c.find({ $and: [{ communityId: { $in: ['c1', 'c3'] } }, { _id: { $lt: 'n4' } }] }))).toEqual([
        'n1',
        'n3',
      ]);
      expect(ids(await c.find({ $and: [{ communityId: 'c1' }, { category: 'education' }] }))).toEqual(['n3']);
      expect(ids(await c.find({ _id: 'n3', status: 'open' }))).toEqual(['n3']);
      expect(ids(await c.find({ _id: 'n2', status: 'open' }))).toEqual([]);
      expect(ids(await c.find({ _id: 'missing' }))).toEqual([]);
      expect(ids(await c.find({ gridId: 'g1' }))).toEqual([]);
      expect(ids(await c.find({ communityId: { $in: [] } }))).toEqual([]);
      expect(await c.count({ communityId: { $in: ['c1', 'c2'] }, status: 'open' })).toBe(2);
    });

    it('answers the same with indexes on the fields it filters on, declared before or after the writes', async () => {
      const c = store.collection<NeedDoc>(collectionName());
      const events = (n: number, fields: Partial<NeedDoc> & Record<string, unknown>) => need(`e${n}`, 0, fields);
      await c.putManyIfNewer([
        events(1, {
          communityId: 'c1',
          tags: ['陪诊', '助餐'],
          occurredAt: '2026-01-01T00:00:00Z',
          actor: { id: 'a' },
        }),
        events(2, { communityId: 'c2', tags: [], occurredAt: '2026-02-01T00:00:00Z', actor: { id: 'b' } }),
        events(3, { communityId: 'c1', tags: ['法律'], occurredAt: '2026-03-01T00:00:00Z', actor: { id: 'a' } }),
      ]);
      await c.ensureIndexes([
        { fields: { communityId: 1 } },
        { fields: { tags: 1 } },
        { fields: { occurredAt: 1 } },
        { fields: { 'actor.id': 1 } },
      ]);
      await c.putManyIfNewer([
        events(4, { communityId: 'c3', tags: ['陪诊'], occurredAt: '2026-04-01T00:00:00Z', actor: { id: 'b' } }),
        events(5, {
          communityId: 'c3',
          tags: 'solo' as unknown as string[],
          occurredAt: '二〇二六',
          actor: [{ id: 'c' }],
        }),
      ]);
      // an indexed value that changes is found by its new value only
      await c.putIfNewer(
        events(2, { version: 1, communityId: 'c9', tags: ['助餐'], occurredAt: '2026-02-01T00:00:00Z' }),
      );
      const ids = (docs: NeedDoc[]) => docs.map((d) => d._id);
      expect(ids(await c.find({ communityId: 'c1' }, { sort: { _id: -1 } }))).toEqual(['e3', 'e1']);
      expect(ids(await c.find({ communityId: 'c2' }))).toEqual([]);
      expect(ids(await c.find({ communityId: 'c9' }))).toEqual(['e2']);
      expect(ids(await c.find({ tags: '助餐' }, { sort: { _id: 1 } }))).toEqual(['e1', 'e2']);
      expect(ids(await c.find({ tags: { $in: ['陪诊', 'solo'] } }, { sort: { _id: 1 } }))).toEqual(['e1', 'e4', 'e5']);
      expect(ids(await c.find({ 'actor.id': 'c' }))).toEqual(['e5']);
      expect(ids(await c.find({ 'actor.id': 'b', communityId: 'c3' }))).toEqual(['e4']);
      const range = { occurredAt: { $gte: '2026-02-01', $lte: '2026-03-31' } };
      expect(ids(await c.find(range, { sort: { _id: 1 } }))).toEqual(['e2', 'e3']);
      expect(await c.count(range)).toBe(2);
      // a bound that is not ASCII: the same order as JavaScript's
      expect(ids(await c.find({ occurredAt: { $gt: '\uffff' } }))).toEqual([]);
      expect(ids(await c.find({ occurredAt: { $gt: '二' } }))).toEqual(['e5']);
      // a page newest first after a cursor, with an indexed filter, and its total
      const page = { $and: [{ communityId: { $in: ['c1', 'c3'] } }, { _id: { $lt: 'e5' } }] };
      expect(ids(await c.find(page, { sort: { _id: -1 }, limit: 2 }))).toEqual(['e4', 'e3']);
      expect(await c.count(page)).toBe(3);
      expect(await c.count({ communityId: { $in: ['c1', 'c3'] }, tags: { $ne: '法律' } })).toBe(3);
      expect(
        ids(await c.find({ communityId: { $in: ['c1', 'c3'] } }, { sort: { occurredAt: -1 }, skip: 1, limit: 2 })),
      ).toEqual(['e4', 'e3']);
    });

    it('returns copies: changing a returned document does not change the store', async () => {
      const c = store.collection<NeedDoc>(collectionName());
      await c.putIfNewer(need('a', 0));
      const doc = (await c.get('a'))!;
      doc.tags.push('changed');
      doc.status = 'changed';
      expect(await c.get('a')).toEqual(need('a', 0));
    });

    it('writes many documents with the same revision condition', async () => {
      const c = store.collection<NeedDoc>(collectionName());
      await c.putIfNewer(need('a', 5));
      const written = await c.putManyIfNewer([need('a', 2), need('b', 0), need('c', 0)]);
      expect(written).toBe(2);
      expect((await c.get('a'))?.version).toBe(5);
      expect(await c.count()).toBe(3);
    });

    it('enforces unique indexes', async () => {
      const c = store.collection<NeedDoc>(collectionName());
      await c.ensureIndexes([{ fields: { title: 1 }, unique: true }, { fields: { communityId: 1, status: 1 } }]);
      await c.putIfNewer(need('a', 0, { title: 'same' }));
      await expect(c.putIfNewer(need('b', 0, { title: 'same' }))).rejects.toThrow();
      expect(await c.count()).toBe(1);
    });

    it('deletes all documents of a collection and keeps others', async () => {
      const c = store.collection<NeedDoc>(collectionName());
      const other = store.collection<NeedDoc>(collectionName());
      await c.putManyIfNewer([need('a', 0), need('b', 0)]);
      await other.putIfNewer(need('x', 0));
      await c.deleteAll();
      expect(await c.count()).toBe(0);
      expect(await other.count()).toBe(1);
      expect(await c.putIfNewer(need('a', 0))).toBe(true);
    });

    it('drops a collection, written or never written, and keeps others', async () => {
      const name = collectionName();
      const other = store.collection<NeedDoc>(collectionName());
      await store.collection<NeedDoc>(name).putManyIfNewer([need('a', 3), need('b', 0)]);
      await other.putIfNewer(need('x', 0));
      await store.dropCollection(name);
      await store.dropCollection(collectionName());
      const again = store.collection<NeedDoc>(name);
      expect(await again.count()).toBe(0);
      // gone with its documents: an older version is written again
      expect(await again.putIfNewer(need('a', 1))).toBe(true);
      expect(await other.count()).toBe(1);
    });
  });
}
