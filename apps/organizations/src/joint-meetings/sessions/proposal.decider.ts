import { type Decider, defineAggregate, InvalidStateTransition, NotFound } from '@gongjian/eventing';

/**
 * 党员提案 and a unit's proposal to a joint meeting (issue 20): submitted by a party member of the
 * meeting's area or a member unit's contact (or recorded by an admin on their behalf), pending
 * until an admin puts it on a session's agenda. One stream per proposal.
 */
export type ProposalKind = 'party_member_proposal' | 'unit_proposal';

export interface ProposalSubmitted {
  proposalId: string;
  orgId: string;
  kind: ProposalKind;
  /** the member (an account's username for a member's own) or the member unit */
  proposedBy: string;
  title: string;
  description: string;
  submittedOn: string;
}

export type ProposalCommand =
  | { type: 'SubmitProposal'; proposal: ProposalSubmitted }
  | { type: 'ScheduleProposal'; sessionId: string; agendaItemId: string };

export type ProposalEvent =
  | { type: 'organizations.JointMeetingProposalSubmitted'; data: ProposalSubmitted }
  | {
      type: 'organizations.JointMeetingProposalScheduled';
      data: { proposalId: string; orgId: string; sessionId: string; agendaItemId: string };
    };

export interface ProposalState {
  proposal: ProposalSubmitted | null;
  scheduledIn: string | null;
}

export const proposalStreamId = (proposalId: string) => `organizations.jointMeetingProposal-${proposalId}`;

export const proposalDecider: Decider<ProposalCommand, ProposalEvent, ProposalState> = {
  initialState: () => ({ proposal: null, scheduledIn: null }),

  decide(command, state) {
    switch (command.type) {
      case 'SubmitProposal':
        if (state.proposal) throw new InvalidStateTransition('the proposal already exists');
        return [{ type: 'organizations.JointMeetingProposalSubmitted', data: command.proposal }];
      case 'ScheduleProposal': {
        const { proposal } = state;
        if (!proposal) throw new NotFound('proposal not found');
        if (state.scheduledIn) throw new InvalidStateTransition('the proposal is already on an agenda');
        const { sessionId, agendaItemId } = command;
        const data = { proposalId: proposal.proposalId, orgId: proposal.orgId, sessionId, agendaItemId };
        return [{ type: 'organizations.JointMeetingProposalScheduled', data }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'organizations.JointMeetingProposalSubmitted':
        return { ...state, proposal: event.data };
      case 'organizations.JointMeetingProposalScheduled':
        return { ...state, scheduledIn: event.data.sessionId };
    }
  },
};

export const proposalAggregate = defineAggregate({
  name: 'joint meeting proposal',
  decider: proposalDecider,
  streamId: proposalStreamId,
});
