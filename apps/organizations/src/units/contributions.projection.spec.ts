import { MATCHING_EVENTS } from '@gongjian/contracts';
import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { contributionsProjection, summarise } from './contributions.projection';

const project = (projectId: string, unitId: string, amount: number, unit = 'person_hours') => ({
  projectId,
  proposalId: `p-${projectId}`,
  needId: `n-${projectId}`,
  offerId: `o-${projectId}`,
  communityId: 'c1',
  unitId,
  title: '独居老人助餐',
  quantity: { amount, unit },
});
/** A project's stream: created, started, then completed (revision 2) and evaluated (revision 3). */
const completed = (projectId: string, unitId = 'unit-9', amount = 20, unit = 'person_hours') => ({
  type: MATCHING_EVENTS.projectCompleted,
  streamId: `matching.project-${projectId}`,
  streamRevision: 2,
  data: { ...project(projectId, unitId, amount, unit), report: '完成送餐', participantMemberIds: ['m1'] },
});
const evaluated = (projectId: string, score: number, unitId = 'unit-9') => ({
  type: MATCHING_EVENTS.projectEvaluated,
  streamId: `matching.project-${projectId}`,
  streamRevision: 3,
  data: { projectId, unitId, communityId: 'c1', score, comment: '满意', participantMemberIds: ['m1'] },
});
const spec = projectionSpecification(contributionsProjection);

describe('unit contributions projection (共建贡献: what a unit gave, for its evaluations and reports)', () => {
  it('a completed project is a contribution of its unit in its community, with its quantity and no score yet', async () => {
    const [event] = envelopes([completed('j1')]);
    const [contribution] = await spec.given([event]).documents();
    expect(contribution).toEqual({
      _id: 'j1',
      version: 2,
      unitId: 'unit-9',
      communityId: 'c1',
      projectId: 'j1',
      title: '独居老人助餐',
      quantity: { amount: 20, unit: 'person_hours' },
      completedAt: event.occurredAt,
      scores: [],
    });
  });

  it('adds the residents’ score to its project', async () => {
    await spec.given([completed('j1'), completed('j2'), evaluated('j1', 4)]).then([
      { _id: 'j1', version: 3, scores: [4] },
      { _id: 'j2', version: 2, scores: [] },
    ]);
  });

  it('ignores an evaluation of a project it never saw completed, and a redelivered evaluation', async () => {
    await spec.given([evaluated('j1', 5)]).then([]);
    const [first, second] = envelopes([completed('j1'), evaluated('j1', 4)]);
    await spec.given([first, second, second]).then([{ _id: 'j1', scores: [4] }]);
  });

  it('summarise: projects, quantity served per unit of measure, number and mean of scores', async () => {
    const documents = await spec
      .given([
        completed('j1', 'unit-9', 20),
        completed('j2', 'unit-9', 12.5),
        completed('j3', 'unit-9', 5000, 'yuan'),
        evaluated('j1', 5),
        evaluated('j3', 4),
      ])
      .documents();
    expect(summarise(documents)).toEqual({
      completedProjects: 3,
      served: { person_hours: 32.5, yuan: 5000 },
      evaluations: 2,
      meanScore: 4.5,
    });
    expect(summarise([])).toEqual({ completedProjects: 0, served: {}, evaluations: 0, meanScore: null });
  });
});
