import { readFileSync } from 'node:fs';
import type { Comparison, Figure } from './measure';

/**
 * Issue 23's table, read out of one `npm run bench` output: each figure beside its baseline from
 * the same run, the ratio, the goal and whether it is met. `npm run bench` prints it as `issue23`;
 * `node dist/bench/figures.js < out.json` prints it for an output saved earlier.
 */
export interface FigureRow {
  figure: string;
  gongjian: string;
  baseline: string;
  /** what the goal is judged on: a ratio to the baseline, or a time */
  ratio: number | null;
  goal: string;
  met: boolean;
  /** what bounds the figure where the run measured it (the disk's own ceiling for a group commit) */
  note?: string;
}

export type FigureRowOrSkipped = FigureRow | { figure: string; skipped: string };

/** A side of a comparison; the group commit's sides carry their latencies. */
type Side = Figure & { p50Ms?: number; p99Ms?: number };
/** `Comparison` as the bench prints it, with the group commit's ceiling beside it. */
type Compared = Comparison & { gongjian: Side; ceiling?: Comparison };
/** The parts of the bench's output this reads; anything else is passed by. */
export interface BenchOutput {
  results?: Compared[] | { skipped: string };
  matching?: {
    ok?: boolean;
    skipped?: string;
    instance?: { eligiblePairs: number };
    gongjian?: { millis: number; parts: Record<string, number> };
    before?: { millis: number | null; sameResult: boolean | null };
  };
  kafka?: {
    skipped?: string;
    relay?: { throughput: { rate: number }; latencyMillis: { p99: number } };
    baseline?: { throughput: { rate: number }; latencyMillis: { p99: number } };
    relayRatio?: { throughput: number; latencyP99: number };
  };
  audit?: Compared[] | { skipped: string };
  start?: {
    skipped?: string;
    name?: string;
    fromSnapshot?: { listeningMillis: number; rssAfterStartMb: number };
    fromZero?: { listeningMillis: number };
    growth?: { smallerLogEvents: number; listeningMillis: number; listeningRatio: number };
  };
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const rate = (side: Side) => `${n(side.rate)} events/s`;

/** A log five times as long may take at most a quarter longer to start from: what "flat" means here. */
export const FLAT_START_RATIO = 1.25;

export function issue23Figures(output: BenchOutput): FigureRowOrSkipped[] {
  const rows: FigureRowOrSkipped[] = [];
  const store = Array.isArray(output.results) ? output.results : [];
  const storeSkipped = Array.isArray(output.results) ? null : (output.results?.skipped ?? 'not run');
  const fromStore = (figure: string, prefix: string, goal: string, meets: (c: Compared) => boolean, show = rate) => {
    const c = store.find((r) => r.name.startsWith(prefix));
    if (!c) return rows.push({ figure, skipped: storeSkipped ?? `no "${prefix}" in results` });
    rows.push({
      figure,
      gongjian: show(c.gongjian),
      baseline: `${rate(c.baseline)} (${c.baseline.what})`,
      ratio: c.ratio,
      goal,
      met: meets(c),
      ...(c.ceiling
        ? {
            note: `the disk's ceiling: ${c.ceiling.ratio}× (${c.ceiling.name}: ${rate(c.ceiling.gongjian)}, against ${n(c.ceiling.baseline.rate)} with one row per transaction)`,
          }
        : {}),
    });
  };

  const audit = Array.isArray(output.audit) ? output.audit : [];
  // the replay beside the bare SELECT + JSON.parse, chains checked as a replay checks them
  const replay = audit.find((c) => !c.name.includes("replay's thread") && c.baseline.what.includes('JSON.parse'));
  if (!replay)
    rows.push({
      figure: 'audit replay of the needs read model',
      skipped: Array.isArray(output.audit) ? 'no replay in audit' : (output.audit?.skipped ?? 'not run'),
    });
  else {
    const events = Number(/over (\d+) events/.exec(replay.name)?.[1] ?? 0);
    const millionMillis = events ? (replay.gongjian.millis * 1_000_000) / events : replay.gongjian.millis;
    rows.push({
      figure: `audit replay of the needs read model, ${n(events)} events`,
      gongjian: `${n(replay.gongjian.millis)} ms (${rate(replay.gongjian)})`,
      baseline: `${n(replay.baseline.millis)} ms (${replay.baseline.what})`,
      ratio: replay.ratio,
      goal: '≥ 0.75×, 1M events in < 10 s',
      met: replay.ratio >= 0.75 && millionMillis < 10_000,
    });
  }

  fromStore('rebuild of the needs read model', 'rebuild needs read model', '≥ 0.5×', (c) => c.ratio >= 0.5);
  fromStore('appends of 100 events', 'append, 100 events', '≥ 0.5×', (c) => c.ratio >= 0.5);
  fromStore('appends of 1 event', 'append, 1 event', '≥ 0.8×', (c) => c.ratio >= 0.8);
  fromStore(
    'group commit, 64 concurrent writers of 1 event',
    'group commit',
    '≥ 10× one at a time, p99 ≤ 5 ms',
    (c) => c.ratio >= 10 && (c.gongjian.p99Ms ?? Infinity) <= 5,
    (side) => `${rate(side)}, p50 ${side.p50Ms} ms, p99 ${side.p99Ms} ms`,
  );
  fromStore('read-all', 'read all', '≥ 0.9×', (c) => c.ratio >= 0.9);

  const m = output.matching;
  if (!m?.gongjian) rows.push({ figure: 'matching run of the bench district', skipped: m?.skipped ?? 'not run' });
  else {
    const same = m.before?.sameResult;
    rows.push({
      figure: `matching run of the bench district (${n(m.instance?.eligiblePairs ?? 0)} eligible pairs), engine alone`,
      gongjian: `${n(m.gongjian.millis)} ms${same === true ? ', the same result as before' : same === false ? ', ANOTHER result than before' : ''}`,
      baseline: m.before?.millis ? `${n(m.before.millis)} ms, the engine before issue 23` : '—',
      ratio: m.before?.millis ? Number((m.gongjian.millis / m.before.millis).toFixed(3)) : null,
      goal: '< 1,000 ms, the same optimum',
      met: m.gongjian.millis < 1000 && m.ok === true && same !== false,
    });
  }

  const k = output.kafka;
  if (!k?.relay || !k.baseline || !k.relayRatio)
    rows.push({ figure: 'Kafka relay → projection throughput', skipped: k?.skipped ?? 'not run' });
  else
    rows.push({
      figure: 'Kafka relay → projection throughput',
      gongjian: `${rate(k.relay.throughput as Side)}, p99 ${k.relay.latencyMillis.p99} ms`,
      baseline: `${rate(k.baseline.throughput as Side)}, p99 ${k.baseline.latencyMillis.p99} ms (bare kafkajs)`,
      ratio: k.relayRatio.throughput,
      goal: '≥ 0.75×',
      met: k.relayRatio.throughput >= 0.75,
    });

  const s = output.start;
  if (!s?.fromSnapshot || !s.fromZero)
    rows.push({ figure: '`npm start` to listening', skipped: s?.skipped ?? 'not run' });
  else {
    const events = Number(/(\d+) events in the log/.exec(s.name ?? '')?.[1] ?? 0);
    rows.push({
      figure: `\`npm start\` to listening, ${n(events)} events, from the snapshot`,
      gongjian: `${n(s.fromSnapshot.listeningMillis)} ms`,
      baseline: `${n(s.fromZero.listeningMillis)} ms rebuilding from zero`,
      ratio: Number((s.fromSnapshot.listeningMillis / s.fromZero.listeningMillis).toFixed(3)),
      goal: '< 5 s',
      met: s.fromSnapshot.listeningMillis < 5000,
    });
    if (s.growth)
      rows.push({
        figure: `the same start over a log a fifth as long (${n(s.growth.smallerLogEvents)} events)`,
        gongjian: `${n(s.fromSnapshot.listeningMillis)} ms`,
        baseline: `${n(s.growth.listeningMillis)} ms`,
        ratio: s.growth.listeningRatio,
        goal: `flat: ≤ ${FLAT_START_RATIO}×`,
        met: s.growth.listeningRatio <= FLAT_START_RATIO,
      });
    rows.push({
      figure: `memory of the embedded platform after that start`,
      gongjian: `${n(s.fromSnapshot.rssAfterStartMb)} MB RSS`,
      baseline: '—',
      ratio: null,
      goal: '≤ 0.5 GB',
      met: s.fromSnapshot.rssAfterStartMb <= 512,
    });
  }
  return rows;
}

/** The rows as a Markdown table (README, "Benchmarks"). */
export function figuresTable(rows: FigureRowOrSkipped[]): string {
  const lines = ['| figure | gongjian | baseline | ratio | goal |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    if ('skipped' in row) lines.push(`| ${row.figure} | skipped: ${row.skipped} | | | |`);
    else
      lines.push(
        `| ${row.figure} | ${row.gongjian} | ${row.baseline} | ${row.ratio === null ? '' : `${row.ratio}×`} | ${row.goal}${row.met ? ' ✓' : ''} |`,
      );
  }
  return lines.join('\n');
}

if (require.main === module) {
  const text = readFileSync(0, 'utf8');
  const rows = issue23Figures(JSON.parse(text.slice(text.indexOf('{'))) as BenchOutput);
  console.log(process.argv.includes('--markdown') ? figuresTable(rows) : JSON.stringify(rows, null, 2));
}
