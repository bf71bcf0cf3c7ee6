import Ajv from 'ajv';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Directory } from '@gongjian/auth';
import {
  type EventEnvelope,
  type EventStore,
  ForeignEventInStream,
  type ReadAllOptions,
  type ReadStreamOptions,
} from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { AuditLog } from '../../event-log';
import type { AuditNames } from '../../names';
import type { AuditReadModels } from '../../read-models';
import type { ReadModelOwners } from '../../replays/read-model-owners';
import { INTEGRITY, STREAM_HISTORY } from '../../resources';
import { ExportTrailHandler } from '../export-trail/export-trail.handler';
import { StreamHistoryHandler } from '../stream-history/stream-history.handler';
import { CheckIntegrityHandler } from './check-integrity.handler';

/**
 * A store with records it did not write, as EventStoreDB has after a raw event is appended into
 * one of our streams from its UI: `readAll` and `readStream` return them (marked `foreign`) only
 * with `includeForeign`; without it, `readAll` skips them and `readStream` throws
 * ForeignEventInStream, as the EventStoreDB adapter does.
 */
class WithForeignRecords implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly records: EventEnvelope[],
  ) {}

  append: EventStore['append'] = (...args) => this.store.append(...args);
  headPosition = () => this.store.headPosition();
  eventAt = (position: number) => this.store.eventAt(position);
  subscribeToAll: EventStore['subscribeToAll'] = (...args) => this.store.subscribeToAll(...args);
  close = () => this.store.close();

  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    const ours = await this.store.readAll(options);
    if (!options.includeForeign) return ours;
    const from = options.fromPosition ?? 0;
    const foreign = this.records.filter((r) => r.globalPosition > from);
    return [...ours, ...foreign]
      .sort((a, b) => a.globalPosition - b.globalPosition)
      .slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const ours = await this.store.readStream(streamId, options);
    const foreign = this.records.filter((r) => r.streamId === streamId);
    if (foreign.length > 0 && !options.includeForeign)
      throw new ForeignEventInStream(streamId, foreign[0].streamRevision, foreign[0].eventId);
    return [...ours, ...foreign].sort((a, b) => a.streamRevision - b.streamRevision);
  }
}

const auditor = { accountId: 'acc-auditor', role: 'auditor', orgId: null };
const stream = 'matching.need-n-1';
const dir = mkdtempSync(join(tmpdir(), 'gongjian-foreign-'));
let sqlite: SqliteEventStore;
let raw: EventEnvelope;

