import Database from 'better-sqlite3';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { type ProposedEvent } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import { needsProjection } from '../apps/matching/src/needs/needs.projection';
import { compare, type Comparison, type Figure, median, rate } from './measure';

const SINGLE = Number(process.env.BENCH_SINGLE ?? 1000);
const BATCHED = Number(process.env.BENCH_EVENTS ?? 100_000);
/** Concurrent writers of the group commit figure, and the single appends each makes. */
const WRITERS = Number(process.env.BENCH_WRITERS ?? 64);
const WRITER_APPENDS = Number(process.env.BENCH_WRITER_APPENDS ?? 50);

/**
 * The store and its baseline measured in turns (store, baseline, baseline, store, …), so that
 * what else the machine does during the run weighs on both alike; medians of `repeat` runs each.
 */
async function interleaved(
  repeat: number,
  count: number,
  unit: string,
  gongjian: (run: number) => Promise<void> | void,
  baseline: (run: number) => Promise<void> | void,
): Promise<[Figure, Figure]> {
  const runs: [Figure[], Figure[]] = [[], []];
  for (let i = 0; i < repeat; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const side of order) runs[side].push(await rate(1, count, unit, (run) => [gongjian, baseline][side](run + i)));
  }
  const merge = (figures: Figure[]): Figure => ({
    rate: median(figures.map((f) => f.rate)),
    unit,
    millis: median(figures.map((f) => f.millis)),
    runs: figures.map((f) => f.rate),
  });
  return [merge(runs[0]), merge(runs[1])];
}

/** A figure of single appends with their latency (ms from `append` to its acknowledgement). */
type LatencyFigure = Figure & { p50Ms: number; p99Ms: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * `writers` concurrent writers, each appending one event at a time to a new stream (the next once
 * the last is acknowledged), `appends` in all, into a new store; rate and latencies. Each stream
 * is named as production names a need's (`matching.need-<uuid v7>`), so that its index entry goes
 * at the end of the stream index, as a new stream's does (DECISIONS 105).
 */
async function singleAppends(file: string, writers: number, appends: ProposedEvent[]): Promise<LatencyFigure> {
  const store = new SqliteEventStore({ filename: file });
  const latencies: number[] = [];
  let next = 0;
  const writer = async (): Promise<void> => {
    for (let i = next++; i < appends.length; i = next++) {
      const started = performance.now();
      await store.append(needStream(appends[i]), [{ ...appends[i], eventId: uuidv7() }], 'no_stream');
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: writers }, writer));
  const elapsed = performance.now() - started;
  await store.close();
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(2));
  return {
    rate: Math.round(appends.length / (elapsed / 1000)),
    unit: 'events/s',
    millis: Math.round(elapsed),
    runs: [],
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
  };
}

/** Medians of latency figures, in turns as `interleaved` does. */
async function groupCommit(
  dir: string,
  repeat: number,
  appends: ProposedEvent[],
): Promise<Comparison & { gongjian: LatencyFigure; baseline: LatencyFigure; ceiling: Comparison }> {
  const runs: [LatencyFigure[], LatencyFigure[]] = [[], []];
  for (let i = 0; i < repeat; i++) {
    for (const side of i % 2 === 0 ? [0, 1] : [1, 0]) {
      runs[side].push(await singleAppends(join(dir, `group-${side}-${i}.db`), side === 0 ? WRITERS : 1, appends));
    }
  }
  const merge = (figures: LatencyFigure[]): LatencyFigure => ({
    rate: median(figures.map((f) => f.rate)),
    unit: 'events/s',
    millis: median(figures.map((f) => f.millis)),
    runs: figures.map((f) => f.rate),
    p50Ms: median(figures.map((f) => f.p50Ms)),
    p99Ms: median(figures.map((f) => f.p99Ms)),
  });
  const [gongjian, baseline] = [merge(runs[0]), merge(runs[1])];
  return {
    ...compare(
      `group commit: ${WRITERS} concurrent writers of 1 event per append (synchronous=FULL)`,
      gongjian,
      baseline,
      'the same store, one writer, one append at a time',
    ),
    gongjian,
    baseline: { ...baseline, what: 'the same store, one writer, one append at a time' },
    ceiling: await rawGroupCeiling(dir, repeat, appends),
  };
}

/**
 * What the disk allows a group commit: bare better-sqlite3 writing the same rows in transactions
 * of WRITERS rows beside transactions of one, in turns. Every transaction is a commit and an
 * fsync of the pages it wrote; a bigger one writes more pages, so no group commit on this disk
 * gains more than this ratio (DECISIONS 104).
 */
async function rawGroupCeiling(dir: string, repeat: number, appends: ProposedEvent[]): Promise<Comparison> {
  const inTransactionsOf = (size: number) => (run: number) => {
    const { db, write } = rawDb(join(dir, `raw-group-${size}-${run}.db`));
    const tx = db.transaction((from: number) =>
      appends.slice(from, from + size).forEach((e) => write(needStream(e), 0, e)),
    );
    for (let from = 0; from < appends.length; from += size) tx(from);
    db.close();
  };
  return compare(
    `bare better-sqlite3, ${WRITERS} rows per transaction`,
    ...(await interleaved(repeat, appends.length, 'events/s', inTransactionsOf(WRITERS), inTransactionsOf(1))),
    'bare better-sqlite3, one row per transaction',
  );
}

