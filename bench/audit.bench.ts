import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { type ProposedEvent, SYSTEM_ACTOR } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import { type LocalReadModels, ProjectionRegistry, ReadModels } from '@gongjian/runtime';
import { needsProjection } from '../apps/matching/src/needs/needs.projection';
import { compare, type Comparison, type Figure, median, rate } from './measure';

/** Events in the log the replay walks (BENCH_AUDIT_EVENTS): needs posted, then edited. */
const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const PER_NEED = 10;

function needStream(n: number): ProposedEvent[] {
  const needId = uuidv7();
  const envelope = (type: string, data: unknown): ProposedEvent => ({
    eventId: uuidv7(),
    type,
    schemaVersion: 1,
    occurredAt: new Date().toISOString(),
    actor: { accountId: 'bench', role: 'community_admin', orgId: `community-${n % 300}` },
    correlationId: uuidv7(),
    causationId: null,
    data,
  });
  return [
    envelope('matching.NeedPosted', {
      needId,
      communityId: `community-${n % 300}`,
      gridId: null,
      title: `需求 ${n}：独居老人助餐`,
      description: '每周三次送餐上门，需要志愿者协助',
      category: 'elderly_care',
      tags: ['助餐', '独居老人'],
      quantity: { amount: 40, unit: 'person_hours' },
      window: { from: '2026-12-01', to: '2027-03-31' },
      urgency: 'high',
    }),
    ...Array.from({ length: PER_NEED - 1 }, (_, k) =>
      envelope('matching.NeedEdited', { title: `需求 ${n} 第${k + 2}版` }),
    ),
  ];
}

/**
 * Replay of the needs read model over a log of BENCH_AUDIT_EVENTS events (default 1M): the audit
 * service's replay (read, verify every hash chain, fold into a shadow, compare with the live model
 * document by document; on this store the chains up to the head are checked by a worker thread
 * that reads the file: DECISIONS 100) beside a read of the whole log through the same store, and
 * beside the bare engine reading the same rows and parsing their JSON, in the same run; and the
 * same replay without the worker, every chain checked on the replay's own thread, beside that.
 */
export async function auditBenchmarks(dir: string, repeat: number): Promise<Comparison[]> {
  Logger.overrideLogger(false); // the output is JSON
  const store = new SqliteEventStore({ filename: join(dir, 'audit-log.db') });
  store.db.pragma('synchronous = OFF'); // setup only
  const needs = Math.ceil(EVENTS / PER_NEED);
  for (let n = 0; n < needs; n++) {
    const events = needStream(n);
    await store.append(`matching.need-${(events[0].data as { needId: string }).needId}`, events, 'no_stream');
  }
  store.db.pragma('synchronous = FULL');
  const total = needs * PER_NEED;

  const live = new MemoryDocumentStore();
  await new ProjectionRunner(live, [needsProjection]).rebuild(store);
  const registry = new ProjectionRegistry();
  registry.register(needsProjection);
  // the owner's replays (what `POST /audit/replays` asks the matching service for); swap not measured
  const runner = new ProjectionRunner(live, [needsProjection]);
  const replays = new ReadModels(store, live, registry, { runner } as unknown as LocalReadModels);

  const replay = (readModels: ReadModels) => async () => {
    const started = await readModels.startReplay('needs', null, SYSTEM_ACTOR);
    const replay = await readModels.settled(started.id);
    if (replay.status !== 'completed' || replay.differences?.length !== 0 || replay.chainBreaks.length !== 0)
      throw new Error(`replay ${replay.status}: ${replay.differences?.length} differences`);
  };
  // the same replay with every chain checked on its own thread (no worker: DECISIONS 100), which
  // is what a one-core machine, a log in memory or a log begun by an earlier version get
  const here = new ReadModels(withoutChainWorker(store), live, registry, { runner } as unknown as LocalReadModels);
  const readThroughStore = async () => {
    for (let position = 0; ;) {
      const page = await store.readAll({ fromPosition: position, maxCount: 2000 });
      if (page.length === 0) break;
      position = page[page.length - 1].globalPosition;
    }
  };
  // the baseline: the engine reading the rows and parsing their JSON, nothing else
  const page = store.db.prepare<[number], { global_position: number; actor: string; data: string }>(
    'SELECT * FROM events WHERE global_position > ? ORDER BY global_position LIMIT 2000',
  );
  const bareRead = () => {
    for (let position = 0; ;) {
      const rows = page.all(position);
      if (rows.length === 0) break;
      for (const row of rows) {
        JSON.parse(row.actor);
        JSON.parse(row.data);
      }
      position = rows[rows.length - 1].global_position;
    }
  };
  // in turns (each run of the four, the order reversed every other run): what else the machine
  // does weighs on all four alike; the baseline's rate moved by 3× between blocks of runs
  const sides = [replay(replays), replay(here), readThroughStore, bareRead];
  const runs: Figure[][] = sides.map(() => []);
  for (let i = 0; i < repeat; i++) {
    const order = i % 2 === 0 ? [0, 1, 2, 3] : [3, 2, 1, 0];
    for (const side of order) runs[side].push(await rate(1, total, 'events/s', sides[side]));
  }
  const [replayed, replayedHere, throughStoreRate, bareRate] = runs.map((figures): Figure => ({
    rate: median(figures.map((f) => f.rate)),
    unit: 'events/s',
    millis: median(figures.map((f) => f.millis)),
    runs: figures.map((f) => f.rate),
  }));
  const name = `replay of the needs read model over ${total} events (chains verified, shadow compared with live)`;
  const throughStore = compare(
    name,
    replayed,
    throughStoreRate,
    'read all of the same log through the same store (2000 per page)',
  );
  const what = 'better-sqlite3 SELECT of the same rows (2000 per page) + JSON.parse of actor and data';
  const bare = compare(name, replayed, bareRate, what);
  const bareHere = compare(`${name}, chains checked on the replay's thread`, replayedHere, bareRate, what);
  await store.close();
  return [throughStore, bare, bareHere];
}

/** The store without its chain worker: a replay checks every event on the thread that reads it. */
function withoutChainWorker(store: SqliteEventStore): SqliteEventStore {
  return new Proxy(store, {
    get: (target, key) => {
      if (key === 'checkChainsApart') return undefined;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
