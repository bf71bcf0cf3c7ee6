import { diffDocuments } from './effects';

describe('diffDocuments: what changed between two versions of a document', () => {
  it('sees no change in arrays of objects whose keys come in another order (a replay reads the log keys sorted)', () => {
    const live = { _id: 'n1', version: 3, items: [{ name: 'a', id: 'i1' }], at: { where: 'x', when: 1 } };
    const replayed = { _id: 'n1', version: 3, items: [{ id: 'i1', name: 'a' }], at: { when: 1, where: 'x' } };
    expect(diffDocuments(live, replayed)).toEqual([]);
  });

  it('names the fields that differ, arrays compared whole and in order', () => {
    const before = { _id: 'n1', version: 1, items: [{ id: 'i1' }, { id: 'i2' }], at: { when: 1 } };
    const after = { _id: 'n1', version: 2, items: [{ id: 'i2' }, { id: 'i1' }], at: { when: 2 } };
    expect(diffDocuments(before, after)).toEqual([
      { field: 'at.when', before: 1, after: 2 },
      { field: 'items', before: before.items, after: after.items },
    ]);
  });
});
