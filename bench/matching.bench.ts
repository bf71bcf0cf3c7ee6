import { type NeedInput, type OfferInput, runMatching } from '../apps/matching/src/engine/engine';
import { solveLp } from '../apps/matching/src/engine/lp';
import { DEFAULT_WEIGHTS } from '../apps/matching/src/engine/scoring';
import { median } from './measure';

const NEEDS = Number(process.env.BENCH_MATCH_NEEDS ?? 2000);
const OFFERS = Number(process.env.BENCH_MATCH_OFFERS ?? 500);
const COMMUNITIES = Number(process.env.BENCH_MATCH_COMMUNITIES ?? 30);
const CATEGORIES = ['elderly_care', 'education', 'health', 'legal', 'employment'] as const;
const TAGS = ['助餐', '陪诊', '课业', '法律', '就业', '理发', '家电', '心理'];

/** mulberry32: a seeded RNG, so every run matches the same instance. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function instance(seed = 20261125): { needs: NeedInput[]; offers: OfferInput[] } {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const community = (i: number) => ({ id: `c${i}`, street: `s${i % 10}` });
  const needs = Array.from({ length: NEEDS }, (_, i): NeedInput => {
    const c = community(Math.floor(random() * COMMUNITIES));
    return {
      id: `n${String(i).padStart(6, '0')}`,
      communityId: c.id,
      gridId: `${c.id}-g${Math.floor(random() * 6)}`,
      category: pick(CATEGORIES),
      tags: [pick(TAGS), pick(TAGS)],
      remaining: { amount: 5 + Math.floor(random() * 40), unit: 'person_hours' },
      window: { from: '2026-12-01', to: '2027-06-30' },
      urgency: pick(['low', 'normal', 'high', 'critical'] as const),
      lineage: ['d', c.street, c.id],
    };
  });
  const offers = Array.from({ length: OFFERS }, (_, j): OfferInput => {
    const c = community(Math.floor(random() * COMMUNITIES));
    const area = random() < 0.2 ? 'd' : random() < 0.6 ? c.street : c.id;
    return {
      id: `o${String(j).padStart(6, '0')}`,
      unitId: `u${j}`,
      category: pick(CATEGORIES),
      tags: [pick(TAGS)],
      remaining: { amount: 20 + Math.floor(random() * 100), unit: 'person_hours' },
      window: { from: '2026-11-01', to: '2027-12-31' },
      serviceArea: [area],
      unitLineage: ['d', c.street, c.id],
      pairedOrgIds: random() < 0.3 ? [`${c.id}-g${Math.floor(random() * 6)}`] : [],
      meanEvaluation: random() < 0.5 ? null : 1 + random() * 4,
    };
  });
  return { needs, offers };
}

/** Highest score first, take what is left: what a person with a spreadsheet would do. */
function greedy(result: ReturnType<typeof runMatching>, needs: NeedInput[], offers: OfferInput[]): number {
  const needLeft = new Map(needs.map((n) => [n.id, n.remaining.amount]));
  const offerLeft = new Map(offers.map((o) => [o.id, o.remaining.amount]));
  let objective = 0;
  for (const pair of [...result.pairs].sort((a, b) => b.score - a.score || a.needId.localeCompare(b.needId))) {
    const x = Math.min(needLeft.get(pair.needId)!, offerLeft.get(pair.offerId)!);
    if (x <= 0) continue;
    needLeft.set(pair.needId, needLeft.get(pair.needId)! - x);
    offerLeft.set(pair.offerId, offerLeft.get(pair.offerId)! - x);
    objective += x * pair.score;
  }
  return objective;
}

/** The optimal run beside the highs LP of the same instance and a greedy baseline, in one run. */
export async function matchingBenchmarks(repeat: number) {
  const { needs, offers } = instance();
  const times: number[] = [];
  let result = runMatching(needs, offers, DEFAULT_WEIGHTS);
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    result = runMatching(needs, offers, DEFAULT_WEIGHTS);
    times.push(performance.now() - started);
  }
  const sorted = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  const needIndex = new Map(sorted(needs).map((n, i) => [n.id, i]));
  const offerIndex = new Map(sorted(offers).map((o, j) => [o.id, j]));
  const lpStarted = performance.now();
  const lpObjective = await solveLp({
    supplies: sorted(needs).map((n) => (n as NeedInput).remaining.amount),
    capacities: sorted(offers).map((o) => (o as OfferInput).remaining.amount),
    arcs: result.pairs.map((p) => ({
      need: needIndex.get(p.needId)!,
      offer: offerIndex.get(p.offerId)!,
      score: p.score,
    })),
  });
  const lpMillis = performance.now() - lpStarted;
  const greedyObjective = greedy(result, needs, offers);
  return {
    name: 'matching run (seeded instance)',
    instance: { needs: NEEDS, offers: OFFERS, communities: COMMUNITIES, eligiblePairs: result.pairs.length },
    gongjian: {
      millis: Math.round(median(times)),
      objective: result.objective,
      assignedQuantity: result.assignedQuantity,
    },
    highsLp: {
      millis: Math.round(lpMillis),
      objective: lpObjective,
      relativeGap: Math.abs(result.objective - lpObjective) / Math.max(1, lpObjective),
    },
    greedy: {
      objective: Math.round(greedyObjective * 1e6) / 1e6,
      optimalGain: Number((result.objective / greedyObjective - 1).toFixed(4)),
    },
  };
}
