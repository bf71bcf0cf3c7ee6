import { projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { coBuildProjectsProjection } from './projects.projection';

const spec = projectionSpecification(coBuildProjectsProjection);
const project = {
  projectId: 'pr1',
  proposalId: 'p1',
  needId: 'n1',
  offerId: 'o1',
  communityId: 'c1',
  unitId: 'u1',
  title: '独居老人助餐',
  quantity: { amount: 30, unit: 'person_hours' },
};
const stream = (id: string) => `matching.project-${id}`;

describe("co-build projects: the funds service's copy of matching's public project events", () => {
  it('knows a project from its creation, and the residents it served from its completion', async () => {
    await spec
      .given([
        { type: 'matching.ProjectCreated', streamId: stream('pr1'), data: project },
        {
          type: 'matching.ProjectCompleted',
          streamId: stream('pr1'),
          data: { ...project, report: '送餐', participantMemberIds: [], beneficiaries: 80 },
        },
        { type: 'matching.ProjectCreated', streamId: stream('pr2'), data: { ...project, projectId: 'pr2' } },
        {
          type: 'matching.ProjectCompleted',
          streamId: stream('pr2'),
          data: { ...project, projectId: 'pr2', report: '', participantMemberIds: [] },
        },
      ])
      .then([
        { _id: 'pr1', unitId: 'u1', communityId: 'c1', completed: true, beneficiaries: 80, quantity: project.quantity },
        // a completion before issue 19 (or one that did not count) counts nobody
        { _id: 'pr2', completed: true, beneficiaries: null },
      ]);
  });
});
