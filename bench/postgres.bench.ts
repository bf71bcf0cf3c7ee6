import { Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { ProposedEvent } from '@gongjian/eventing';
import { PostgresEventStore, type PostgresEventStoreOptions } from '@gongjian/eventing/postgres.event-store';
import { compare, type Comparison, type Figure, median } from './measure';

/** Appends of one event each per run, and the concurrent writers making them. */
const APPENDS = Number(process.env.BENCH_PG_APPENDS ?? 3000);
const WRITERS = Number(process.env.BENCH_PG_WRITERS ?? 64);

function event(n: number): ProposedEvent {
  return {
    eventId: uuidv7(),
    type: 'matching.NeedPosted',
    schemaVersion: 1,
    occurredAt: new Date().toISOString(),
    actor: { accountId: 'bench', role: 'community_admin', orgId: `community-${n % 50}` },
    correlationId: uuidv7(),
    causationId: null,
    data: { needId: uuidv7(), communityId: `community-${n % 50}`, title: `需求 ${n}：独居老人助餐`, urgency: 'high' },
  };
}

/** `WRITERS` writers appending `APPENDS` single events to streams of their own, spread over `stores`. */
async function singles(stores: Array<{ append(streamId: string, e: ProposedEvent): Promise<unknown> }>) {
  const prefix = `bench-${uuidv7()}`;
  let next = 0;
  const writer = async (w: number) => {
    const store = stores[w % stores.length];
    for (let i = next++; i < APPENDS; i = next++) await store.append(`${prefix}-${i}`, event(i));
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  return performance.now() - started;
}

async function replicas(url: string, count: number, hooks?: PostgresEventStoreOptions['hooks']): Promise<number> {
  const stores = await Promise.all(Array.from({ length: count }, () => PostgresEventStore.connect({ url, hooks })));
  try {
    return await singles(
      stores.map((s) => ({ append: (id: string, e: ProposedEvent) => s.append(id, [e], 'no_stream') })),
    );
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
}

/** The bare engine: the same row, one INSERT in its own transaction per append, a pool of 10, no lock. */
async function bare(url: string): Promise<number> {
  const pool = new Pool({ connectionString: url, max: 10 });
  try {
    return await singles([
      {
        append: (streamId, e) =>
          pool.query(
            `INSERT INTO events (event_id, type, schema_version, stream_id, stream_revision, occurred_at, recorded_at,
               actor, correlation_id, causation_id, data, prev_hash, hash)
             VALUES ($1, $2, 1, $3, 0, $4, $4, $5, $6, NULL, $7, '', '')`,
            [
              e.eventId,
              e.type,
              streamId,
              e.occurredAt,
              JSON.stringify(e.actor),
              e.correlationId,
              JSON.stringify(e.data),
            ],
          ),
      },
    ]);
  } finally {
    await pool.end();
  }
}

/** Medians of `repeat` runs of two workloads taken in turns (a, b, b, a, …), as events/s. */
async function turns(repeat: number, a: () => Promise<number>, b: () => Promise<number>): Promise<[Figure, Figure]> {
  const millis: [number[], number[]] = [[], []];
  for (let i = 0; i < repeat; i++) {
    for (const side of i % 2 === 0 ? [0, 1] : [1, 0]) millis[side].push(await [a, b][side]());
  }
  const figure = (ms: number[]): Figure => ({
    rate: median(ms.map((m) => Math.round(APPENDS / (m / 1000)))),
    unit: 'events/s',
    millis: Math.round(median(ms)),
    runs: ms.map((m) => Math.round(APPENDS / (m / 1000))),
  });
  return [figure(millis[0]), figure(millis[1])];
}

/**
 * The PostgreSQL event store on POSTGRES_URL: single-event appends from concurrent writers (group
 * commit) beside bare INSERTs of the same rows; two replicas beside one; and the store beside
 * itself without the append lock (unsafe: readers can skip events; what the lock costs).
 */
export async function postgresBenchmarks(url: string, repeat: number): Promise<Comparison[]> {
  await (await PostgresEventStore.connect(url)).close(); // the schema, before anything is timed
  const what = `${WRITERS} writers, ${APPENDS} appends of 1 event`;
  return [
    compare(
      `postgres: group commit, ${what}`,
      ...(await turns(
        repeat,
        () => replicas(url, 1),
        () => bare(url),
      )),
      'bare pg INSERTs of the same rows, each its own transaction, pool of 10, no lock',
    ),
    compare(
      `postgres: two replicas beside one, ${what}`,
      ...(await turns(
        repeat,
        () => replicas(url, 2),
        () => replicas(url, 1),
      )),
      'one replica',
    ),
    compare(
      `postgres: the append lock, ${what}`,
      ...(await turns(
        repeat,
        () => replicas(url, 2),
        () => replicas(url, 2, { withoutAppendLock: true }),
      )),
      'two replicas without the append lock (unsafe: readers skip events)',
    ),
  ];
}
