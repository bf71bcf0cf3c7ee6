import { MATCHING_EVENTS } from '@gongjian/contracts';
import { MemoryDocumentStore } from '@gongjian/read-models';
import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { meanEvaluations, type UnitEvaluationDocument, unitEvaluationsProjection } from './unit-evaluations.projection';

const evaluated = (projectId: string, unitId: string, score: number) => ({
  type: MATCHING_EVENTS.projectEvaluated,
  streamId: `matching.project-${projectId}`,
  // the evaluation comes after creation, start and completion in its project's stream
  streamRevision: 3,
  data: { projectId, unitId, communityId: 'c1', score, comment: '', participantMemberIds: ['m1'] },
});
const spec = projectionSpecification(unitEvaluationsProjection);

describe('unit evaluations projection (the evaluation part of the score)', () => {
  it('keeps one document per rating, by event id, with the unit, the project and the score', async () => {
    const [event] = envelopes([evaluated('j1', 'unit-9', 4)]);
    await spec.given([event]).then([{ _id: event.eventId, version: 3, unitId: 'unit-9', projectId: 'j1', score: 4 }]);
  });

  it('keeps the ratings of every project of a unit, each its own document', async () => {
    await spec.given([evaluated('j1', 'unit-9', 4), evaluated('j2', 'unit-9', 5), evaluated('j3', 'unit-7', 2)]).then([
      { _id: 'event-1', unitId: 'unit-9', projectId: 'j1', score: 4 },
      { _id: 'event-2', unitId: 'unit-9', projectId: 'j2', score: 5 },
      { _id: 'event-3', unitId: 'unit-7', projectId: 'j3', score: 2 },
    ]);
  });

  it('ignores a redelivered rating (it counts once in the mean)', async () => {
    const [first, second] = envelopes([evaluated('j1', 'unit-9', 5), evaluated('j2', 'unit-9', 1)]);
    const documents = await spec.given([first, second, first]).documents();
    expect(documents).toHaveLength(2);
    expect(await means(documents, ['unit-9'])).toEqual(new Map([['unit-9', 3]]));
  });

  it('meanEvaluations: the mean score of each unit asked about that has any ratings', async () => {
    const documents = await spec
      .given([
        evaluated('j1', 'unit-9', 4),
        evaluated('j2', 'unit-9', 5),
        evaluated('j3', 'unit-9', 5),
        evaluated('j4', 'unit-7', 2),
        evaluated('j5', 'unit-5', 1),
      ])
      .documents();
    const result = await means(documents, ['unit-9', 'unit-7', 'unit-new']);
    expect([...result.keys()].sort()).toEqual(['unit-7', 'unit-9']);
    expect(result.get('unit-9')).toBeCloseTo(14 / 3, 10);
    expect(result.get('unit-7')).toBe(2);
  });
});

async function means(documents: UnitEvaluationDocument[], unitIds: string[]) {
  const store = new MemoryDocumentStore();
  await store.collection<UnitEvaluationDocument>(unitEvaluationsProjection.collection).putManyIfNewer(documents);
  return meanEvaluations(store, unitIds);
}
