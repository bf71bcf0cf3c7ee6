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
 * - urgency: low (不急) 0, normal (一般, the ordinary need) ⅓, high (紧急) ⅔, critical (特急) 1 —
 *   an ordinary need gets a third of the weight, one that can wait none
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
  return overlapDays(Date.parse(a.from), Date.parse(a.to), Date.parse(b.from), Date.parse(b.to));
}

export function score(f: PairFacts, weights: Weights): { score: number; breakdown: Breakdown } {
  const scorer = new PairScorer(weights);
  const n = scorer.needs([f]);
  const o = scorer.offers([f]);
  const arcs = scorer.scoreArcs(n, o, Int32Array.of(0), Int32Array.of(0), 1);
  return { score: arcs.score[0], breakdown: scorer.breakdown(n, o, arcs, 0, 0, 0) };
}

export type NeedFacts = Pick<PairFacts, 'needTags' | 'needLineage' | 'needGridId' | 'urgency' | 'needWindow'>;
export type OfferFacts = Pick<
  PairFacts,
  'offerTags' | 'unitLineage' | 'pairedOrgIds' | 'offerWindow' | 'meanEvaluation'
>;

const DAY = 86_400_000;

/** No org id: a missing lineage level or grid (never equal to an interned id, but equal to itself). */
export const NO_ORG = -1;

/**
 * Org ids as small integers, so the rules compare numbers in the loops over millions of pairs:
 * one table per run, shared by the eligibility (service areas, lineages) and the score.
 */
export class OrgIds {
  private readonly ids = new Map<string, number>();

  of(id: string | null | undefined): number {
    if (typeof id !== 'string') return NO_ORG;
    let n = this.ids.get(id);
    if (n === undefined) this.ids.set(id, (n = this.ids.size));
    return n;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Many lists of ids as one array: list `k` is `ids[start[k]]` to `ids[start[k + 1]]` (excluded). */
  lists(lists: string[][]): { start: Int32Array; ids: Int32Array } {
    const start = new Int32Array(lists.length + 1);
    lists.forEach((list, k) => (start[k + 1] = start[k] + list.length));
    const ids = new Int32Array(start[lists.length]);
    lists.forEach((list, k) => list.forEach((id, p) => (ids[start[k] + p] = this.of(id))));
    return { start, ids };
  }
}

/** `list` of `lists` contains `id` (as `Array.prototype.includes` on the strings). */
export function listHas(lists: { start: Int32Array; ids: Int32Array }, list: number, id: number): boolean {
  if (id === NO_ORG) return false;
  const { start, ids } = lists;
  for (let p = start[list], end = start[list + 1]; p < end; p++) if (ids[p] === id) return true;
  return false;
}

/** What the needs of a run contribute to every one of their pairs, computed once, by need index. */
export interface NeedSide {
  tagSet: Int32Array;
  top: Int32Array; // lineage[0]
  street: Int32Array; // lineage[1]
  community: Int32Array; // lineage[2]
  grid: Int32Array;
  urgency: Float64Array; // weighted part
  from: Float64Array;
  to: Float64Array;
  days: Float64Array;
}

/** What the offers of a run contribute to every one of their pairs, computed once, by offer index. */
export interface OfferSide {
  tagSet: Int32Array;
  unitLineage: { start: Int32Array; ids: Int32Array };
  unitTop: Int32Array; // unitLineage[0]
  pairedOrgIds: { start: Int32Array; ids: Int32Array };
  from: Float64Array;
  to: Float64Array;
  evaluation: Float64Array; // weighted part
}

/** The parts of arc k's score that are not one side's alone; the rest is read from the sides. */
export interface ScoredArcs {
  score: Float64Array;
  tags: Float64Array;
  window: Float64Array;
  /** proximity level (0–3) | paired << 2 */
  kind: Uint8Array;
}

/**
 * The score of many pairs (DESIGN §5 above): the parts that depend on one side only are weighted
 * once per need or offer, tag overlaps once per pair of distinct tag lists, org ids compared as
 * numbers; a district run scores over a million pairs without an object per pair. The parts are
 * summed in the order of `Breakdown`, each rounded to 1e-6 (the same doubles as before issue 23).
 */
export class PairScorer {
  readonly orgIds: OrgIds;
  private readonly tagSets = new Map<string, number>();
  private readonly tagLists: string[][] = [];
  private tagParts = new Float64Array(0);
  private tagPartsWidth = 0;
  private readonly tagPartsFallback = new Map<number, number>();
  private readonly proximityParts: number[];
  private readonly base: number;
  private readonly pairing: [number, number];

  constructor(
    private readonly weights: Weights,
    orgIds = new OrgIds(),
  ) {
    this.orgIds = orgIds;
    this.base = round(1 * weights.base);
    this.pairing = [round(0 * weights.pairing), round(1 * weights.pairing)];
    this.proximityParts = [0, 0.25, 0.5, 1].map((p) => round(p * weights.proximity));
  }

