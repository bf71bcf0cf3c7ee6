import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { ProposedEvent } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { SqliteCheckpointStore } from '@gongjian/messaging/sqlite.checkpoint-store';
import { median } from './measure';

/** Events in the log the platform starts on (BENCH_START_EVENTS): needs posted, each edited 9 times. */
const EVENTS = Number(process.env.BENCH_START_EVENTS ?? 1_000_000);
const PER_NEED = 10;

interface StartRun {
  listeningMillis: number;
  readModels: { events: number; millis: number; from?: string; documents: Record<string, number> } | null;
  closeMillis: number;
  memoryMb: Record<string, unknown> & { rssAtListen: number; rssAfterGc: number; heapUsed: number };
  documents: Record<string, number>;
}

function needStream(n: number, perNeed = PER_NEED): ProposedEvent[] {
  const needId = uuidv7();
  const communityId = `community-${n % 300}`;
  const envelope = (type: string, data: unknown): ProposedEvent => ({
    eventId: uuidv7(),
    type,
    schemaVersion: 1,
    occurredAt: new Date().toISOString(),
    actor: { accountId: 'bench', role: 'community_admin', orgId: communityId },
    correlationId: uuidv7(),
    causationId: null,
    data,
  });
  return [
    envelope('matching.NeedPosted', {
      needId,
      communityId,
      gridId: null,
      title: `需求 ${n}：独居老人助餐`,
      description: '每周三次送餐上门，需要志愿者协助',
      category: 'elderly_care',
      tags: ['助餐', '独居老人'],
      quantity: { amount: 40, unit: 'person_hours' },
      window: { from: '2026-12-01', to: '2027-03-31' },
      urgency: 'high',
    }),
    ...Array.from({ length: perNeed - 1 }, (_, k) =>
      envelope('matching.NeedEdited', { title: `需求 ${n} 第${k + 2}版` }),
    ),
  ];
}

/**
 * The platform's log as a running platform leaves it: EVENTS events, the relay and the follower
 * at the head (they were there when it stopped). Files private, as the start requires.
 */
export async function seed(dataDir: string, total = EVENTS, perNeed = PER_NEED): Promise<number> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'events.db');
  const store = new SqliteEventStore({ filename: file });
  store.db.pragma('synchronous = OFF'); // setup only
  const needs = Math.ceil(total / perNeed);
  for (let n = 0; n < needs; n++) {
    const events = needStream(n, perNeed);
    await store.append(`matching.need-${(events[0].data as { needId: string }).needId}`, events, 'no_stream');
  }
  const head = await store.headPosition();
  const last = await store.eventAt(head);
  const checkpoints = new SqliteCheckpointStore(store.db);
  for (const name of ['relay', 'follower']) await checkpoints.save(name, head, last!.eventId);
  await store.close();
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600);
  return needs * perNeed;
}

function startOnce(dataDir: string, env: Record<string, string>): StartRun {
  const stdout = execFileSync(process.execPath, ['--expose-gc', join(__dirname, 'start.child.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env, GONGJIAN_DATA_DIR: dataDir, GONGJIAN_LOG_LEVEL: 'error' },
  });
  const run = JSON.parse(stdout) as StartRun;
  // on standard error as it comes: a long run that fails later keeps what it measured
  console.error(JSON.stringify({ start: env, listeningMillis: run.listeningMillis, memoryMb: run.memoryMb }));
  return run;
}

const summary = (runs: StartRun[]) => ({
  listeningMillis: median(runs.map((r) => r.listeningMillis)),
  readModelsMillis: median(runs.map((r) => r.readModels?.millis ?? 0)),
  rssAfterStartMb: median(runs.map((r) => r.memoryMb.rssAfterGc)),
  runs: runs.map((r) => r.listeningMillis),
  last: runs[runs.length - 1],
});

/**
 * Bytes of the snapshot per collection, largest first (what the read models' memory is made of,
 * as JSON): lines after a `{"collection":…}` line count for it.
 */
function bytesPerCollection(file: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  let current = '';
  let left = 0;
  const line = (raw: Buffer) => {
    if (left > 0) {
      sizes[current] += raw.length + 1;
      left--;
    } else if (raw.subarray(0, 14).toString() === '{"collection":') {
      const header = JSON.parse(raw.toString()) as { collection: string; documents: number };
      current = header.collection;
      left = header.documents;
      sizes[current] = 0;
    }
  };
  // read in chunks: the file passes the longest string V8 makes at a million events
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 22);
  let rest = Buffer.alloc(0);
  for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
    const data = Buffer.concat([rest, chunk.subarray(0, read)]);
    let start = 0;
    for (let end = data.indexOf(10); end !== -1; end = data.indexOf(10, start)) {
      line(data.subarray(start, end));
      start = end + 1;
    }
    rest = Buffer.from(data.subarray(start));
  }
  closeSync(fd);
  return Object.fromEntries(
    Object.entries(sizes)
      .filter(([, bytes]) => bytes > 0)
      .sort(([, a], [, b]) => b - a)
      .map(([name, bytes]) => [name, Math.round(bytes / 2 ** 10)]),
  );
}

