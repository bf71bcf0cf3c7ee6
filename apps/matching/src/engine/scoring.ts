import type { Urgency } from '@gongjian/contracts';

/**
 * The matching score (DESIGN §5): a weighted sum, per unit of quantity, of the parts below. The
 * weights live here and nowhere else; `MATCHING_WEIGHTS` (JSON) overrides them, e.g.
 * `MATCHING_WEIGHTS='{"pairing":3}'`. Every part is in [0, 1] before weighting.
 *
 * - base: 1 for every eligible pair, so any eligible assignment is worth making
 * - tags: Jaccard overlap of the need's and the offer's tags
 * - proximity: where the unit sits relative to the need — same community 1, same street 0.5,
 *   same district 0.25 (units are located in communities or streets, so "same grid" is expressed
 *   by the pairing part)
 * - pairing: 1 when the unit is paired (结对共建) with the need's grid or community
 * - urgency: low 0, normal ⅓, high ⅔, critical 1
 * - window: share of the need's window the offer's window covers
 * - evaluation: the unit's mean resident evaluation of past projects, (mean − 1) / 4; 0.5 if none
 */
export const DEFAULT_WEIGHTS = { base: 1, tags: 3, proximity: 2, pairing: 2, urgency: 1.5, window: 1, evaluation: 1 };
export type Weights = typeof DEFAULT_WEIGHTS;

export function loadWeights(env: NodeJS.ProcessEnv = process.env): Weights {
  if (!env.MATCHING_WEIGHTS) return DEFAULT_WEIGHTS;
  const overrides = JSON.parse(env.MATCHING_WEIGHTS) as Partial<Weights>;
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in DEFAULT_WEIGHTS) || typeof value !== 'number' || value < 0)
      throw new Error(`MATCHING_WEIGHTS: bad weight ${key}`);
  }
  return { ...DEFAULT_WEIGHTS, ...overrides };
}

export type Breakdown = Record<keyof Weights, number>;

export interface PairFacts {
  needTags: string[];
  offerTags: string[];
  /** ids from the district down to the need's community */
  needLineage: string[];
  needGridId: string | null;
  /** ids from the district down to the unit's location (community or street) */
  unitLineage: string[];
  pairedOrgIds: string[];
  urgency: Urgency;
  needWindow: { from: string; to: string };
  offerWindow: { from: string; to: string };
  meanEvaluation: number | null;
}

const URGENCY: Record<Urgency, number> = { low: 0, normal: 1 / 3, high: 2 / 3, critical: 1 };
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function windowOverlapDays(a: { from: string; to: string }, b: { from: string; to: string }): number {
  const from = Math.max(Date.parse(a.from), Date.parse(b.from));
  const to = Math.min(Date.parse(a.to), Date.parse(b.to));
  return to < from ? -1 : (to - from) / 86_400_000;
}

export function score(f: PairFacts, weights: Weights): { score: number; breakdown: Breakdown } {
  const tags = new Set(f.needTags);
  const union = new Set([...f.needTags, ...f.offerTags]);
  const shared = f.offerTags.filter((t) => tags.has(t)).length;
  const community = f.needLineage[2];
  const street = f.needLineage[1];
  const proximity = f.unitLineage.includes(community)
    ? 1
    : f.unitLineage.includes(street)
      ? 0.5
      : f.unitLineage[0] === f.needLineage[0]
        ? 0.25
        : 0;
  const paired = f.pairedOrgIds.includes(community) || (f.needGridId !== null && f.pairedOrgIds.includes(f.needGridId));
  const needDays = Math.max(1, windowOverlapDays(f.needWindow, f.needWindow));
  const parts: Breakdown = {
    base: 1,
    tags: union.size === 0 ? 0 : shared / union.size,
    proximity,
    pairing: paired ? 1 : 0,
    urgency: URGENCY[f.urgency],
    window: Math.min(1, Math.max(0, windowOverlapDays(f.needWindow, f.offerWindow)) / needDays),
    evaluation: f.meanEvaluation === null ? 0.5 : (f.meanEvaluation - 1) / 4,
  };
  const breakdown = Object.fromEntries(
    Object.entries(parts).map(([k, v]) => [k, round(v * weights[k as keyof Weights])]),
  ) as Breakdown;
  return { score: round(Object.values(breakdown).reduce((a, b) => a + b, 0)), breakdown };
}
