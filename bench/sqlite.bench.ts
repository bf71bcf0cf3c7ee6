import Database from 'better-sqlite3';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { type ProposedEvent } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import { needsProjection } from '../apps/matching/src/needs/needs.projection';
import { compare, type Comparison, rate } from './measure';

const SINGLE = Number(process.env.BENCH_SINGLE ?? 1000);
const BATCHED = Number(process.env.BENCH_EVENTS ?? 100_000);

function needPosted(n: number): ProposedEvent {
  const needId = uuidv7();
  return {
    eventId: uuidv7(),
    type: 'matching.NeedPosted',
    schemaVersion: 1,
    occurredAt: new Date().toISOString(),
    actor: { accountId: 'bench', role: 'community_admin', orgId: `community-${n % 50}` },
    correlationId: uuidv7(),
    causationId: null,
    data: {
      needId,
      communityId: `community-${n % 50}`,
      gridId: `grid-${n % 400}`,
      title: `需求 ${n}：独居老人助餐`,
      description: '每周三次送餐上门，需要志愿者协助',
      category: 'elderly_care',
      tags: ['助餐', '独居老人'],
      quantity: { amount: 40, unit: 'person_hours' },
      window: { from: '2026-12-01', to: '2027-03-31' },
      urgency: 'high',
    },
  };
}

/** The bare engine: the same table layout and pragmas, plain INSERTs, no envelope, no hash. */
function rawDb(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (global_position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL, schema_version INTEGER NOT NULL, stream_id TEXT NOT NULL, stream_revision INTEGER NOT NULL,
    occurred_at TEXT NOT NULL, recorded_at TEXT NOT NULL, actor TEXT NOT NULL, correlation_id TEXT NOT NULL,
    causation_id TEXT, data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
    UNIQUE (stream_id, stream_revision))`);
  const insert = db.prepare(`INSERT INTO events (event_id, type, schema_version, stream_id, stream_revision,
    occurred_at, recorded_at, actor, correlation_id, causation_id, data, prev_hash, hash)
    VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, NULL, ?, '', '')`);
  const write = (streamId: string, revision: number, e: ProposedEvent) =>
    insert.run(
      e.eventId,
      e.type,
      streamId,
      revision,
      e.occurredAt,
      e.occurredAt,
      JSON.stringify(e.actor),
      e.correlationId,
      JSON.stringify(e.data),
    );
  return { db, write };
}

export async function sqliteBenchmarks(dir: string, repeat: number): Promise<Comparison[]> {
  const results: Comparison[] = [];
  const singles = Array.from({ length: SINGLE }, (_, i) => needPosted(i));
  const batched = Array.from({ length: BATCHED }, (_, i) => needPosted(i));

  // 1. single-event appends: one transaction (and fsync) per event
  results.push(
    compare(
      'append, 1 event per append (synchronous=FULL)',
      await rate(repeat, SINGLE, 'events/s', async (run) => {
        const store = new SqliteEventStore({ filename: join(dir, `single-${run}.db`) });
        for (const [i, e] of singles.entries())
          await store.append(`matching.need-${run}-${i}`, [{ ...e, eventId: uuidv7() }], 'no_stream');
        await store.close();
      }),
      await rate(repeat, SINGLE, 'events/s', (run) => {
        const { db, write } = rawDb(join(dir, `raw-single-${run}.db`));
        const tx = db.transaction((i: number, e: ProposedEvent) => write(`s-${i}`, 0, { ...e, eventId: uuidv7() }));
        for (const [i, e] of singles.entries()) tx(i, e);
        db.close();
      }),
      'better-sqlite3 INSERT of the same row, one transaction each',
    ),
  );

  // 2. 100-event batches: one transaction per append of 100 events to one stream
  const batchStore = (run: number) => new SqliteEventStore({ filename: join(dir, `batch-${run}.db`) });
  results.push(
    compare(
      'append, 100 events per append',
      await rate(repeat, BATCHED, 'events/s', async (run) => {
        const store = batchStore(run);
        for (let i = 0; i < BATCHED; i += 100)
          await store.append(`matching.need-batch-${i}`, batched.slice(i, i + 100), 'no_stream');
        await store.close();
      }),
      await rate(repeat, BATCHED, 'events/s', (run) => {
        const { db, write } = rawDb(join(dir, `raw-batch-${run}.db`));
        const tx = db.transaction((i: number) => batched.slice(i, i + 100).forEach((e, k) => write(`s-${i}`, k, e)));
        for (let i = 0; i < BATCHED; i += 100) tx(i);
        db.close();
      }),
      'better-sqlite3 INSERT of the same rows, 100 per transaction',
    ),
  );

  // 3. read all: envelopes out of the store vs SELECT of the same rows with JSON.parse of the payloads.
  // The log is one need per stream, as in production; setup only runs without fsync.
  const readStore = new SqliteEventStore({ filename: join(dir, 'log.db') });
  readStore.db.pragma('synchronous = OFF');
  for (const e of batched)
    await readStore.append(`matching.need-${(e.data as { needId: string }).needId}`, [e], 'no_stream');
  readStore.db.pragma('synchronous = FULL');
  results.push(
    compare(
      'read all (2000 per page)',
      await rate(repeat, BATCHED, 'events/s', async () => {
        let position = 0;
        for (;;) {
          const page = await readStore.readAll({ fromPosition: position, maxCount: 2000 });
          if (page.length === 0) break;
          position = page[page.length - 1].globalPosition;
        }
      }),
      await rate(repeat, BATCHED, 'events/s', () => {
        for (const row of readStore.db.prepare('SELECT * FROM events').iterate() as Iterable<{
          actor: string;
          data: string;
        }>) {
          JSON.parse(row.actor);
          JSON.parse(row.data);
        }
      }),
      'better-sqlite3 SELECT of the same rows + JSON.parse of actor and data',
    ),
  );

  // 4. rebuild the needs read model from 100k NeedPosted events
  results.push(
    compare(
      `rebuild needs read model from ${BATCHED} events`,
      await rate(repeat, BATCHED, 'events/s', async () => {
        const runner = new ProjectionRunner(new MemoryDocumentStore(), [needsProjection]);
        const report = await runner.rebuild(readStore);
        if (report.documents.needs !== BATCHED) throw new Error(`rebuild produced ${report.documents.needs} needs`);
      }),
      await rate(repeat, BATCHED, 'events/s', () => {
        for (const row of readStore.db.prepare('SELECT data FROM events').iterate() as Iterable<{ data: string }>) {
          JSON.parse(row.data);
        }
      }),
      'better-sqlite3 SELECT of the payloads + JSON.parse',
    ),
  );
  await readStore.close();
  return results;
}