/**
 * `npm start` to HTTP listening on a log of BENCH_START_EVENTS events (default 1M, issue 23's
 * figure; a few minutes, most of them the rebuilds from zero), each start in a process of its own: from the read models' snapshot beside a
 * rebuild from zero (GONGJIAN_REBUILD_READ_MODELS=1), alternately in the same run; RSS after start
 * and what holds it (process.memoryUsage and the V8 heap spaces, after a GC).
 */
export async function startBenchmarks(dir: string, repeat: number) {
  const dataDir = join(dir, 'start-data');
  const events = await seed(dataDir);
  const rebuilds: StartRun[] = [];
  const snapshots: StartRun[] = [];
  for (let i = 0; i < repeat; i++) {
    // the rebuild's clean shutdown writes the snapshot the next start loads
    rebuilds.push(startOnce(dataDir, { GONGJIAN_REBUILD_READ_MODELS: '1' }));
    snapshots.push(startOnce(dataDir, {}));
  }
  // the 85 s after the rebuild: the relay and the follower behind by the whole log, so both
  // catch up while the server should be listening (one start: the gap, not the rebuild, is the figure)
  const store = new SqliteEventStore({ filename: join(dataDir, 'events.db') });
  const checkpoints = new SqliteCheckpointStore(store.db);
  for (const name of ['relay', 'follower']) await checkpoints.reset(name, null);
  await store.close();
  const behind = startOnce(dataDir, { GONGJIAN_REBUILD_READ_MODELS: '1' });
  const fromSnapshot = summary(snapshots);
  const fromZero = summary(rebuilds);
  const snapshotFile = join(dataDir, 'read-models.snapshot');
  const diskFile = join(dataDir, 'read-models.sqlite');
  // flat as history grows: the same start from the snapshot over a log of the same needs, each
  // posted and edited once (a fifth of the events)
  const smallDir = join(dir, 'start-data-small');
  const smallEvents = await seed(smallDir, Math.round(EVENTS / 5), 2);
  startOnce(smallDir, { GONGJIAN_REBUILD_READ_MODELS: '1' });
  const small = summary(Array.from({ length: repeat }, () => startOnce(smallDir, {})));
  return {
    name: `npm start to HTTP listening, ${events} events in the log (${events / PER_NEED} needs, each edited ${PER_NEED - 1} times)`,
    fromSnapshot,
    fromZero,
    snapshotBytes: existsSync(snapshotFile) ? statSync(snapshotFile).size : null,
    /** the read models kept on disk (the audit index: read-models.sqlite and its WAL) */
    diskBytes: existsSync(diskFile)
      ? ['', '-wal'].reduce(
          (sum, suffix) => sum + (existsSync(diskFile + suffix) ? statSync(diskFile + suffix).size : 0),
          0,
        )
      : null,
    /** from the snapshot over a log of the same needs edited once (a fifth of the events): listening and RSS, and this log's over that one's (flat: near 1) */
    growth: {
      smallerLogEvents: smallEvents,
      listeningMillis: small.listeningMillis,
      rssAfterStartMb: small.rssAfterStartMb,
      listeningRatio: Number((fromSnapshot.listeningMillis / small.listeningMillis).toFixed(3)),
      rssRatio: Number((fromSnapshot.rssAfterStartMb / small.rssAfterStartMb).toFixed(3)),
    },
    /** what the read models hold: KiB of the snapshot per collection */
    snapshotKibPerCollection: existsSync(snapshotFile) ? bytesPerCollection(snapshotFile) : null,
    /**
     * A rebuild with the relay and the follower behind by the whole log: the time from the read
     * models ready to listening, beside the same with them at the head (fromZero)
     */
    followersBehind: {
      listeningMillis: behind.listeningMillis,
      readModelsMillis: behind.readModels?.millis ?? 0,
      afterReadModelsMillis: behind.listeningMillis - (behind.readModels?.millis ?? 0),
      atHeadAfterReadModelsMillis: fromZero.listeningMillis - fromZero.readModelsMillis,
    },
    /** listening time from the snapshot / from zero: below 1 is faster */
    ratio: Number((fromSnapshot.listeningMillis / fromZero.listeningMillis).toFixed(3)),
  };
}