  needs(needs: NeedFacts[]): NeedSide {
    const side: NeedSide = {
      tagSet: new Int32Array(needs.length),
      top: new Int32Array(needs.length),
      street: new Int32Array(needs.length),
      community: new Int32Array(needs.length),
      grid: new Int32Array(needs.length),
      urgency: new Float64Array(needs.length),
      from: new Float64Array(needs.length),
      to: new Float64Array(needs.length),
      days: new Float64Array(needs.length),
    };
    needs.forEach((f, i) => {
      const from = Date.parse(f.needWindow.from);
      const to = Date.parse(f.needWindow.to);
      side.tagSet[i] = this.tagSet(f.needTags);
      side.top[i] = this.orgIds.of(f.needLineage[0]);
      side.street[i] = this.orgIds.of(f.needLineage[1]);
      side.community[i] = this.orgIds.of(f.needLineage[2]);
      side.grid[i] = this.orgIds.of(f.needGridId);
      side.urgency[i] = round(URGENCY[f.urgency] * this.weights.urgency);
      side.from[i] = from;
      side.to[i] = to;
      side.days[i] = Math.max(1, overlapDays(from, to, from, to));
    });
    return side;
  }

  offers(offers: OfferFacts[]): OfferSide {
    const side: OfferSide = {
      tagSet: Int32Array.from(offers, (f) => this.tagSet(f.offerTags)),
      unitLineage: this.orgIds.lists(offers.map((f) => f.unitLineage)),
      unitTop: Int32Array.from(offers, (f) => this.orgIds.of(f.unitLineage[0])),
      pairedOrgIds: this.orgIds.lists(offers.map((f) => f.pairedOrgIds)),
      from: Float64Array.from(offers, (f) => Date.parse(f.offerWindow.from)),
      to: Float64Array.from(offers, (f) => Date.parse(f.offerWindow.to)),
      evaluation: Float64Array.from(offers, (f) =>
        round((f.meanEvaluation === null ? 0.5 : (f.meanEvaluation - 1) / 4) * this.weights.evaluation),
      ),
    };
    const sets = this.tagLists.length;
    if (sets * sets <= 1 << 22) {
      this.tagPartsWidth = sets;
      this.tagParts = new Float64Array(sets * sets).fill(NaN);
    }
    return side;
  }

  /** Scores arcs `0 … count − 1` of `need`/`offer` (indices into the sides). */
  scoreArcs(n: NeedSide, o: OfferSide, need: Int32Array, offer: Int32Array, count: number): ScoredArcs {
    const arcs: ScoredArcs = {
      score: new Float64Array(count),
      tags: new Float64Array(count),
      window: new Float64Array(count),
      kind: new Uint8Array(count),
    };
    const { base, proximityParts, pairing } = this;
    const windowWeight = this.weights.window;
    for (let k = 0; k < count; k++) {
      const i = need[k];
      const j = offer[k];
      const proximity = listHas(o.unitLineage, j, n.community[i])
        ? 3
        : listHas(o.unitLineage, j, n.street[i])
          ? 2
          : o.unitTop[j] === n.top[i]
            ? 1
            : 0;
      const paired = listHas(o.pairedOrgIds, j, n.community[i]) || listHas(o.pairedOrgIds, j, n.grid[i]) ? 1 : 0;
      const overlap = overlapDays(n.from[i], n.to[i], o.from[j], o.to[j]);
      const window = round(Math.min(1, Math.max(0, overlap) / n.days[i]) * windowWeight);
      const tags = this.tagPart(n.tagSet[i], o.tagSet[j]);
      const total =
        0 + base + tags + proximityParts[proximity] + pairing[paired] + n.urgency[i] + window + o.evaluation[j];
      arcs.score[k] = round(total);
      arcs.tags[k] = tags;
      arcs.window[k] = window;
      arcs.kind[k] = proximity | (paired << 2);
    }
    return arcs;
  }

  /** The breakdown of arc k, its parts in the order they are summed. */
  breakdown(n: NeedSide, o: OfferSide, arcs: ScoredArcs, k: number, i: number, j: number): Breakdown {
    const kind = arcs.kind[k];
    return {
      base: this.base,
      tags: arcs.tags[k],
      proximity: this.proximityParts[kind & 3],
      pairing: this.pairing[kind >> 2],
      urgency: n.urgency[i],
      window: arcs.window[k],
      evaluation: o.evaluation[j],
    };
  }

  private tagSet(tags: string[]): number {
    const key = tags.join('\u0000') + `\u0000${tags.length}`;
    let id = this.tagSets.get(key);
    if (id === undefined) {
      id = this.tagLists.length;
      this.tagSets.set(key, id);
      this.tagLists.push(tags);
    }
    return id;
  }

  /** Jaccard overlap of the need's and the offer's tags (an offer tag listed twice counts twice). */
  private tagPart(needSet: number, offerSet: number): number {
    const cell = needSet * this.tagPartsWidth + offerSet;
    const dense = needSet < this.tagPartsWidth && offerSet < this.tagPartsWidth;
    let part = dense ? this.tagParts[cell] : this.tagPartsFallback.get(needSet * 0x4000000 + offerSet);
    if (part === undefined || Number.isNaN(part)) {
      const needTags = this.tagLists[needSet];
      const offerTags = this.tagLists[offerSet];
      const tags = new Set(needTags);
      const union = new Set([...needTags, ...offerTags]);
      const shared = offerTags.filter((t) => tags.has(t)).length;
      part = round((union.size === 0 ? 0 : shared / union.size) * this.weights.tags);
      if (dense) this.tagParts[cell] = part;
      else this.tagPartsFallback.set(needSet * 0x4000000 + offerSet, part);
    }
    return part;
  }
}

/** Days two windows (in epoch ms) overlap; −1 when they do not. */
export function overlapDays(aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  const from = Math.max(aFrom, bFrom);
  const to = Math.min(aTo, bTo);
  return to < from ? -1 : (to - from) / DAY;
}
