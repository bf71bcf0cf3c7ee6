import { InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { proposalDecider, type ProposalEvent, type ProposalSubmitted } from './proposal.decider';

const spec = deciderSpecification(proposalDecider);
const proposal: ProposalSubmitted = {
  proposalId: 'p1',
  orgId: 's',
  kind: 'party_member_proposal',
  proposedBy: 'dangyuan',
  title: '增设老年助餐点',
  description: '',
  submittedOn: '2026-12-01',
};
const submitted: ProposalEvent = { type: 'organizations.JointMeetingProposalSubmitted', data: proposal };
const schedule = { type: 'ScheduleProposal' as const, sessionId: 'x', agendaItemId: 'i1' };
const scheduled: ProposalEvent = {
  type: 'organizations.JointMeetingProposalScheduled',
  data: { proposalId: 'p1', orgId: 's', sessionId: 'x', agendaItemId: 'i1' },
};

describe('joint meeting proposal decider (党员提案, units’ proposals)', () => {
  it('is submitted once, pending until put on one agenda', () => {
    spec.given([]).when({ type: 'SubmitProposal', proposal }).then([submitted]);
    spec.given([submitted]).when({ type: 'SubmitProposal', proposal }).thenThrows(InvalidStateTransition);
    spec.given([submitted]).when(schedule).then([scheduled]);
    spec.given([submitted, scheduled]).when(schedule).thenThrows(InvalidStateTransition);
    spec.given([]).when(schedule).thenThrows(NotFound);
  });
});
