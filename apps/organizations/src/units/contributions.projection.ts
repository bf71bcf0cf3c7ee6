import type { EventEnvelope } from '@gongjian/eventing';
import { MATCHING_EVENTS, type ProjectCompletedV1, type ProjectEvaluatedV1, type Quantity } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * A unit's contribution record (共建贡献), from matching's public project events (DESIGN §3:
 * matching → organizations): one document per completed project, with the residents' scores —
 * what a unit gave, for its page and its evaluations (units have no yearly star rating: the seeds
 * rate party organisations and service sites). One project stream feeds one document.
 */
export interface ContributionDocument extends ReadModelDocument {
  unitId: string;
  communityId: string;
  projectId: string;
  title: string;
  quantity: Quantity;
  completedAt: string;
  scores: number[];
}

export const CONTRIBUTIONS_COLLECTION = 'organizations.unit-contributions';

export const contributionsProjection: Projection<ContributionDocument> = {
  name: 'unit-contributions',
  collection: CONTRIBUTIONS_COLLECTION,
  handles: [MATCHING_EVENTS.projectCompleted, MATCHING_EVENTS.projectEvaluated],
  indexes: [{ fields: { unitId: 1 } }, { fields: { communityId: 1 } }],
  apply(doc, event: EventEnvelope) {
    if (event.type === MATCHING_EVENTS.projectCompleted) {
      const d = event.data as ProjectCompletedV1;
      return {
        _id: d.projectId,
        unitId: d.unitId,
        communityId: d.communityId,
        projectId: d.projectId,
        title: d.title,
        quantity: d.quantity,
        completedAt: event.occurredAt,
        scores: [],
      };
    }
    const { score } = event.data as ProjectEvaluatedV1;
    return doc && { ...doc, scores: [...doc.scores, score] };
  },
};

/** Totals of a unit's record: projects, quantity served per unit of measure, mean resident score. */
export function summarise(docs: ContributionDocument[]) {
  const served: Record<string, number> = {};
  for (const d of docs) served[d.quantity.unit] = (served[d.quantity.unit] ?? 0) + d.quantity.amount;
  const scores = docs.flatMap((d) => d.scores);
  return {
    completedProjects: docs.length,
    served,
    evaluations: scores.length,
    meanScore: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
  };
}
