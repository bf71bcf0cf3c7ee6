import type { Category, Quantity, TimeWindow, Urgency } from '@gongjian/contracts';
import { type EligiblePairs, eligiblePairs } from './eligibility';
import { type Breakdown, PairScorer, type Weights, windowOverlapDays } from './scoring';
import { solveTransportationArcs } from './transportation';

export interface NeedInput {
  id: string;
  communityId: string;
  gridId: string | null;
  category: Category;
  tags: string[];
  remaining: Quantity;
  window: TimeWindow;
  urgency: Urgency;
  /** district → street → community */
  lineage: string[];
}

export interface OfferInput {
  id: string;
  unitId: string;
  category: Category;
  tags: string[];
  remaining: Quantity;
  window: TimeWindow;
  serviceArea: string[];
  /** district → … → the unit's location */
  unitLineage: string[];
  pairedOrgIds: string[];
  meanEvaluation: number | null;
}

/** Why a (need, offer) pair is not eligible (DESIGN §5), in the order the rules are checked. */
export type Exclusion = 'category' | 'unit' | 'window' | 'area';

export function exclusion(need: NeedInput, offer: OfferInput): Exclusion | null {
  if (need.category !== offer.category) return 'category';
  if (need.remaining.unit !== offer.remaining.unit) return 'unit';
  if (windowOverlapDays(need.window, offer.window) < 0) return 'window';
  if (!covers(offer.serviceArea, need.lineage)) return 'area';
  return null;
}

export interface Pair {
  needId: string;
  offerId: string;
  score: number;
  breakdown: Breakdown;
  /** quantity the optimum assigns to this pair (0 when not chosen) */
  quantity: number;
}

/**
 * The eligible pairs of a run, held as the engine's columns (indices, scores, quantities): a
 * `Pair` object, with its breakdown, is made when it is read. A district's run has a million pairs
 * and more; a caller that wants the chosen ones (proposals) or one need's (an explanation) does not
 * pay for the rest, and the ones recorded in the run's parts are made one at a time as they are
 * written (issue 23, DECISIONS 103). Iterating gives them in the engine's order (by need, then
 * offer); `JSON.stringify` gives the array the engine returned before.
 */
export class Pairs implements Iterable<Pair> {
  constructor(
    private readonly needs: readonly NeedInput[],
    private readonly offers: readonly OfferInput[],
    private readonly eligible: EligiblePairs,
    private readonly scores: Float64Array,
    private readonly flows: Float64Array,
    private readonly breakdown: (k: number, i: number, j: number) => Breakdown,
  ) {}

  get length(): number {
    return this.eligible.count;
  }

  /** The k-th pair (0 ≤ k < length), made anew on each call. */
  at(k: number): Pair {
    const i = this.eligible.need[k];
    const j = this.eligible.offer[k];
    return {
      needId: this.needs[i].id,
      offerId: this.offers[j].id,
      score: this.scores[k],
      breakdown: this.breakdown(k, i, j),
      quantity: this.flows[k] / SCALE,
    };
  }

  *[Symbol.iterator](): Iterator<Pair> {
    for (let k = 0; k < this.eligible.count; k++) yield this.at(k);
  }

  /** The pairs the optimum assigned a quantity to, in order. */
  chosen(): Pair[] {
    const chosen: Pair[] = [];
    for (let k = 0; k < this.eligible.count; k++) if (this.flows[k] > 0) chosen.push(this.at(k));
    return chosen;
  }

  toArray(): Pair[] {
    return [...this];
  }

  toJSON(): Pair[] {
    return this.toArray();
  }
}

export interface RunResult {
  pairs: Pairs;
  objective: number;
  assignedQuantity: number;
  /** needs without any eligible offer, with how many offers each rule excluded */
  unmatched: Array<{ needId: string; excludedBy: Record<Exclusion, number> }>;
  /** for every need, how many offers each rule excluded */
  exclusions: Record<string, Record<Exclusion, number>>;
  /** remaining capacity of each offer the run saw */
  capacities: Record<string, number>;
}

/** Where a run's time went, in milliseconds (the benchmark's split; a caller passes an object to fill). */
export interface RunTimings {
  /** sorting by id, org ids as numbers, each side's part of the score */
  prepare: number;
  /** the rules of DESIGN §5 (eligibility.ts) */
  eligibility: number;
  scoring: number;
  /** the solver's network and its simplex */
  solve: number;
  /** the result: objective, exclusions and capacities (the pairs stay columns, `Pairs`) */
  pairs: number;
}