/** The stream of the need an event posts, named as the matching service names it. */
function needStream(event: ProposedEvent): string {
  return `matching.need-${(event.data as { needId: string }).needId}`;
}

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

/**
 * Appends of 1 and of 100 events, group commit, read-all and the rebuild of the needs read model,
 * each beside its bare baseline in the same run (medians of `repeat` runs, taken in turns).
 */
export async function sqliteBenchmarks(dir: string, repeat: number): Promise<Comparison[]> {
  const results: Comparison[] = [];
  const singles = Array.from({ length: SINGLE }, (_, i) => needPosted(i));
  const batched = Array.from({ length: BATCHED }, (_, i) => needPosted(i));

  // 1. single-event appends: one transaction (and fsync) per event
  results.push(
    compare(
      'append, 1 event per append (synchronous=FULL)',
      ...(await interleaved(
        repeat,
        SINGLE,
        'events/s',
        async (run) => {
          const store = new SqliteEventStore({ filename: join(dir, `single-${run}.db`) });
          for (const [i, e] of singles.entries())
            await store.append(`matching.need-${run}-${i}`, [{ ...e, eventId: uuidv7() }], 'no_stream');
          await store.close();
        },
        (run) => {
          const { db, write } = rawDb(join(dir, `raw-single-${run}.db`));
          const tx = db.transaction((i: number, e: ProposedEvent) => write(`s-${i}`, 0, { ...e, eventId: uuidv7() }));
          for (const [i, e] of singles.entries()) tx(i, e);
          db.close();
        },
      )),
      'better-sqlite3 INSERT of the same row, one transaction each',
    ),
  );

  // 2. 100-event batches: one transaction per append of 100 events to one stream
  results.push(
    compare(
      'append, 100 events per append',
      ...(await interleaved(
        repeat,
        BATCHED,
        'events/s',
        async (run) => {
          const store = new SqliteEventStore({ filename: join(dir, `batch-${run}.db`) });
          for (let i = 0; i < BATCHED; i += 100)
            await store.append(`matching.need-batch-${i}`, batched.slice(i, i + 100), 'no_stream');
          await store.close();
        },
        (run) => {
          const { db, write } = rawDb(join(dir, `raw-batch-${run}.db`));
          const tx = db.transaction((i: number) => batched.slice(i, i + 100).forEach((e, k) => write(`s-${i}`, k, e)));
          for (let i = 0; i < BATCHED; i += 100) tx(i);
          db.close();
        },
      )),
      'better-sqlite3 INSERT of the same rows, 100 per transaction',
    ),
  );

  // 2b. group commit: concurrent single appends share a transaction (and its fsync)
  results.push(
    await groupCommit(
      dir,
      repeat,
      Array.from({ length: WRITERS * WRITER_APPENDS }, (_, i) => needPosted(i)),
    ),
  );

  // 3. read all: envelopes out of the store vs SELECT of the same rows with JSON.parse of the payloads.
  // The log is one need per stream, as in production; setup only runs without fsync.
  const readStore = new SqliteEventStore({ filename: join(dir, 'log.db') });
  readStore.db.pragma('synchronous = OFF');
  for (const e of batched) await readStore.append(needStream(e), [e], 'no_stream');
  readStore.db.pragma('synchronous = FULL');
  results.push(
    compare(
      'read all (2000 per page)',
      ...(await interleaved(
        repeat,
        BATCHED,
        'events/s',
        async () => {
          let position = 0;
          for (;;) {
            const page = await readStore.readAll({ fromPosition: position, maxCount: 2000 });
            if (page.length === 0) break;
            position = page[page.length - 1].globalPosition;
          }
        },
        () => {
          for (const row of readStore.db.prepare('SELECT * FROM events').iterate() as Iterable<{
            actor: string;
            data: string;
          }>) {
            JSON.parse(row.actor);
            JSON.parse(row.data);
          }
        },
      )),
      'better-sqlite3 SELECT of the same rows + JSON.parse of actor and data',
    ),
  );

  // 4. rebuild the needs read model from 100k NeedPosted events, in turns with its baseline (the
  // baseline's own rate moved by 2× between blocks of runs on a shared machine)
  results.push(
    compare(
      `rebuild needs read model from ${BATCHED} events`,
      ...(await interleaved(
        repeat,
        BATCHED,
        'events/s',
        async () => {
          const runner = new ProjectionRunner(new MemoryDocumentStore(), [needsProjection]);
          const report = await runner.rebuild(readStore);
          if (report.documents.needs !== BATCHED) throw new Error(`rebuild produced ${report.documents.needs} needs`);
        },
        () => {
          for (const row of readStore.db.prepare('SELECT data FROM events').iterate() as Iterable<{ data: string }>) {
            JSON.parse(row.data);
          }
        },
      )),
      'better-sqlite3 SELECT of the payloads + JSON.parse',
    ),
  );
  await readStore.close();
  return results;
}
