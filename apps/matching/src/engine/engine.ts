import type { Category, Quantity, TimeWindow, Urgency } from '@gongjian/contracts';
import { type Breakdown, score, type Weights, windowOverlapDays } from './scoring';
import { solveTransportation } from './transportation';

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
  if (!offer.serviceArea.some((orgId) => need.lineage.includes(orgId))) return 'area';
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

export interface RunResult {
  pairs: Pair[];
  objective: number;
  assignedQuantity: number;
  /** needs without any eligible offer, with how many offers each rule excluded */
  unmatched: Array<{ needId: string; excludedBy: Record<Exclusion, number> }>;
  /** for every need, how many offers each rule excluded */
  exclusions: Record<string, Record<Exclusion, number>>;
  /** remaining capacity of each offer the run saw */
  capacities: Record<string, number>;
}

/** Quantities have at most two decimals (DTO rule): the solver works in hundredths. */
const SCALE = 100;

/**
 * One matching run: every eligible pair with its score, and the assignment that maximises the
 * total score under remaining quantities and capacities (the exact optimum). Needs and offers are
 * sorted by id first, so the same input gives the same output.
 */
export function runMatching(needsIn: NeedInput[], offersIn: OfferInput[], weights: Weights): RunResult {
  const needs = [...needsIn].sort((a, b) => a.id.localeCompare(b.id));
  const offers = [...offersIn].sort((a, b) => a.id.localeCompare(b.id));
  const pairs: Pair[] = [];
  const arcs: Array<{ need: number; offer: number; score: number }> = [];
  const unmatched: RunResult['unmatched'] = [];
  const exclusions: RunResult['exclusions'] = {};
  needs.forEach((need, i) => {
    const excludedBy: Record<Exclusion, number> = { category: 0, unit: 0, window: 0, area: 0 };
    let eligible = 0;
    offers.forEach((offer, j) => {
      const rule = exclusion(need, offer);
      if (rule) {
        excludedBy[rule] += 1;
        return;
      }
      eligible += 1;
      const scored = score(
        {
          needTags: need.tags,
          offerTags: offer.tags,
          needLineage: need.lineage,
          needGridId: need.gridId,
          unitLineage: offer.unitLineage,
          pairedOrgIds: offer.pairedOrgIds,
          urgency: need.urgency,
          needWindow: need.window,
          offerWindow: offer.window,
          meanEvaluation: offer.meanEvaluation,
        },
        weights,
      );
      arcs.push({ need: i, offer: j, score: scored.score });
      pairs.push({ needId: need.id, offerId: offer.id, ...scored, quantity: 0 });
    });
    exclusions[need.id] = excludedBy;
    if (eligible === 0) unmatched.push({ needId: need.id, excludedBy });
  });
  const toUnits = (q: Quantity) => Math.round(q.amount * SCALE);
  const { flows } = solveTransportation({
    supplies: needs.map((n) => toUnits(n.remaining)),
    capacities: offers.map((o) => toUnits(o.remaining)),
    arcs,
  });
  let objective = 0;
  let assigned = 0;
  flows.forEach((flow, k) => {
    pairs[k].quantity = flow / SCALE;
    objective += (flow / SCALE) * pairs[k].score;
    assigned += flow / SCALE;
  });
  return {
    pairs,
    objective: Math.round(objective * 1e6) / 1e6,
    assignedQuantity: Math.round(assigned * 100) / 100,
    unmatched,
    exclusions,
    capacities: Object.fromEntries(offers.map((o) => [o.id, o.remaining.amount])),
  };
}
