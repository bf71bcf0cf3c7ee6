/**
 * `npm run bench`: throughput of the embedded event store and read-model rebuild, each beside the
 * bare engine doing the same work in the same run (raw better-sqlite3, JSON.parse), so every
 * figure is also a ratio to its limit; the matching engine beside highs and greedy; the recording
 * of matching runs by their number of parts; Kafka; audit replay beside read-all; conditional
 * read-model writes on MONGODB_URL (by filter beside by _id); HTTP load and a soak of the compiled
 * platform; the ledger at a million postings through the fund decider beside bare appends, and a
 * balance as of a past moment from that log (ledger.bench.ts, in a process of its own); the what-if
 * of an indicator set over a million events beside reading the same log (assessment.bench.ts, in a
 * process of its own); the PostgreSQL event store on POSTGRES_URL (postgres.bench.ts).
 * Prints JSON; figures are medians of REPEAT runs. BENCH_SQLITE / BENCH_MATCHING /
 * BENCH_RUNS / BENCH_KAFKA / BENCH_AUDIT / BENCH_READ_STORE / BENCH_LOAD / BENCH_IMPORTS /
 * BENCH_LEDGER / BENCH_ASSESSMENT / BENCH_START / BENCH_POSTGRES / BENCH_SCALE = off skip a part. BENCH_SCALE: a seeded
 * city's writes through one and then two replicas of each writing service on PostgreSQL, Kafka and
 * a MongoDB-wire server (scale.bench.ts; about ten minutes). BENCH_START: `npm start` to HTTP
 * listening from the read models' snapshot beside a rebuild from zero, each start a process of its own. The matching benchmark runs in a process of its own (its peak RSS is its own) and
 * exits non-zero, as this does, when highs does not confirm the engine's optimum.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { auditBenchmarks } from './audit.bench';
import { kafkaBenchmarks } from './kafka.bench';
import { loadBenchmarks } from './load.bench';
import { readStoreBenchmarks } from './read-store.bench';
import { runRecordingBenchmarks } from './run-recording.bench';
import { districtResumeBenchmark } from './district-resume.bench';
import { importBenchmarks } from './imports.bench';
import type { ledgerBenchmarks } from './ledger.bench';
import type { assessmentBenchmarks } from './assessment.bench';
import { sqliteBenchmarks } from './sqlite.bench';
import { postgresBenchmarks } from './postgres.bench';
import { startBenchmarks } from './start.bench';
import { type BenchOutput, issue23Figures } from './figures';
import { scaleBenchmarks, withScaleServers } from './scale.bench';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-bench-'));
  try {
    const results =
      process.env.BENCH_SQLITE === 'off' ? { skipped: 'BENCH_SQLITE=off' } : await sqliteBenchmarks(dir, REPEAT);
    const postgres =
      process.env.BENCH_POSTGRES === 'off'
        ? { skipped: 'BENCH_POSTGRES=off' }
        : process.env.POSTGRES_URL
          ? await postgresBenchmarks(process.env.POSTGRES_URL, REPEAT)
          : { skipped: 'POSTGRES_URL not set (deploy/ci/postgres.sh start)' };
    const matching = process.env.BENCH_MATCHING === 'off' ? { skipped: 'BENCH_MATCHING=off' } : matchingInChild();
    const runs =
      process.env.BENCH_RUNS === 'off' ? { skipped: 'BENCH_RUNS=off' } : await runRecordingBenchmarks(REPEAT);
    const districtResume =
      process.env.BENCH_DISTRICT_RESUME === 'on'
        ? await districtResumeBenchmark()
        : { skipped: 'BENCH_DISTRICT_RESUME=on runs it (minutes)' };
    const kafka = await withKafka((brokers) => kafkaBenchmarks(brokers));
    const audit =
      process.env.BENCH_AUDIT === 'off' ? { skipped: 'BENCH_AUDIT=off' } : await auditBenchmarks(dir, REPEAT);
    const readStore =
      process.env.BENCH_READ_STORE === 'off'
        ? { skipped: 'BENCH_READ_STORE=off' }
        : await readStoreBenchmarks(process.env.MONGODB_URL);
    const load = process.env.BENCH_LOAD === 'off' ? { skipped: 'BENCH_LOAD=off' } : await loadBenchmarks();
    const spreadsheets =
      process.env.BENCH_IMPORTS === 'off' ? { skipped: 'BENCH_IMPORTS=off' } : await importBenchmarks(REPEAT);
    const ledger = process.env.BENCH_LEDGER === 'off' ? { skipped: 'BENCH_LEDGER=off' } : ledgerInChild();
    const assessment =
      process.env.BENCH_ASSESSMENT === 'off' ? { skipped: 'BENCH_ASSESSMENT=off' } : assessmentInChild();
    const start =
      process.env.BENCH_START === 'off' ? { skipped: 'BENCH_START=off' } : await startBenchmarks(dir, REPEAT);
    const scaleOut =
      process.env.BENCH_SCALE === 'off' ? { skipped: 'BENCH_SCALE=off' } : await withScaleServers(scaleBenchmarks);
    const output = {
      machine: {
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        cpus: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        repeat: REPEAT,
      },
      results,
      postgres,
      matching,
      runs,
      districtResume,
      kafka,
      audit,
      readStore,
      load,
      spreadsheets,
      ledger,
      assessment,
      start,
      scaleOut,
      /** issue 23's table from the parts above: each figure, its baseline, ratio and goal */
      issue23: issue23Figures({ results, matching, kafka, audit, start } as BenchOutput),
    };
    console.log(JSON.stringify(output, null, 2));
    if ('ok' in matching && !matching.ok) process.exitCode = 1;
    if ('ok' in districtResume && !districtResume.ok) process.exitCode = 1;
    if ('balance' in ledger && !ledger.balance.ok) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `node dist/bench/matching.bench.js`: the district run, highs and greedy (BENCH_MATCH_* pass
 * through); with --expose-gc, so that each timed run starts without the last one's garbage.
 */
