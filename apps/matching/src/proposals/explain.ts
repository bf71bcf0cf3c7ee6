import type { Pair } from '../engine/engine';
import type { Breakdown } from '../engine/scoring';
import type { RunDetails } from '../runs/run.decider';
import type { ProposalMade } from './proposal.decider';

/** "Why this offer, why not that one" (DESIGN §5): what `GET /proposals/:id` shows. */
export interface Explanation {
  breakdown: Breakdown;
  weights: Record<string, number>;
  alternatives: Array<{
    offerId: string;
    score: number;
    breakdown: Breakdown;
    assigned: number;
    whyNot: 'also_assigned' | 'capacity_used_elsewhere' | 'lower_score' | 'need_already_covered';
  }>;
  /** how many other eligible offers there were (`alternatives` may list only the best of them) */
  alternativesTotal: number;
  excludedBy: Record<string, number> | null;
}

/** Why the other eligible offers of the run did not get (all of) this need. */
export function explain(
  proposal: Pick<ProposalMade, 'needId' | 'offerId' | 'score' | 'breakdown'>,
  run: Pick<RunDetails, 'capacities' | 'exclusions'> & { pairs: Iterable<Pair>; weights: Record<string, number> },
  maxAlternatives = Infinity,
): Explanation {
  const used = new Map<string, number>();
  const others: Pair[] = [];
  for (const p of run.pairs) {
    used.set(p.offerId, (used.get(p.offerId) ?? 0) + p.quantity);
    if (p.needId === proposal.needId && p.offerId !== proposal.offerId) others.push(p);
  }
  const alternatives = others
    .sort((a, b) => b.score - a.score || a.offerId.localeCompare(b.offerId))
    .map((p) => {
      const full = (used.get(p.offerId) ?? 0) >= (run.capacities[p.offerId] ?? 0);
      const whyNot: Explanation['alternatives'][number]['whyNot'] =
        p.quantity > 0
          ? 'also_assigned'
          : full
            ? 'capacity_used_elsewhere'
            : p.score < proposal.score
              ? 'lower_score'
              : 'need_already_covered';
      return { offerId: p.offerId, score: p.score, breakdown: p.breakdown, assigned: p.quantity, whyNot };
    });
  return {
    breakdown: proposal.breakdown,
    weights: run.weights,
    alternatives: alternatives.slice(0, maxAlternatives),
    alternativesTotal: alternatives.length,
    excludedBy: run.exclusions[proposal.needId] ?? null,
  };
}
