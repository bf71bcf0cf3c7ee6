import type { Category } from '@gongjian/contracts';
import type { Exclusion, NeedInput, OfferInput } from './engine';
import type { NeedSide, OfferSide, OrgIds } from './scoring';

/**
 * The eligible pairs of a run (the rules of `exclusion`, DESIGN §5), as two index arrays listed by
 * need, then offer, with how many offers each rule excluded for each need — without looking at
 * every pair. Offers are grouped by category and unit of quantity, so the rules a pair fails
 * first (category, unit) are counted per group; in a group, the offers whose service area covers
 * a lineage are listed once per lineage (the needs of a community share theirs), and only those
 * are checked one by one for the window; how many of the group the window rule excludes is
 * counted by binary search in the group's sorted dates (`WindowCounts`).
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

interface Group {
  offers: Int32Array;
  windows: WindowCounts;
  /** the offers of the group whose area covers a lineage, by lineage (index in `lineageOf`) */
  covering: Array<Int32Array | undefined>;
}

export function eligiblePairs(
  needs: NeedInput[],
  offers: OfferInput[],
  needSide: NeedSide,
  offerSide: OfferSide,
  orgIds: OrgIds,
): EligiblePairs {
  const groups = groupOffers(offers, offerSide);
  const { lineageOf, lineages } = distinctLineages(needs, orgIds);
  const covers = coverage(offers, orgIds);
  // the offers each need's area lets through, the same for the needs of a community and group
  const groupOf = needs.map((n) => groups.get(n.category)?.byUnit.get(n.remaining.unit));
  const candidatesOf = groupOf.map((group, i) =>
    group ? (group.covering[lineageOf[i]] ??= covers(group.offers, lineages[lineageOf[i]])) : undefined,
  );
  const need = new Int32Array(candidatesOf.reduce((n, candidates) => n + (candidates?.length ?? 0), 0));
  const offer = new Int32Array(need.length);
  let count = 0;
  const start = new Int32Array(needs.length + 1);
  const excluded = new Int32Array(needs.length * 4);
  const { from: offerFrom, to: offerTo } = offerSide;
  for (let i = 0; i < needs.length; i++) {
    const sameCategory = groups.get(needs[i].category)?.count ?? 0;
    const group = groupOf[i];
    const candidates = candidatesOf[i];
    const sameUnit = group?.offers.length ?? 0;
    excluded[4 * i] = offers.length - sameCategory;
    excluded[4 * i + 1] = sameCategory - sameUnit;
    start[i] = count;
    if (!group || !candidates) continue;
    // the window rule of `exclusion`, on parsed dates, for the offers the area rule lets through
    const from = needSide.from[i];
    const to = needSide.to[i];
    for (let s = 0; s < candidates.length; s++) {
      const j = candidates[s];
      if (Math.min(to, offerTo[j]) < Math.max(from, offerFrom[j])) continue;
      need[count] = i;
      offer[count++] = j;
    }
    const window = group.windows.excluded(from, to);
    excluded[4 * i + 2] = window;
    excluded[4 * i + 3] = sameUnit - window - (count - start[i]);
  }
  start[needs.length] = count;
  return {
    count,
    need,
    offer,
    start,
    excludedBy: (i) => ({
      category: excluded[4 * i],
      unit: excluded[4 * i + 1],
      window: excluded[4 * i + 2],
      area: excluded[4 * i + 3],
    }),
  };
}

/**
 * How many offers of a group the window rule (`min(to, offer.to) < max(from, offer.from)`, on
 * epoch ms) excludes for a need's window, by binary search. A comparison with NaN (a date that
 * does not parse) is false, so an offer or a need with one is never excluded; an offer that ends
 * before it starts is excluded by every need; a need that ends before it starts excludes every
 * offer; otherwise an offer is excluded when it starts after the need ends or ends before it
 * starts (never both: it would end before it starts).
 */
class WindowCounts {
  /** offers without NaN */
  private readonly dated: number = 0;
  /** offers without NaN that end before they start */
  private readonly reversed: number = 0;
  /** starts and ends of the other offers without NaN, sorted */
  private readonly froms: Float64Array;
  private readonly tos: Float64Array;

  constructor(offers: Int32Array, side: OfferSide) {
    const froms: number[] = [];
    const tos: number[] = [];
    for (const j of offers) {
      const from = side.from[j];
      const to = side.to[j];
      if (Number.isNaN(from) || Number.isNaN(to)) continue;
      this.dated += 1;
      if (to < from) this.reversed += 1;
      else {
        froms.push(from);
        tos.push(to);
      }
    }
    this.froms = Float64Array.from(froms).sort();
    this.tos = Float64Array.from(tos).sort();
  }

