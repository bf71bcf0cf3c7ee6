import { createHash } from 'node:crypto';
import { PerformanceObserver } from 'node:perf_hooks';
import {
  type NeedInput,
  type OfferInput,
  type Pair,
  type RunResult,
  type RunTimings,
  runMatching,
} from '../apps/matching/src/engine/engine';
import { solveLpDetailed } from '../apps/matching/src/engine/lp';
import { DEFAULT_WEIGHTS } from '../apps/matching/src/engine/scoring';
import { generateDistrict } from './district';
import { runMatchingBefore } from './matching-before/engine';
import { median } from './measure';

/** The district of issue 5; BENCH_MATCH_* change it (e.g. a smaller one while iterating). */
const SHAPE = {
  needs: Number(process.env.BENCH_MATCH_NEEDS ?? 20_000),
  offers: Number(process.env.BENCH_MATCH_OFFERS ?? 5_000),
  communities: Number(process.env.BENCH_MATCH_COMMUNITIES ?? 300),
  streets: process.env.BENCH_MATCH_STREETS ? Number(process.env.BENCH_MATCH_STREETS) : undefined,
};
const SEED = Number(process.env.BENCH_MATCH_SEED ?? 20261125);
/** BENCH_MATCH_BEFORE=off: no run of the engine before issue 23 beside it */
const BEFORE = process.env.BENCH_MATCH_BEFORE !== 'off';
/** highs must reach the engine's objective to this relative gap, or the benchmark fails */
const MAX_GAP = 1e-6;

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * A matching run on a generated district beside, in the same process, the engine as it was before
 * issue 23 (bench/matching-before, in turns with it: what else the machine does weighs on both),
 * the LP of the same instance (the engine's eligible pairs and scores) solved by highs, and a
 * greedy baseline. Run it in a process of its own (`node dist/bench/matching.bench.js`, as run.ts
 * does) for the peak RSS to be the matching's alone.
 */
export async function matchingBenchmarks(repeat: number) {
  const { needs, offers } = generateDistrict(SHAPE, SEED);
  const gc = gcPauses();
  const runs: number[] = [];
  const runsBefore: number[] = [];
  // CPU time of the process over each run (the main thread and V8's helpers): on a machine shared
  // with other work, wall time measures the others as much as the engine
  const cpu: number[] = [];
  const cpuBefore: number[] = [];
  const gcMillis: number[] = [];
  const splits: RunTimings[] = [];
  let firstRunRss = 0;
  let result: RunResult | undefined;
  const digests = { gongjian: new Set<string>(), before: new Set<string>() };
  // one result alive at a time, the garbage of the last run collected before the next (run.ts
  // gives this process --expose-gc), so each run starts from the same heap
  const collect = () => (globalThis as { gc?: () => void }).gc?.();
  const timeNew = async (keep: boolean) => {
    result = undefined;
    collect();
    const timings = {} as RunTimings;
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    const run = runMatching(needs, offers, DEFAULT_WEIGHTS, timings);
    const ended = performance.now();
    cpu.push(cpuMillis(cpuStarted));
    runs.push(Math.round(ended - started));
    splits.push(timings);
    gcMillis.push(await gc.between(started, ended));
    digests.gongjian.add(digest(run));
    if (keep) result = run;
  };
  const timeBefore = () => {
    collect();
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    const run = runMatchingBefore(needs, offers, DEFAULT_WEIGHTS);
    runsBefore.push(Math.round(performance.now() - started));
    cpuBefore.push(cpuMillis(cpuStarted));
    digests.before.add(digest(run));
  };
  for (let i = 0; i < repeat; i++) {
    // in turns (new, before; before, new; …), the last run the engine's, kept for highs and greedy
    const newFirst = i % 2 === 0 && i < repeat - 1;
    if (newFirst) await timeNew(false);
    if (i === 0) firstRunRss = peakRssMb();
    if (BEFORE) timeBefore();
    if (!newFirst) await timeNew(i === repeat - 1);
  }
  gc.stop();
  if (!result) throw new Error('BENCH_REPEAT must be at least 1');
  const engineRss = peakRssMb();
  // the same optimum: the same pairs, scores, breakdowns and quantities, the same objective (the
  // same JSON text, every run of either)
  const sameAsBefore = BEFORE
    ? digests.gongjian.size === 1 && digests.before.size === 1 && [...digests.gongjian][0] === [...digests.before][0]
    : null;

  const instance = lpInstance(needs, offers, result.pairs);
  const greedyStarted = performance.now();
  const greedyObjective = greedy(instance);
  const greedyMillis = performance.now() - greedyStarted;

  const lpStarted = performance.now();
  const lp = await solveLpDetailed(instance).catch((error: unknown) => ({ error: String(error) }));
  const lpMillis = performance.now() - lpStarted;
  const gongjianMillis = median(runs);
  const relativeGap =
    'error' in lp ? null : Math.abs(result.objective - lp.objective) / Math.max(1, Math.abs(lp.objective));
  const ok = relativeGap !== null && relativeGap <= MAX_GAP && sameAsBefore !== false;
  const failure =
    relativeGap === null
      ? 'highs did not solve the LP'
      : relativeGap > MAX_GAP
        ? `relative gap ${relativeGap} > ${MAX_GAP}`
        : 'the engine before issue 23 gave another result';
  const beforeMillis = runsBefore.length ? median(runsBefore) : null;
  return {
    name: 'matching run (generated district)',
    ok,
    ...(ok ? {} : { failure }),
    instance: {
      ...SHAPE,
      streets: new Set(needs.map((n) => n.lineage[1])).size,
      seed: SEED,
      eligiblePairs: result.pairs.length,
    },
    gongjian: {
      millis: gongjianMillis,
      runs,
      cpuMillis: median(cpu),
      cpuRuns: cpu,
      /** median of each part of the engine's runs (RunTimings), and of the GC pauses inside a run */
      parts: medianParts(splits),
      gcMillis: median(gcMillis),
      objective: result.objective,
      assignedQuantity: result.assignedQuantity,
      assignedPairs: result.pairs.chosen().length,
    },
    /** the engine before issue 23 (bench/matching-before), timed in turns with it on the same instance */
    before: {
      millis: beforeMillis,
      runs: runsBefore,
      cpuMillis: cpuBefore.length ? median(cpuBefore) : null,
      cpuRuns: cpuBefore,
      sameResult: sameAsBefore,
      /** gongjian median / before median, wall time */
      ratio: beforeMillis ? round3(gongjianMillis / beforeMillis) : null,
      /** the same of CPU time */
      cpuRatio: cpuBefore.length ? round3(median(cpu) / median(cpuBefore)) : null,
      /** the median of each turn's ratio (a run of each, one after the other), wall time */
      turnRatio: cpuBefore.length ? round3(median(runs.map((r, i) => r / runsBefore[i]))) : null,
      /** the README's figure of the engine before on a quiet machine (2,320 ms) × cpuRatio */
      readmeScaledMillis: cpuBefore.length ? Math.round((2320 * median(cpu)) / median(cpuBefore)) : null,
    },
    highsLp:
      'error' in lp
        ? { millis: Math.round(lpMillis), error: lp.error }
        : {
            millis: Math.round(lpMillis),
            objective: lp.objective,
            relativeGap,
            simplexIterations: lp.iterations,
            /** of highs' 2 GB WASM heap */
            wasmMemoryMb: Math.round(lp.memoryBytes / 2 ** 20),
            /** highs time / gongjian median time */
            timeRatio: Number((lpMillis / gongjianMillis).toFixed(1)),
          },
    greedy: {
      millis: Math.round(greedyMillis),
      objective: Math.round(greedyObjective * 1e6) / 1e6,
      /** optimal objective / greedy objective − 1 */
      optimalGain: Number((result.objective / greedyObjective - 1).toFixed(4)),
    },
    peakRssMb: { afterFirstRun: firstRunRss, afterAllRuns: engineRss, afterHighs: peakRssMb() },
  };
}

/** SHA-256 of a run's JSON text, pair by pair (the whole text of 1.3M pairs is too long a string). */
function digest(result: Omit<RunResult, 'pairs'> & { pairs: Iterable<Pair> & { length: number } }): string {
  const hash = createHash('sha256');
  for (const pair of result.pairs) hash.update(JSON.stringify(pair));
  hash.update(JSON.stringify({ ...result, pairs: result.pairs.length }));
  return hash.digest('hex');
}

const round3 = (x: number) => Number(x.toFixed(3));

function cpuMillis(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return Math.round((user + system) / 1000);
}

/** Each part's median over the runs, in whole milliseconds. */
function medianParts(splits: RunTimings[]): Record<keyof RunTimings, number> {
  const parts = {} as Record<keyof RunTimings, number>;
  for (const key of Object.keys(splits[0]) as Array<keyof RunTimings>)
    parts[key] = Math.round(median(splits.map((s) => s[key])));
  return parts;
}

/** The garbage collector's pauses (`gc` performance entries), summed over a span of time. */
function gcPauses() {
  const pauses: Array<{ start: number; duration: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    /** after the entries of the span are delivered (a turn of the event loop) */
    async between(from: number, to: number): Promise<number> {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const inSpan = pauses.filter((p) => p.start >= from && p.start < to);
      return Math.round(inSpan.reduce((sum, p) => sum + p.duration, 0));
    },
    stop: () => observer.disconnect(),
  };
}

/** The run's eligible pairs as the LP sees them: needs and offers by index in id order, as typed arrays. */
function lpInstance(needs: NeedInput[], offers: OfferInput[], pairList: Iterable<Pair>) {
  const pairs = Array.from(pairList);
  const sortedNeeds = byId(needs);
  const sortedOffers = byId(offers);
  const needIndex = new Map(sortedNeeds.map((n, i) => [n.id, i]));
  const offerIndex = new Map(sortedOffers.map((o, j) => [o.id, j]));
  return {
    supplies: sortedNeeds.map((n) => n.remaining.amount),
    capacities: sortedOffers.map((o) => o.remaining.amount),
    arcs: {
      need: Int32Array.from(pairs, (p) => needIndex.get(p.needId)!),
      offer: Int32Array.from(pairs, (p) => offerIndex.get(p.offerId)!),
      score: Float64Array.from(pairs, (p) => p.score),
    },
  };
}

/**
 * Highest score first, take what is left: what a person with a spreadsheet would do. Ties go to
 * the pair listed first (need id, then offer id), as the engine's pairs are listed.
 */
function greedy({ supplies, capacities, arcs }: ReturnType<typeof lpInstance>): number {
  // in hundredths, as the engine counts, so what is left is exact
  const needLeft = Float64Array.from(supplies, (s) => Math.round(s * 100));
  const offerLeft = Float64Array.from(capacities, (c) => Math.round(c * 100));
  const order = new Uint32Array(arcs.score.length).map((_, k) => k);
  order.sort((a, b) => arcs.score[b] - arcs.score[a] || a - b);
  let objective = 0;
  for (const k of order) {
    const x = Math.min(needLeft[arcs.need[k]], offerLeft[arcs.offer[k]]);
    if (x <= 0) continue;
    needLeft[arcs.need[k]] -= x;
    offerLeft[arcs.offer[k]] -= x;
    objective += (x / 100) * arcs.score[k];
  }
  return objective;
}

if (require.main === module) {
  matchingBenchmarks(Number(process.env.BENCH_MATCH_REPEAT ?? process.env.BENCH_REPEAT ?? 5)).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