function matchingInChild(): { ok: boolean } & Record<string, unknown> {
  const stdout = execFileSync(process.execPath, ['--expose-gc', join(__dirname, 'matching.bench.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(stdout) as { ok: boolean } & Record<string, unknown>;
}

/**
 * `node dist/bench/ledger.bench.js`: a million postings (BENCH_LEDGER_POSTINGS), in a process of
 * its own with room for the stream it reads whole for the balance as of a past moment.
 */
function ledgerInChild(): Awaited<ReturnType<typeof ledgerBenchmarks>> {
  const stdout = execFileSync(process.execPath, ['--max-old-space-size=8192', join(__dirname, 'ledger.bench.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Awaited<ReturnType<typeof ledgerBenchmarks>>;
}

/**
 * `node dist/bench/assessment.bench.js`: a what-if over a million events (BENCH_ASSESSMENT_EVENTS)
 * beside reading the same log, in a process of its own (the shadow Tally of a district is its heap).
 */
function assessmentInChild(): Awaited<ReturnType<typeof assessmentBenchmarks>> {
  const stdout = execFileSync(process.execPath, ['--max-old-space-size=4096', join(__dirname, 'assessment.bench.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(stdout) as Awaited<ReturnType<typeof assessmentBenchmarks>>;
}

/**
 * Against KAFKA_BROKERS when set; otherwise a broker started for the run by deploy/ci/kafka.sh
 * (needs Java and Maven); `BENCH_KAFKA=off` skips it.
 */
async function withKafka<T>(work: (brokers: string[]) => Promise<T>): Promise<T | { skipped: string }> {
  if (process.env.BENCH_KAFKA === 'off') return { skipped: 'BENCH_KAFKA=off' };
  if (process.env.KAFKA_BROKERS) return work(process.env.KAFKA_BROKERS.split(','));
  const script = join(__dirname, '../../deploy/ci/kafka.sh');
  if (!existsSync(script)) return { skipped: 'no KAFKA_BROKERS and no deploy/ci/kafka.sh' };
  const env = { ...process.env, KAFKA_PORT: '29092', KAFKA_CONTROLLER_PORT: '29093' };
  try {
    execFileSync(script, ['start'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    return { skipped: 'could not start a Kafka broker (Java and Maven are needed)' };
  }
  try {
    return await work(['127.0.0.1:29092']);
  } finally {
    execFileSync(script, ['stop'], { env, stdio: 'ignore' });
  }
}

void main();
