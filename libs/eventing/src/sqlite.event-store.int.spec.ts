import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProposedEvent } from './envelope';
import { ConcurrencyConflict, DuplicateEventId } from './errors';
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

describe('SqliteEventStore group commit', () => {
  const event = (id: string): ProposedEvent => ({
    eventId: id,
    type: 'test.Happened',
    schemaVersion: 1,
    occurredAt: '2026-12-07T08:00:00.000Z',
    actor: { accountId: 'a', role: 'r', orgId: null },
    correlationId: 'c',
    causationId: null,
    data: { id },
  });

  it('stores concurrent appends in order, each failing alone: a conflict or a reused id costs only its own append', async () => {
    const store = new SqliteEventStore({ filename: join(dir, 'group.db') });
    await store.append('test.taken', [event('group-taken')], 'no_stream');
    const run = `group-${Date.now()}`;
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 64 }, (_, i) => store.append(`test.w-${run}-${i}`, [event(`${run}-${i}`)], 'no_stream')),
      store.append('test.taken', [event(`${run}-conflict`)], 'no_stream'),
      store.append(`test.other-${run}`, [event(`${run}-3`)], 'no_stream'),
    ]);
    expect(outcomes.slice(0, 64).every((o) => o.status === 'fulfilled')).toBe(true);
    expect(outcomes[64]).toMatchObject({ status: 'rejected', reason: expect.any(ConcurrencyConflict) });
    expect(outcomes[65]).toMatchObject({ status: 'rejected', reason: expect.any(DuplicateEventId) });
    const stored = (await store.readAll()).filter((e) => e.eventId.startsWith(run));
    expect(stored.map((e) => e.eventId)).toEqual(Array.from({ length: 64 }, (_, i) => `${run}-${i}`));
    expect(stored.map((e) => e.globalPosition)).toEqual(stored.map((_, i) => stored[0].globalPosition + i));
    expect(await store.readStream(`test.other-${run}`)).toEqual([]);
    await store.close();
  });

  it('writes each append of a group alone when one fails while writing: only that one fails, and whole', async () => {
    const store = new SqliteEventStore({ filename: join(dir, 'group-write-failure.db') });
    const run = `fail-${Date.now()}`;
    // a write that fails after the plan: the disk, here a trigger
    store.db.exec(`CREATE TRIGGER fail_boom BEFORE INSERT ON events WHEN NEW.event_id LIKE '%-boom'
      BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 8 }, (_, i) => store.append(`test.f-${run}-${i}`, [event(`${run}-${i}`)], 'no_stream')),
      store.append(`test.f-${run}-boom`, [event(`${run}-first`), event(`${run}-boom`)], 'no_stream'),
    ]);
    expect(outcomes.slice(0, 8).map((o) => o.status)).toEqual(Array(8).fill('fulfilled'));
    expect(outcomes[8]).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: 'boom' }) });
    expect((await store.readAll()).map((e) => e.eventId)).toEqual(Array.from({ length: 8 }, (_, i) => `${run}-${i}`));
    await store.close();
  });
});

describe('SqliteEventStore reads of some fields (ReadAllOptions.fields)', () => {
  const proposed = (n: number, type = 'test.Happened'): ProposedEvent => ({
    eventId: `fields-${n}-${Date.now()}`,
    type,
    schemaVersion: 1,
    occurredAt: `2026-12-07T08:00:0${n}.000Z`,
    actor: { accountId: `a${n}`, role: 'r', orgId: null },
    correlationId: `c${n}`,
    causationId: null,
    data: { n, 名: '值' },
  });

  it('gives the fields asked for and those always read as a full read does, null for the rest', async () => {
    const store = new SqliteEventStore({ filename: join(dir, 'fields.db') });
    await store.append('test.thing-1', [proposed(0), proposed(1, 'test.Other'), proposed(2)], 'no_stream');
    const full = await store.readAll();
    const some = await store.readAll({ fields: ['occurredAt', 'actor'] });
    expect(some).toHaveLength(3);
    some.forEach((event, i) => {
      const { globalPosition, type, streamId, streamRevision, data, occurredAt, actor } = full[i];
      expect({ ...event }).toEqual({
        ...{ globalPosition, type, streamId, streamRevision, data, occurredAt, actor },
        ...{ eventId: null, schemaVersion: null, recordedAt: null, correlationId: null, causationId: null },
        ...{ prevHash: null, hash: null },
      });
    });
    const ofType = await store.readAll({ fields: ['hash'], types: ['test.Other'], fromPosition: 0 });
    expect(ofType.map((e) => [e.globalPosition, e.hash, e.actor])).toEqual([
      [full[1].globalPosition, full[1].hash, null],
    ]);
    // nothing of a row read in part is taken for the text its hash covers: it fails to verify
    expect(verifyChain(await store.readAll({ fields: ['hash', 'prevHash'] })).length).toBeGreaterThan(0);
    expect(verifyChain(await store.readAll())).toEqual([]);
    await store.close();
  });
});
