import { projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { createdProjectsProjection } from './created-projects.projection';
import { proposalsProjection } from './proposals.projection';
import { sessionsProjection } from './sessions.projection';

const stream = 'organizations.jointMeetingSession-x';
const agenda = [
  {
    agendaItemId: 'i1',
    kind: 'unit_proposal',
    title: '加装电梯',
    description: '',
    refs: [],
    proposedBy: 'u1',
    carriedOver: null,
  },
];
const convened = {
  type: 'organizations.JointMeetingSessionConvened',
  streamId: stream,
  data: { sessionId: 'x', orgId: 's', heldOn: '2026-12-01', place: '会议室', title: '联席会议', agenda },
};
const attended = {
  type: 'organizations.JointMeetingAttendanceRecorded',
  streamId: stream,
  data: { sessionId: 'x', orgId: 's', units: [{ id: 'u1', present: true }], partTimeMembers: [] },
};
const decided = {
  type: 'organizations.JointMeetingDecisionRecorded',
  streamId: stream,
  actor: { accountId: 'dongcheng', role: 'street_admin', orgId: 's' },
  data: {
    sessionId: 'x',
    orgId: 's',
    decisionId: 'd1',
    agendaItemId: 'i1',
    outcome: 'adopted',
    decidedOn: '2026-12-01',
    method: 'consensus',
    votes: null,
    actionItems: [
      { actionItemId: 'a1', title: '征集志愿者', owner: { kind: 'unit', id: 'u1' }, dueOn: '2026-12-31', needId: 'n1' },
    ],
    needs: [],
  },
};
const done = {
  type: 'organizations.JointMeetingActionItemDone',
  streamId: stream,
  data: { sessionId: 'x', orgId: 's', actionItemId: 'a1', note: '已完成', doneOn: '2026-12-20' },
};
const held = {
  type: 'organizations.JointMeetingSessionHeld',
  streamId: stream,
  data: { sessionId: 'x', orgId: 's', heldOn: '2026-12-01', unitIds: ['u1'], partTimeMemberIds: [], decisions: 1 },
};

describe('joint-meeting sessions projection (联席会议 sessions and their action items)', () => {
  const spec = projectionSpecification(sessionsProjection);

  it('a convened session has its agenda and nothing recorded yet', async () => {
    await spec.given([convened]).then([
      {
        _id: 'x',
        version: 0,
        orgId: 's',
        heldOn: '2026-12-01',
        status: 'convened',
        agenda,
        attendance: null,
        minutes: '',
        decisions: [],
        actionItems: [],
      },
    ]);
  });

  it('records attendance, the decision with its recorder and action items, an item done, the session held', async () => {
    await spec.given([convened, attended, decided, done, held]).then([
      {
        _id: 'x',
        version: 4,
        status: 'held',
        attendance: { units: [{ id: 'u1', present: true }], partTimeMembers: [] },
        decisions: [
          { decisionId: 'd1', outcome: 'adopted', method: 'consensus', votes: null, recordedBy: 'dongcheng' },
        ],
        actionItems: [
          {
            actionItemId: 'a1',
            decisionId: 'd1',
            agendaItemId: 'i1',
            needId: 'n1',
            status: 'done',
            note: '已完成',
            doneOn: '2026-12-20',
          },
        ],
      },
    ]);
  });
});

describe('joint-meeting proposals projection (党员提案, units’ proposals)', () => {
  const spec = projectionSpecification(proposalsProjection);
  const pstream = 'organizations.jointMeetingProposal-p1';
  const submitted = {
    type: 'organizations.JointMeetingProposalSubmitted',
    streamId: pstream,
    actor: { accountId: 'yiyuan', role: 'unit_contact', orgId: 'u1' },
    data: {
      proposalId: 'p1',
      orgId: 's',
      kind: 'unit_proposal',
      proposedBy: 'u1',
      title: '共建停车场',
      description: '',
      submittedOn: '2026-12-01',
    },
  };
  const scheduled = {
    type: 'organizations.JointMeetingProposalScheduled',
    streamId: pstream,
    data: { proposalId: 'p1', orgId: 's', sessionId: 'x', agendaItemId: 'i9' },
  };

  it('is pending with its submitter, then on the agenda of a session', async () => {
    await spec.given([submitted]).then([{ _id: 'p1', status: 'pending', submittedBy: 'yiyuan', sessionId: null }]);
    await spec
      .given([submitted, scheduled])
      .then([{ _id: 'p1', status: 'scheduled', sessionId: 'x', agendaItemId: 'i9' }]);
  });
});

describe('created projects projection (a decided project: 待生成 until matching created it)', () => {
  const spec = projectionSpecification(createdProjectsProjection);
  const created = (projectId: string) => ({
    type: 'matching.ProjectCreated',
    streamId: `matching.project-${projectId}`,
    data: {
      projectId,
      proposalId: `p-${projectId}`,
      needId: 'n1',
      offerId: 'o1',
      communityId: 'c1',
      unitId: 'u1',
      title: '助老食堂',
      quantity: { amount: 10, unit: 'person_hours' },
    },
  });

  it('keeps the id of each project matching created, with its proposal', async () => {
    await spec.given([created('pj1'), created('pj2')]).then([
      { _id: 'pj1', proposalId: 'p-pj1', unitId: 'u1', communityId: 'c1' },
      { _id: 'pj2', proposalId: 'p-pj2', unitId: 'u1', communityId: 'c1' },
    ]);
  });
});
