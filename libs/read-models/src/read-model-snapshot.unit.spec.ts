import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadModelDocument } from './document-store.port';
import {
  readSnapshot,
  type SnapshotHeader,
  SNAPSHOT_FORMAT,
  SnapshotRefused,
  writeSnapshot,
} from './read-model-snapshot';

const header: SnapshotHeader = {
  format: SNAPSHOT_FORMAT,
  service: 'platform',
  checkpoint: { position: 7, eventId: 'e7', hash: 'h7' },
  projections: { needs: 'f' },
  writtenAt: '2026-12-07T00:00:00.000Z',
};

/** documents of every shape a read model holds, long enough that collections cross the reader's 1 MiB chunks */
function documents(n: number, prefix: string): ReadModelDocument[] {
  return Array.from({ length: n }, (_, i) => ({
    _id: `${prefix}-${i}`,
    version: i % 9,
    title: `需求 ${i}：${'独居老人助餐，'.repeat(i % 40)}`,
    text: 'a line\nwith, commas] and "quotes"\u2028',
    tags: i % 3 === 0 ? [] : ['助餐', { nested: [1, null, true] }],
    amount: i / 7,
    missing: null,
  }));
}

describe('read-model snapshot files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-snapshot-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what was written, across chunks and collections of every size', async () => {
    const file = join(dir, 'round-trip.snapshot');
    const collections: Array<[string, ReadModelDocument[]]> = [
      ['empty', []],
      ['one', documents(1, 'one')],
      ['large', documents(12_000, 'large')],
      ['after', documents(3, 'after')],
    ];
    await writeSnapshot(file, header, collections, 0o600);
    const snapshot = await readSnapshot(file);
    expect(snapshot.header).toEqual(header);
    expect([...snapshot.collections]).toEqual(collections);
  });

  it('refuses a file whose document lines were cut or joined, even with its checksum made again', async () => {
    const file = join(dir, 'joined.snapshot');
    await writeSnapshot(file, header, [['c', documents(3, 'c')]], 0o600);
    // header, collection line, three documents, checksum, ''
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines).toHaveLength(7);
    /** the body's lines with a checksum that matches them, as a forger would write it */
    const resealed = (body: string[]) => {
      const text = body.map((line) => `${line}\n`).join('');
      const sha256 = createHash('sha256').update(text).digest('hex');
      return `${text}${JSON.stringify({ sha256, bytes: Buffer.byteLength(text) })}\n`;
    };
    writeFileSync(file, resealed(lines.slice(0, 5)));
    await expect(readSnapshot(file)).resolves.toMatchObject({ header });
    // two documents on one line, the third on the next: the collection's count ends a line early
    writeFileSync(file, resealed([...lines.slice(0, 2), `${lines[2]},${lines[3]}`, lines[4]]));
    await expect(readSnapshot(file)).rejects.toBeInstanceOf(SnapshotRefused);
    // a document line that is not JSON
    writeFileSync(file, resealed([...lines.slice(0, 3), '{"_id":', lines[4]]));
    await expect(readSnapshot(file)).rejects.toBeInstanceOf(SnapshotRefused);
  });
});
