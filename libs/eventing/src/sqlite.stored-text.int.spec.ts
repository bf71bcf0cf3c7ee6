import canonicalize from 'canonicalize';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChainVerifier } from './chain-verifier';
import type { EventEnvelope, ProposedEvent } from './envelope';
import { verifyChain } from './hash-chain';
import { SqliteEventStore } from './sqlite.event-store';
import { StoredEnvelope } from './stored-envelope';

/**
 * The store keeps actor and data as the canonical text their hash covers, and verifiers hash that
 * text as it is (DECISIONS 100): the verdicts are the ones hashing the parsed values gives, for
 * rows of this version, rows of an earlier one, and rows changed in the file.
 */
const dir = mkdtempSync(join(tmpdir(), 'gongjian-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
const proposed = (data: unknown): ProposedEvent => ({
  eventId: `text-${++n}`,
  type: 'matching.NeedPosted',
  schemaVersion: 1,
  occurredAt: '2026-12-07T08:00:00.000Z',
  actor: { role: 'community_admin', accountId: 'acc-1', orgId: 'community-1' },
  correlationId: 'c-1',
  causationId: null,
  data,
});

// keys out of order, nested, an index-like key and text that JSON escapes
const payloads = [
  { title: '助老 "引号" \\', needId: 'n-1', quantity: { unit: 'hours', amount: 40 }, tags: ['b', 'a'] },
  { title: '第2版', 10: 'ten', 2: 'two' },
  { z: null, a: [1.5, -3, 1e21], m: { y: true, x: false } },
];

async function written(file: string): Promise<SqliteEventStore> {
  const store = new SqliteEventStore({ filename: join(dir, file) });
  await store.append('matching.need-1', payloads.map(proposed), 'no_stream');
  await store.append('matching.need-2', [proposed({ title: 'other' })], 'no_stream');
  return store;
}

function verified(events: EventEnvelope[]): ChainVerifier {
  const verifier = new ChainVerifier();
  for (const event of events) verifier.verify(event);
  return verifier;
}

const rows = (store: SqliteEventStore) =>
  store.db.prepare('SELECT global_position, actor, data, text_hashed FROM events ORDER BY global_position').all() as {
    global_position: number;
    actor: string;
    data: string;
    text_hashed: number;
  }[];

describe('SqliteEventStore: actor and data stored as the text the hash covers', () => {
  it('stores the canonical text, marked, and reads back the values appended', async () => {
    const store = await written('canonical.db');
    for (const [i, row] of rows(store).entries()) {
      expect(row.text_hashed).toBe(1);
      expect(row.data).toBe(canonicalize(JSON.parse(row.data)));
      expect(row.actor).toBe('{"accountId":"acc-1","orgId":"community-1","role":"community_admin"}');
      if (i < payloads.length) expect(JSON.parse(row.data)).toEqual(payloads[i]);
    }
    const read = await store.readAll();
    expect(read.map((e) => e.data)).toEqual([...payloads, { title: 'other' }]);
    expect(read.every((e) => StoredEnvelope.dataTextOf(e) !== null)).toBe(true);
    expect(verified(read).breaks).toEqual([]);
    expect(verifyChain(await store.readStream('matching.need-1'))).toEqual([]);
    await expect(store.checkChainsApart(4)).resolves.toEqual({ checked: 4, breaks: [] });
    await store.close();
  });

  it('keeps the text out of copies, comparisons and JSON of the envelope', async () => {
    const store = await written('private.db');
    const [event] = await store.readStream('matching.need-2');
    const plain = { ...event };
    expect(event).toEqual(plain);
    expect(JSON.parse(JSON.stringify(event))).toEqual(plain);
    expect(StoredEnvelope.dataTextOf(plain)).toBeNull();
    expect(StoredEnvelope.dataTextOf(structuredClone(event))).toBeNull();
    expect(verifyChain([plain])).toEqual([]);
    await store.close();
  });

  it('reports a data text changed in the file, its hash left as it was', async () => {
    const store = await written('tampered.db');
    const second = rows(store)[1];
    store.db
      .prepare('UPDATE events SET data = ? WHERE global_position = ?')
      .run(second.data.replace('第2版', '第9版'), second.global_position);
    const read = await store.readAll();
    expect(verified(read).breaks).toEqual([
      { streamId: 'matching.need-1', streamRevision: 1, eventId: read[1].eventId, reason: 'hash_mismatch' },
    ]);
    expect(verifyChain(read.slice(0, 3))).toEqual([
      expect.objectContaining({ streamRevision: 1, reason: 'hash_mismatch' }),
    ]);
    // the worker that reads the file finds it too
    await expect(store.checkChainsApart(4)).resolves.toEqual({ checked: 4, breaks: verified(read).breaks });
    await store.close();
  });

  it('reports a changed actor, and a changed field outside the text', async () => {
    const store = await written('tampered-actor.db');
    const [first] = rows(store);
    store.db
      .prepare('UPDATE events SET actor = ? WHERE global_position = ?')
      .run(first.actor.replace('acc-1', 'acc-2'), first.global_position);
    store.db
      .prepare("UPDATE events SET occurred_at = '2026-12-08T08:00:00.000Z' WHERE global_position = ?")
      .run(first.global_position + 2);
    const read = await store.readAll();
    expect(verified(read).breaks.map((b) => [b.streamRevision, b.reason])).toEqual([
      [0, 'hash_mismatch'],
      [2, 'hash_mismatch'],
    ]);
    await store.close();
  });

  it('verifies by the values a text rewritten in another key order or spacing, as it always did', async () => {
    const store = await written('reordered.db');
    const first = rows(store)[0];
    const parsed = JSON.parse(first.data) as Record<string, unknown>;
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(parsed).reverse()), null, 1);
    store.db.prepare('UPDATE events SET data = ? WHERE global_position = ?').run(reordered, first.global_position);
    const read = await store.readAll();
    expect(read[0].data).toEqual(payloads[0]);
    expect(verified(read).breaks).toEqual([]);
    await store.close();
  });

  it('verifies by the values a row whose mark was cleared, and reports it changed all the same', async () => {
    const store = await written('unmarked.db');
    store.db.exec('UPDATE events SET text_hashed = 0');
    expect(verified(await store.readAll()).breaks).toEqual([]);
    const first = rows(store)[0];
    store.db
      .prepare('UPDATE events SET data = ? WHERE global_position = ?')
      .run(first.data.replace('40', '41'), first.global_position);
    expect(verified(await store.readAll()).breaks).toEqual([expect.objectContaining({ reason: 'hash_mismatch' })]);
    await store.close();
  });

  it('opens a log of an earlier version (no mark, text in the writer’s key order): it verifies and appends go on', async () => {
    const file = 'earlier.db';
    const before = await written(file);
    // what an earlier version stored: JSON.stringify of the caller's values, no text_hashed column
    const appended = [...payloads, { title: 'other' }];
    const update = before.db.prepare('UPDATE events SET actor = ?, data = ? WHERE global_position = ?');
    rows(before).forEach((row, i) =>
      update.run(JSON.stringify(proposed(null).actor), JSON.stringify(appended[i]), row.global_position),
    );
    before.db.exec('ALTER TABLE events DROP COLUMN text_hashed');
    await before.close();

    const store = new SqliteEventStore({ filename: join(dir, file) });
    expect(rows(store).map((r) => r.text_hashed)).toEqual([0, 0, 0, 0]);
    await store.append('matching.need-1', [proposed({ title: '第4版' })], 2);
    expect(rows(store).map((r) => r.text_hashed)).toEqual([0, 0, 0, 0, 1]);
    expect(store.checkChainsApart(5)).toBeNull(); // a log begun by an earlier version: checked by the reader
    const read = await store.readAll();
    expect(read.map((e) => e.data)).toEqual([...appended, { title: '第4版' }]);
    expect(verified(read).breaks).toEqual([]);
    expect(verifyChain(await store.readStream('matching.need-1'))).toEqual([]);
    await store.close();
  });
});
