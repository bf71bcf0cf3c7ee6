/**
 * The matching engine as it was before issue 23 (ddd249b's apps/matching/src/engine), frozen: the
 * baseline the matching bench times beside the engine on the same instance, and the oracle the
 * engine's specs compare it with (same objective, same pairs, same chosen quantities). Not for
 * the platform; do not change it.
 */
import type { Quantity } from '@gongjian/contracts';
import type { Exclusion, NeedInput, OfferInput, Pair, RunResult } from '../../apps/matching/src/engine/engine';
import type { Category } from '@gongjian/contracts';
import { type Breakdown, PairScorer, type Weights } from './scoring';
import { solveTransportationArcs } from './transportation';

/** Quantities have at most two decimals (DTO rule): the solver works in hundredths. */
const SCALE = 100;

/**
 * One matching run: every eligible pair with its score, and the assignment that maximises the
 * total score under remaining quantities and capacities (the exact optimum). Needs and offers are
 * sorted by id first and pairs are listed by need, then offer, so the same input gives the same
 * output (and the solver's tie-breaking depends on the ids alone, see transportation.ts).
 *
 * Offers are grouped by category and unit of quantity once, so the rules a pair fails first
 * (category, unit) are counted per group and only same-category, same-unit offers are looked at
 * one by one — what makes a district (20,000 needs × 5,000 offers) take seconds, not minutes.
 */
/** The result as the engine before returned it: the pairs as an array of objects. */
export type RunResultBefore = Omit<RunResult, 'pairs'> & { pairs: Pair[] };

export function runMatchingBefore(needsIn: NeedInput[], offersIn: OfferInput[], weights: Weights): RunResultBefore {
  const needs = [...needsIn].sort((a, b) => a.id.localeCompare(b.id));
  const offers = [...offersIn].sort((a, b) => a.id.localeCompare(b.id));
  const scorer = new PairScorer(weights);
  const scoredOffers = offers.map((o) =>
    scorer.offer({
      offerTags: o.tags,
      unitLineage: o.unitLineage,
      pairedOrgIds: o.pairedOrgIds,
      offerWindow: o.window,
      meanEvaluation: o.meanEvaluation,
    }),
  );
  const groups = groupOffers(offers);
  const arcs = { need: [] as number[], offer: [] as number[], score: [] as number[] };
  const breakdowns: Breakdown[] = [];
  const unmatched: RunResult['unmatched'] = [];
  const exclusions: RunResult['exclusions'] = {};
  needs.forEach((need, i) => {
    const sameCategory = groups.get(need.category);
    const sameUnit = sameCategory?.byUnit.get(need.remaining.unit) ?? [];
    const excludedBy: Record<Exclusion, number> = {
      category: offers.length - (sameCategory?.count ?? 0),
      unit: (sameCategory?.count ?? 0) - sameUnit.length,
      window: 0,
      area: 0,
    };
    const scoredNeed = scorer.need({
      needTags: need.tags,
      needLineage: need.lineage,
      needGridId: need.gridId,
      urgency: need.urgency,
      needWindow: need.window,
    });
    let eligible = 0;
    for (const j of sameUnit) {
      const offer = offers[j];
      const scoredOffer = scoredOffers[j];
      // the window rule of `exclusion`, on parsed dates
      if (Math.min(scoredNeed.to, scoredOffer.to) < Math.max(scoredNeed.from, scoredOffer.from)) {
        excludedBy.window += 1;
        continue;
      }
      if (!covers(offer.serviceArea, need.lineage)) {
        excludedBy.area += 1;
        continue;
      }
      eligible += 1;
      const scored = scorer.score(scoredNeed, scoredOffer);
      arcs.need.push(i);
      arcs.offer.push(j);
      arcs.score.push(scored.score);
      breakdowns.push(scored.breakdown);
    }
    exclusions[need.id] = excludedBy;
    if (eligible === 0) unmatched.push({ needId: need.id, excludedBy });
  });
  const toUnits = (q: Quantity) => Math.round(q.amount * SCALE);
  const { flows } = solveTransportationArcs(
    needs.map((n) => toUnits(n.remaining)),
    offers.map((o) => toUnits(o.remaining)),
    arcs,
  );
  // pairs are made once the quantities are known (setting a decimal on millions of objects made with 0 is slow in V8)
  const pairs = new Array<Pair>(flows.length);
  let objective = 0;
  let assigned = 0;
  for (let k = 0; k < flows.length; k++) {
    const quantity = flows[k] / SCALE;
    const score = arcs.score[k];
    pairs[k] = {
      needId: needs[arcs.need[k]].id,
      offerId: offers[arcs.offer[k]].id,
      score,
      breakdown: breakdowns[k],
      quantity,
    };
    objective += quantity * score;
    assigned += quantity;
  }
  return {
    pairs,
    objective: Math.round(objective * 1e6) / 1e6,
    assignedQuantity: Math.round(assigned * 100) / 100,
    unmatched,
    exclusions,
    capacities: Object.fromEntries(offers.map((o) => [o.id, o.remaining.amount])),
  };
}

/** Offer indices by category, then unit of quantity (in id order). */
function groupOffers(offers: OfferInput[]): Map<Category, { count: number; byUnit: Map<string, number[]> }> {
  const groups = new Map<Category, { count: number; byUnit: Map<string, number[]> }>();
  offers.forEach((offer, j) => {
    let group = groups.get(offer.category);
    if (!group) groups.set(offer.category, (group = { count: 0, byUnit: new Map() }));
    group.count += 1;
    const list = group.byUnit.get(offer.remaining.unit);
    if (list) list.push(j);
    else group.byUnit.set(offer.remaining.unit, [j]);
  });
  return groups;
}

/** The area rule of `exclusion`: some id of the service area is on the need's lineage. */
function covers(serviceArea: string[], lineage: string[]): boolean {
  for (const orgId of serviceArea) if (lineage.includes(orgId)) return true;
  return false;
}