beforeAll(async () => {
  sqlite = new SqliteEventStore({ filename: join(dir, 'events.db') });
  const event = (type: string, data: unknown) => ({
    eventId: `e-${type}-${Math.random().toString(36).slice(2)}`,
    type,
    schemaVersion: 1,
    occurredAt: '2026-12-07T08:00:00.000Z',
    actor: { accountId: 'acc-1', role: 'community_admin', orgId: 'c-1' },
    correlationId: 'corr-1',
    causationId: null,
    data,
  });
  await sqlite.append(stream, [event('matching.NeedPosted', { needId: 'n-1' })], 'no_stream');
  await sqlite.append('matching.need-n-2', [event('matching.NeedPosted', { needId: 'n-2' })], 'no_stream');
  await sqlite.append(stream, [event('matching.NeedEdited', { title: '助餐' })], 0);
  const head = await sqlite.headPosition();
  // typed into the event store's UI: revision 2 of our need's stream, then another application's event
  raw = foreignRecord(stream, 2, head + 1, 'ManualCorrection');
  records.push(raw, foreignRecord('billing-7', 0, head + 2, 'InvoiceSent'));
});
afterAll(async () => {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

const records: EventEnvelope[] = [];

function foreignRecord(streamId: string, revision: number, position: number, type: string): EventEnvelope {
  return {
    eventId: `3f1c9a52-7a0e-4c59-9d1c-0a6f4f0e2b1${revision}`,
    type,
    schemaVersion: 1,
    streamId,
    streamRevision: revision,
    globalPosition: position,
    occurredAt: '2026-12-07T09:00:00.000Z',
    recordedAt: '2026-12-07T09:00:00.000Z',
    actor: { accountId: '', role: '', orgId: null },
    correlationId: '',
    causationId: null,
    data: { note: 'fixed by hand' },
    prevHash: '',
    hash: '',
    foreign: true,
  };
}

function integrityHandler(store: EventStore) {
  const readModels = { index: { get: async () => null } } as unknown as AuditReadModels;
  const directory = { subtreeIds: async (id: string) => [id] } as unknown as Directory;
  return new CheckIntegrityHandler(new AuditLog(store), readModels, directory);
}

const validate = (schema: { json: object }, value: unknown) => {
  const check = new Ajv({ strict: false }).compile(schema.json);
  expect(check(value) ? [] : check.errors).toEqual([]);
};

describe('GET /audit/integrity and records the store did not write', () => {
  it('says intact on a log of ours alone', async () => {
    const report = await integrityHandler(sqlite).execute({}, auditor);
    expect(report).toMatchObject({ intact: true, breaks: [], checkedEvents: 3, streams: 2 });
  });

  it('reports each foreign record as a foreign_event break, named by stream, revision, id, type and position', async () => {
    const report = await integrityHandler(new WithForeignRecords(sqlite, records)).execute({}, auditor);
    expect(report.intact).toBe(false);
    expect(report.checkedEvents).toBe(5);
    expect(report.breaks).toEqual([
      {
        streamId: stream,
        streamRevision: 2,
        eventId: raw.eventId,
        reason: 'foreign_event',
        type: 'ManualCorrection',
        globalPosition: raw.globalPosition,
      },
      expect.objectContaining({ streamId: 'billing-7', reason: 'foreign_event', type: 'InvoiceSent' }),
    ]);
    validate(INTEGRITY, report);
  });

  it('reports it in a check of the one stream too, and in a time range (the index does not hold it)', async () => {
    const handler = integrityHandler(new WithForeignRecords(sqlite, records));
    const one = await handler.execute({ streamId: stream }, auditor);
    expect(one).toMatchObject({ intact: false, breaks: [{ eventId: raw.eventId, reason: 'foreign_event' }] });
    const ranged = await handler.execute({ from: '2026-01-01', to: '2026-01-02' }, auditor);
    expect(ranged.breaks.map((b) => b.reason)).toEqual(['foreign_event', 'foreign_event']);
  });

  it("opens the stream's history: the events of ours, and the chain broken by the foreign record", async () => {
    const owners = {
      effectsOf: async (events: EventEnvelope[]) => ({ effects: events.map(() => []), state: {} }),
    } as unknown as ReadModelOwners;
    const names = { of: async () => ({}) } as unknown as AuditNames;
    const history = new StreamHistoryHandler(new AuditLog(new WithForeignRecords(sqlite, records)), owners, names);
    const answer = await history.execute(stream, { actor: auditor });
    expect(answer.events.map((e) => e.type)).toEqual(['matching.NeedPosted', 'matching.NeedEdited']);
    expect(answer.chain).toEqual({
      intact: false,
      breaks: [expect.objectContaining({ streamRevision: 2, reason: 'foreign_event', eventId: raw.eventId })],
    });
    validate(STREAM_HISTORY, answer);
  });

  it('exports the events of ours only: a foreign record has no actor or hashes to re-verify', async () => {
    const directory = { subtreeIds: async (id: string) => [id] } as unknown as Directory;
    const handler = new ExportTrailHandler(new AuditLog(new WithForeignRecords(sqlite, records)), directory);
    const lines: string[] = [];
    for await (const line of (await handler.execute({}, auditor)).lines) lines.push(line);
    const exported = lines.map((line) => JSON.parse(line) as EventEnvelope);
    expect(exported.map((e) => e.type)).toEqual(['matching.NeedPosted', 'matching.NeedPosted', 'matching.NeedEdited']);
  });
});