/** Quantities have at most two decimals (DTO rule): the solver works in hundredths. */
const SCALE = 100;

/**
 * One matching run: every eligible pair with its score, and the assignment that maximises the
 * total score under remaining quantities and capacities (the exact optimum). Needs and offers are
 * sorted by id first and pairs are listed by need, then offer, so the same input gives the same
 * output (and the solver's tie-breaking depends on the ids alone, see transportation.ts).
 *
 * Each step is a loop over typed arrays (eligibility.ts, `PairScorer.scoreArcs`): ids are numbers,
 * pairs are indices, and no object is made per pair: the result's `Pairs` makes one when it is
 * read (issue 23, DECISIONS 90 and 103: a district of 20,000 needs × 5,000 offers and 1.3M
 * eligible pairs in well under half the time it took before, with the same result).
 */
export function runMatching(
  needsIn: NeedInput[],
  offersIn: OfferInput[],
  weights: Weights,
  timings?: RunTimings,
): RunResult {
  let started = performance.now();
  const lap = (part: keyof RunTimings) => {
    const now = performance.now();
    if (timings) timings[part] = now - started;
    started = now;
  };
  const needs = [...needsIn].sort((a, b) => a.id.localeCompare(b.id));
  const offers = [...offersIn].sort((a, b) => a.id.localeCompare(b.id));
  const scorer = new PairScorer(weights);
  const needSide = scorer.needs(
    needs.map((n) => ({
      needTags: n.tags,
      needLineage: n.lineage,
      needGridId: n.gridId,
      urgency: n.urgency,
      needWindow: n.window,
    })),
  );
  const offerSide = scorer.offers(
    offers.map((o) => ({
      offerTags: o.tags,
      unitLineage: o.unitLineage,
      pairedOrgIds: o.pairedOrgIds,
      offerWindow: o.window,
      meanEvaluation: o.meanEvaluation,
    })),
  );
  lap('prepare');
  const eligible = eligiblePairs(needs, offers, needSide, offerSide, scorer.orgIds);
  lap('eligibility');
  const count = eligible.count;
  const arcs = scorer.scoreArcs(needSide, offerSide, eligible.need, eligible.offer, count);
  lap('scoring');
  const toUnits = (q: Quantity) => Math.round(q.amount * SCALE);
  const { flows } = solveTransportationArcs(
    needs.map((n) => toUnits(n.remaining)),
    offers.map((o) => toUnits(o.remaining)),
    { need: eligible.need.subarray(0, count), offer: eligible.offer.subarray(0, count), score: arcs.score },
  );
  lap('solve');
  const result = resultOf(needs, offers, eligible, arcs.score, flows, (k, i, j) =>
    scorer.breakdown(needSide, offerSide, arcs, k, i, j),
  );
  lap('pairs');
  return result;
}

/** The run's result from the solver's flows: the pairs stay columns (`Pairs`). */
function resultOf(
  needs: NeedInput[],
  offers: OfferInput[],
  eligible: EligiblePairs,
  scores: Float64Array,
  flows: Float64Array,
  breakdown: (k: number, i: number, j: number) => Breakdown,
): RunResult {
  let objective = 0;
  let assigned = 0;
  for (let k = 0; k < eligible.count; k++) {
    const quantity = flows[k] / SCALE;
    objective += quantity * scores[k];
    assigned += quantity;
  }
  const unmatched: RunResult['unmatched'] = [];
  const exclusions: RunResult['exclusions'] = {};
  needs.forEach((need, i) => {
    const excludedBy = eligible.excludedBy(i);
    exclusions[need.id] = excludedBy;
    if (eligible.start[i] === eligible.start[i + 1]) unmatched.push({ needId: need.id, excludedBy });
  });
  return {
    pairs: new Pairs(needs, offers, eligible, scores, flows, breakdown),
    objective: Math.round(objective * 1e6) / 1e6,
    assignedQuantity: Math.round(assigned * 100) / 100,
    unmatched,
    exclusions,
    capacities: Object.fromEntries(offers.map((o) => [o.id, o.remaining.amount])),
  };
}

/** The area rule of `exclusion`: some id of the service area is on the need's lineage. */
function covers(serviceArea: string[], lineage: string[]): boolean {
  for (const orgId of serviceArea) if (lineage.includes(orgId)) return true;
  return false;
}
