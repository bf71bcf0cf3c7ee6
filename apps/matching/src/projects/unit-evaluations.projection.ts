import { MATCHING_EVENTS, type ProjectEvaluatedV1 } from '@gongjian/contracts';
import type { DocumentStore, Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * Residents' ratings of units' completed projects, one document per rating (documents are fed by
 * one stream each, see Projection.documentId); `meanEvaluations` sums them per unit for the
 * `evaluation` factor of the matching score (DESIGN §5).
 */
export interface UnitEvaluationDocument extends ReadModelDocument {
  unitId: string;
  projectId: string;
  score: number;
}

export const UNIT_EVALUATIONS_COLLECTION = 'matching.unit-evaluations';

export const unitEvaluationsProjection: Projection<UnitEvaluationDocument> = {
  name: 'unit-evaluations',
  collection: UNIT_EVALUATIONS_COLLECTION,
  handles: [MATCHING_EVENTS.projectEvaluated],
  indexes: [{ fields: { unitId: 1 } }],
  documentId: (event) => event.eventId,
  apply(_doc, event) {
    const { unitId, projectId, score } = event.data as ProjectEvaluatedV1;
    return { _id: event.eventId, unitId, projectId, score };
  },
};

/** Mean rating (1–5) per unit that has any. */
export async function meanEvaluations(documents: DocumentStore, unitIds: string[]): Promise<Map<string, number>> {
  const ratings = await documents
    .collection<UnitEvaluationDocument>(UNIT_EVALUATIONS_COLLECTION)
    .find({ unitId: { $in: unitIds } });
  return meanByUnit(ratings);
}

/** Mean rating (1–5) per unit of `ratings`. */
export function meanByUnit(ratings: Array<Pick<UnitEvaluationDocument, 'unitId' | 'score'>>): Map<string, number> {
  const totals = new Map<string, { sum: number; count: number }>();
  for (const { unitId, score } of ratings) {
    const t = totals.get(unitId) ?? { sum: 0, count: 0 };
    totals.set(unitId, { sum: t.sum + score, count: t.count + 1 });
  }
  return new Map([...totals].map(([unitId, t]) => [unitId, t.sum / t.count]));
}
