import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProposedEvent } from './envelope';
import { ConcurrencyConflict } from './errors';
import { eventStoreContract } from './event-store.contract';
import { verifyChain } from './hash-chain';
import { SqliteEventStore } from './sqlite.event-store';

const dir = mkdtempSync(join(tmpdir(), 'gongjian-es-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

eventStoreContract('sqlite', async () => new SqliteEventStore({ filename: join(dir, 'events.db') }));

describe('SqliteEventStore durability settings', () => {
  it('runs WAL with synchronous=FULL', async () => {
    const store = new SqliteEventStore({ filename: join(dir, 'pragmas.db') });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    await store.close();
  });
});

describe('SqliteEventStore heads', () => {
  const proposed = (n: number): ProposedEvent => ({
    eventId: `head-${n}-${Date.now()}`,
    type: 'test.Happened',
    schemaVersion: 1,
    occurredAt: '2026-12-07T08:00:00.000Z',
    actor: { accountId: 'a', role: 'r', orgId: null },
    correlationId: 'c',
    causationId: null,
    data: { n },
  });

  it('takes a stream head from the log itself, and drops the streams table of earlier files', async () => {
    const file = join(dir, 'heads.db');
    const before = new SqliteEventStore({ filename: file });
    await before.append('test.thing-1', [proposed(0), proposed(1)], 'no_stream');
    // a file of an earlier version kept the heads in a table of their own, here a stale one
    before.db.exec(`CREATE TABLE streams (stream_id TEXT PRIMARY KEY, revision INTEGER NOT NULL,
      last_hash TEXT NOT NULL) WITHOUT ROWID; INSERT INTO streams VALUES ('test.thing-1', 0, 'stale')`);
    await before.close();

    const store = new SqliteEventStore({ filename: file });
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'streams'").all()).toEqual([]);
    await expect(store.append('test.thing-1', [proposed(2)], 0)).rejects.toBeInstanceOf(ConcurrencyConflict);
    const result = await store.append('test.thing-1', [proposed(3)], 1);
    expect(result.nextExpectedRevision).toBe(2);
    const events = await store.readStream('test.thing-1');
    expect(events.map((e) => e.streamRevision)).toEqual([0, 1, 2]);
    expect(verifyChain(events)).toEqual([]);
    await store.close();
  });
});