  excluded(from: number, to: number): number {
    if (Number.isNaN(from) || Number.isNaN(to)) return 0;
    if (to < from) return this.dated;
    const startAfter = this.froms.length - countBelowOrAt(this.froms, to);
    const endBefore = countBelow(this.tos, from);
    return this.reversed + startAfter + endBefore;
  }
}

/** How many of the sorted `xs` are < x. */
function countBelow(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the sorted `xs` are ≤ x. */
function countBelowOrAt(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offer indices by category, then unit of quantity (in id order), with their window counts. */
function groupOffers(
  offers: OfferInput[],
  side: OfferSide,
): Map<Category, { count: number; byUnit: Map<string, Group> }> {
  const lists = new Map<Category, Map<string, number[]>>();
  offers.forEach((offer, j) => {
    let byUnit = lists.get(offer.category);
    if (!byUnit) lists.set(offer.category, (byUnit = new Map()));
    const list = byUnit.get(offer.remaining.unit);
    if (list) list.push(j);
    else byUnit.set(offer.remaining.unit, [j]);
  });
  const groups = new Map<Category, { count: number; byUnit: Map<string, Group> }>();
  for (const [category, byUnit] of lists) {
    let count = 0;
    const groupsByUnit = new Map<string, Group>();
    for (const [unit, list] of byUnit) {
      const indices = Int32Array.from(list);
      groupsByUnit.set(unit, { offers: indices, windows: new WindowCounts(indices, side), covering: [] });
      count += list.length;
    }
    groups.set(category, { count, byUnit: groupsByUnit });
  }
  return groups;
}

/** The needs' lineages as org ids, each distinct one once, and which one each need has. */
function distinctLineages(needs: NeedInput[], orgIds: OrgIds): { lineageOf: Int32Array; lineages: Int32Array[] } {
  const index = new Map<string, number>();
  const lineages: Int32Array[] = [];
  const lineageOf = Int32Array.from(needs, (n) => {
    let key = '';
    for (const id of n.lineage) key += `${orgIds.of(id)},`;
    let k = index.get(key);
    if (k === undefined) {
      index.set(key, (k = lineages.length));
      lineages.push(Int32Array.from(n.lineage, (id) => orgIds.of(id)));
    }
    return k;
  });
  return { lineageOf, lineages };
}

/**
 * The area rule of `exclusion` (some id of the service area is on the lineage) for the offers of
 * a group: the group's offers by area id (made once per group), then the lists of the lineage's
 * ids merged in index order, an offer listed under two of them once.
 */
function coverage(offers: OfferInput[], orgIds: OrgIds): (group: Int32Array, lineage: Int32Array) => Int32Array {
  const areas = orgIds.lists(offers.map((o) => o.serviceArea));
  const byArea = new Map<Int32Array, Map<number, number[]>>();
  return (group, lineage) => {
    let lists = byArea.get(group);
    if (!lists) {
      byArea.set(group, (lists = new Map()));
      for (const j of group) {
        for (let p = areas.start[j]; p < areas.start[j + 1]; p++) {
          const list = lists.get(areas.ids[p]);
          if (!list) lists.set(areas.ids[p], [j]);
          else if (list[list.length - 1] !== j) list.push(j); // an id listed twice in one area
        }
      }
    }
    const covering: number[][] = [];
    for (const id of lineage) {
      const list = id >= 0 ? lists.get(id) : undefined;
      if (list && !covering.includes(list)) covering.push(list);
    }
    return covering.length === 1 ? Int32Array.from(covering[0]) : merged(covering);
  };
}

/** Sorted lists of indices merged into one sorted list, each index once. */
function merged(lists: number[][]): Int32Array {
  const all = new Int32Array(lists.reduce((n, list) => n + list.length, 0));
  let count = 0;
  const at = lists.map(() => 0);
  for (;;) {
    let next = -1;
    for (let l = 0; l < lists.length; l++)
      if (at[l] < lists[l].length && (next < 0 || lists[l][at[l]] < next)) next = lists[l][at[l]];
    if (next < 0) return all.slice(0, count);
    all[count++] = next;
    for (let l = 0; l < lists.length; l++) if (at[l] < lists[l].length && lists[l][at[l]] === next) at[l] += 1;
  }
}
