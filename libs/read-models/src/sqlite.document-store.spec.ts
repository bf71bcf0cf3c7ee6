import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentStoreContract } from './document-store.contract';
import { SqliteDocumentStore } from './sqlite.document-store';

const dir = mkdtempSync(join(tmpdir(), 'gongjian-sqlite-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

documentStoreContract('sqlite', async () => new SqliteDocumentStore(join(dir, 'contract.sqlite')));

describe('SqliteDocumentStore on disk', () => {
  it('keeps documents, indexes and meta values across reopening', async () => {
    const file = join(dir, 'reopen.sqlite');
    const first = new SqliteDocumentStore(file);
    const c = first.collection('audit.events');
    await c.ensureIndexes([{ fields: { type: 1 } }]);
    await c.putManyIfNewer([
      { _id: 'a', version: 0, type: 'x' },
      { _id: 'b', version: 0, type: 'y' },
    ]);
    first.setMeta('checkpoint', '{"position":2}');
    await first.close();

    const again = new SqliteDocumentStore(file);
    const d = again.collection('audit.events');
    expect(again.names()).toEqual(['audit.events']);
    expect(again.meta('checkpoint')).toBe('{"position":2}');
    expect((await d.find({ type: 'y' })).map((doc) => doc._id)).toEqual(['b']);
    expect(await d.putIfNewer({ _id: 'a', version: 0, type: 'z' })).toBe(false);
    again.setMeta('checkpoint', null);
    expect(again.meta('checkpoint')).toBeNull();
    await again.close();
  });
});
