/** scoring.ts's PairScorer before issue 23, frozen (see engine.ts here). */
import type { Urgency } from '@gongjian/contracts';
import type { Breakdown, NeedFacts, OfferFacts, Weights } from '../../apps/matching/src/engine/scoring';

export type { Breakdown, Weights };

const URGENCY: Record<Urgency, number> = { low: 0, normal: 1 / 3, high: 2 / 3, critical: 1 };
const round = (x: number) => Math.round(x * 1e6) / 1e6;

const DAY = 86_400_000;

/** What a need contributes to every one of its pairs, computed once. */
export interface ScoredNeed {
  tagSet: number;
  lineage: string[];
  community: string;
  street: string;
  gridId: string | null;
  urgency: number; // weighted part
  from: number;
  to: number;
  days: number;
}

/** What an offer contributes to every one of its pairs, computed once. */
export interface ScoredOffer {
  tagSet: number;
  unitLineage: string[];
  pairedOrgIds: string[];
  from: number;
  to: number;
  evaluation: number; // weighted part
}

/**
 * The score of many pairs: the parts that depend on one side only are weighted once per need or
 * offer, tag overlaps once per pair of distinct tag lists, so a district run scores millions of
 * pairs in about a second. The parts are summed in the order of `Breakdown`, each rounded to 1e-6.
 */
export class PairScorer {
  private readonly tagSets = new Map<string, number>();
  private readonly tagLists: string[][] = [];
  private readonly tagParts = new Map<number, number>();
  private readonly proximityParts: number[];
  private readonly base: number;
  private readonly pairing: [number, number];

  constructor(private readonly weights: Weights) {
    this.base = round(1 * weights.base);
    this.pairing = [round(0 * weights.pairing), round(1 * weights.pairing)];
    this.proximityParts = [0, 0.25, 0.5, 1].map((p) => round(p * weights.proximity));
  }

  need(f: NeedFacts): ScoredNeed {
    const from = Date.parse(f.needWindow.from);
    const to = Date.parse(f.needWindow.to);
    return {
      tagSet: this.tagSet(f.needTags),
      lineage: f.needLineage,
      community: f.needLineage[2],
      street: f.needLineage[1],
      gridId: f.needGridId,
      urgency: round(URGENCY[f.urgency] * this.weights.urgency),
      from,
      to,
      days: Math.max(1, overlapDays(from, to, from, to)),
    };
  }

  offer(f: OfferFacts): ScoredOffer {
    return {
      tagSet: this.tagSet(f.offerTags),
      unitLineage: f.unitLineage,
      pairedOrgIds: f.pairedOrgIds,
      from: Date.parse(f.offerWindow.from),
      to: Date.parse(f.offerWindow.to),
      evaluation: round((f.meanEvaluation === null ? 0.5 : (f.meanEvaluation - 1) / 4) * this.weights.evaluation),
    };
  }

  score(n: ScoredNeed, o: ScoredOffer): { score: number; breakdown: Breakdown } {
    const unit = o.unitLineage;
    const proximity = unit.includes(n.community) ? 3 : unit.includes(n.street) ? 2 : unit[0] === n.lineage[0] ? 1 : 0;
    const paired = o.pairedOrgIds.includes(n.community) || (n.gridId !== null && o.pairedOrgIds.includes(n.gridId));
    const window = Math.min(1, Math.max(0, overlapDays(n.from, n.to, o.from, o.to)) / n.days);
    const breakdown: Breakdown = {
      base: this.base,
      tags: this.tagPart(n.tagSet, o.tagSet),
      proximity: this.proximityParts[proximity],
      pairing: this.pairing[paired ? 1 : 0],
      urgency: n.urgency,
      window: round(window * this.weights.window),
      evaluation: o.evaluation,
    };
    const total =
      0 +
      breakdown.base +
      breakdown.tags +
      breakdown.proximity +
      breakdown.pairing +
      breakdown.urgency +
      breakdown.window +
      breakdown.evaluation;
    return { score: round(total), breakdown };
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
    const key = needSet * 0x4000000 + offerSet;
    let part = this.tagParts.get(key);
    if (part === undefined) {
      const needTags = this.tagLists[needSet];
      const offerTags = this.tagLists[offerSet];
      const tags = new Set(needTags);
      const union = new Set([...needTags, ...offerTags]);
      const shared = offerTags.filter((t) => tags.has(t)).length;
      part = round((union.size === 0 ? 0 : shared / union.size) * this.weights.tags);
      this.tagParts.set(key, part);
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
