import { type NeedInput, type OfferInput, type Pair, runMatching } from '../apps/matching/src/engine/engine';
import { solveLpDetailed } from '../apps/matching/src/engine/lp';
import { DEFAULT_WEIGHTS } from '../apps/matching/src/engine/scoring';
import { generateDistrict } from './district';
import { median } from './measure';

/** The district of issue 5; BENCH_MATCH_* change it (e.g. a smaller one while iterating). */
const SHAPE = {
  needs: Number(process.env.BENCH_MATCH_NEEDS ?? 20_000),
  offers: Number(process.env.BENCH_MATCH_OFFERS ?? 5_000),
  communities: Number(process.env.BENCH_MATCH_COMMUNITIES ?? 300),
  streets: process.env.BENCH_MATCH_STREETS ? Number(process.env.BENCH_MATCH_STREETS) : undefined,
};
const SEED = Number(process.env.BENCH_MATCH_SEED ?? 20261125);
/** highs must reach the engine's objective to this relative gap, or the benchmark fails */
const MAX_GAP = 1e-6;

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * A matching run on a generated district beside, in the same process, the LP of the same instance
 * (the engine's eligible pairs and scores) solved by highs and a greedy baseline. Run it in a
 * process of its own (`node dist/bench/matching.bench.js`, as run.ts does) for the peak RSS to be
 * the matching's alone.
 */
export async function matchingBenchmarks(repeat: number) {
  const { needs, offers } = generateDistrict(SHAPE, SEED);
  const runs: number[] = [];
  let firstRunRss = 0;
  let result: ReturnType<typeof runMatching> | undefined;
  for (let i = 0; i < repeat; i++) {
    result = undefined; // let the previous run's pairs go before the next one is made
    const started = performance.now();
    result = runMatching(needs, offers, DEFAULT_WEIGHTS);
    runs.push(Math.round(performance.now() - started));
    if (i === 0) firstRunRss = peakRssMb();
  }
  if (!result) throw new Error('BENCH_REPEAT must be at least 1');
  const engineRss = peakRssMb();

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
  const ok = relativeGap !== null && relativeGap <= MAX_GAP;
  return {
    name: 'matching run (generated district)',
    ok,
    ...(ok
      ? {}
      : { failure: relativeGap === null ? 'highs did not solve the LP' : `relative gap ${relativeGap} > ${MAX_GAP}` }),
    instance: {
      ...SHAPE,
      streets: new Set(needs.map((n) => n.lineage[1])).size,
      seed: SEED,
      eligiblePairs: result.pairs.length,
    },
    gongjian: {
      millis: gongjianMillis,
      runs,
      objective: result.objective,
      assignedQuantity: result.assignedQuantity,
      assignedPairs: result.pairs.reduce((count, p) => count + (p.quantity > 0 ? 1 : 0), 0),
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

/** The run's eligible pairs as the LP sees them: needs and offers by index in id order, as typed arrays. */
function lpInstance(needs: NeedInput[], offers: OfferInput[], pairs: Pair[]) {
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
