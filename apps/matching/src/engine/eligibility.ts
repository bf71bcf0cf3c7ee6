import type { Category } from '@gongjian/contracts';
import type { Exclusion, NeedInput, OfferInput } from './engine';
import type { NeedSide, OfferSide, OrgIds } from './scoring';

/**
 * The eligible pairs of a run (the rules of `exclusion`, DESIGN §5), as two index arrays listed by
 * need, then offer, with how many offers each rule excluded for each need. Offers are grouped by
 * category and unit of quantity once, so the rules a pair fails first (category, unit) are counted
 * per group; only same-category, same-unit offers are looked at one by one, on numbers: the window
 * rule on parsed dates, the area rule on org ids marked for the need's lineage.
 */
export interface EligiblePairs {
  count: number;
  /** arc k goes from need `need[k]` to offer `offer[k]` (indices in id order); valid up to `count` */
  need: Int32Array;
  offer: Int32Array;
  /** the arcs of need i are `start[i]` to `start[i + 1]` (excluded) */
  start: Int32Array;
  excludedBy(i: number): Record<Exclusion, number>;
}

export function eligiblePairs(
  needs: NeedInput[],
  offers: OfferInput[],
  needSide: NeedSide,
  offerSide: OfferSide,
  orgIds: OrgIds,
): EligiblePairs {
  const groups = groupOffers(offers);
  const lineages = orgIds.lists(needs.map((n) => n.lineage));
  const areas = orgIds.lists(offers.map((o) => o.serviceArea));
  // mark[id] === i + 1 while need i's lineage is looked at
  const mark = new Int32Array(orgIds.size);
  const arcs = new ArcBuffer(needs.length * 16);
  const start = new Int32Array(needs.length + 1);
  const excluded = new Int32Array(needs.length * 4);
  const { from: offerFrom, to: offerTo } = offerSide;
  for (let i = 0; i < needs.length; i++) {
    const need = needs[i];
    const sameCategory = groups.get(need.category);
    const sameUnit = sameCategory?.byUnit.get(need.remaining.unit);
    excluded[4 * i] = offers.length - (sameCategory?.count ?? 0);
    excluded[4 * i + 1] = (sameCategory?.count ?? 0) - (sameUnit?.length ?? 0);
    start[i] = arcs.count;
    if (!sameUnit) continue;
    const stamp = i + 1;
    for (let p = lineages.start[i]; p < lineages.start[i + 1]; p++) mark[lineages.ids[p]] = stamp;
    const from = needSide.from[i];
    const to = needSide.to[i];
    let window = 0;
    let area = 0;
    for (let s = 0; s < sameUnit.length; s++) {
      const j = sameUnit[s];
      if (Math.min(to, offerTo[j]) < Math.max(from, offerFrom[j])) {
        window += 1;
        continue;
      }
      let covered = false;
      for (let p = areas.start[j]; p < areas.start[j + 1] && !covered; p++) covered = mark[areas.ids[p]] === stamp;
      if (!covered) {
        area += 1;
        continue;
      }
      arcs.push(i, j);
    }
    excluded[4 * i + 2] = window;
    excluded[4 * i + 3] = area;
  }
  start[needs.length] = arcs.count;
  return {
    count: arcs.count,
    need: arcs.need,
    offer: arcs.offer,
    start,
    excludedBy: (i) => ({
      category: excluded[4 * i],
      unit: excluded[4 * i + 1],
      window: excluded[4 * i + 2],
      area: excluded[4 * i + 3],
    }),
  };
}

/** Offer indices by category, then unit of quantity (in id order). */
function groupOffers(offers: OfferInput[]): Map<Category, { count: number; byUnit: Map<string, Int32Array> }> {
  const lists = new Map<Category, { count: number; byUnit: Map<string, number[]> }>();
  offers.forEach((offer, j) => {
    let group = lists.get(offer.category);
    if (!group) lists.set(offer.category, (group = { count: 0, byUnit: new Map() }));
    group.count += 1;
    const list = group.byUnit.get(offer.remaining.unit);
    if (list) list.push(j);
    else group.byUnit.set(offer.remaining.unit, [j]);
  });
  const groups = new Map<Category, { count: number; byUnit: Map<string, Int32Array> }>();
  for (const [category, { count, byUnit }] of lists)
    groups.set(category, { count, byUnit: new Map([...byUnit].map(([unit, list]) => [unit, Int32Array.from(list)])) });
  return groups;
}

/** Pairs of indices appended to typed arrays that double when full. */
class ArcBuffer {
  need: Int32Array;
  offer: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.need = new Int32Array(Math.max(16, capacity));
    this.offer = new Int32Array(Math.max(16, capacity));
  }

  push(i: number, j: number): void {
    if (this.count === this.need.length) {
      const need = new Int32Array(2 * this.count);
      const offer = new Int32Array(2 * this.count);
      need.set(this.need);
      offer.set(this.offer);
      this.need = need;
      this.offer = offer;
    }
    this.need[this.count] = i;
    this.offer[this.count] = j;
    this.count += 1;
  }
}
