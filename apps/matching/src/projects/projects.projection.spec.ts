import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { projectsProjection } from './projects.projection';

const stream = 'matching.project-j1';
const project = {
  projectId: 'j1',
  proposalId: 'p1',
  needId: 'n1',
  offerId: 'o1',
  communityId: 'c1',
  unitId: 'unit-9',
  title: '独居老人助餐',
  quantity: { amount: 20, unit: 'person_hours' },
};
const created = { type: 'matching.ProjectCreated', streamId: stream, data: project };
const started = { type: 'matching.ProjectStarted', streamId: stream, data: { projectId: 'j1' } };
const completed = {
  type: 'matching.ProjectCompleted',
  streamId: stream,
  data: { ...project, report: '完成送餐 20 人次', participantMemberIds: ['m1', 'm2'] },
};
const resident = (accountId: string) => ({ accountId, role: 'community_admin', orgId: 'c1' });
const evaluated = (score: number, comment: string, by = 'shequ-admin') => ({
  type: 'matching.ProjectEvaluated',
  streamId: stream,
  actor: resident(by),
  data: { projectId: 'j1', unitId: 'unit-9', communityId: 'c1', score, comment, participantMemberIds: ['m1', 'm2'] },
});
const spec = projectionSpecification(projectsProjection);

describe('projects projection', () => {
  it('a project created from an accepted proposal is planned, with nothing started, reported or rated', async () => {
    const [event] = envelopes([created]);
    await spec.given([event]).then([
      {
        _id: 'j1',
        version: 0,
        ...{ proposalId: 'p1', needId: 'n1', offerId: 'o1', communityId: 'c1', unitId: 'unit-9' },
        title: '独居老人助餐',
        quantity: { amount: 20, unit: 'person_hours' },
        status: 'planned',
        createdAt: event.occurredAt,
        startedAt: null,
        completedAt: null,
        report: null,
        participantMemberIds: [],
        evaluations: [],
        meanScore: null,
      },
    ]);
    const [doc] = await spec.given([event]).documents();
    expect(doc).not.toHaveProperty('projectId');
  });

  it('started, it is in progress; completed, it carries the report and the members who served', async () => {
    const events = envelopes([created, started, completed]);
    await spec.given(events.slice(0, 2)).then([{ _id: 'j1', status: 'in_progress', startedAt: events[1].occurredAt }]);
    await spec.given(events).then([
      {
        _id: 'j1',
        status: 'completed',
        startedAt: events[1].occurredAt,
        completedAt: events[2].occurredAt,
        report: '完成送餐 20 人次',
        participantMemberIds: ['m1', 'm2'],
      },
    ]);
  });

  it('keeps each evaluation with who gave it and when, and their mean to the cent', async () => {
    const events = envelopes([created, started, completed, evaluated(4, '送餐准时')]);
    await spec.given(events).then([
      {
        _id: 'j1',
        evaluations: [{ score: 4, comment: '送餐准时', by: 'shequ-admin', at: events[3].occurredAt }],
        meanScore: 4,
      },
    ]);
    // the decider takes one evaluation per project; logs written before it may hold more
    await spec
      .given([created, started, completed, evaluated(5, '很好'), evaluated(4, '不错', 'b'), evaluated(4, '可以', 'c')])
      .then([
        { _id: 'j1', meanScore: 4.33, evaluations: [{ score: 5 }, { score: 4, by: 'b' }, { score: 4, by: 'c' }] },
      ]);
  });

  it('ignores the events of a project it never saw created, and a redelivered event', async () => {
    await spec.given([started, completed, evaluated(5, '很好')]).then([]);
    const [first, second, third, fourth] = envelopes([created, started, completed, evaluated(3, '一般')]);
    await spec
      .given([first, second, third, fourth, fourth])
      .then([{ _id: 'j1', version: 3, evaluations: [{ score: 3 }] }]);
  });
});
