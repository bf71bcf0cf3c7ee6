import { documentStoreContract } from './document-store.contract';
import { copyDocument, MemoryDocumentStore } from './memory.document-store';

documentStoreContract('memory', async () => new MemoryDocumentStore());

describe('copyDocument (what the memory store keeps and hands out)', () => {
  const doc = {
    _id: 'n-1',
    version: 3,
    title: '需求：独居老人助餐',
    tags: ['助餐', , '独居老人'], // eslint-disable-line no-sparse-arrays
    quantity: { amount: 40, unit: 'person_hours', note: undefined },
    window: { from: '2026-12-01', nested: [{ deep: [1, null, true] }] },
  };

  it('gives what structuredClone gives, sharing nothing with the original', () => {
    const copy = copyDocument(doc);
    expect(copy).toEqual(structuredClone(doc));
    expect(Object.keys(copy.quantity)).toEqual(['amount', 'unit', 'note']);
    expect(copy.window.nested[0]).not.toBe(doc.window.nested[0]);
    expect(copy.tags).not.toBe(doc.tags);
    expect(1 in copy.tags).toBe(false);
  });

  it('hands what is not plain JSON to structuredClone: dates, maps, cycles; refuses functions as it does', () => {
    const at = new Date('2026-12-07T08:00:00Z');
    const odd = { _id: 'x', version: 1, at, map: new Map([['a', 1]]) };
    const copy = copyDocument(odd);
    expect(copy.at).toEqual(at);
    expect(copy.at).not.toBe(at);
    expect(copy.map.get('a')).toBe(1);
    const cyclic: Record<string, unknown> = { _id: 'c', version: 1 };
    cyclic.self = cyclic;
    const cycleCopy = copyDocument(cyclic);
    expect(cycleCopy.self).toBe(cycleCopy);
    expect(() => copyDocument({ _id: 'f', version: 1, f: () => 1 })).toThrow();
    const proto = JSON.parse('{"_id":"p","version":1,"__proto__":{"a":1}}') as Record<string, unknown>;
    expect(Object.keys(copyDocument(proto))).toEqual(['_id', 'version', '__proto__']);
  });
});
