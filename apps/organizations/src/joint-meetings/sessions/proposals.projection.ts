import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { ProposalEvent, ProposalKind } from './proposal.decider';

/** A proposal to a joint meeting: pending, or on the agenda of a session. */
export interface ProposalDocument extends ReadModelDocument {
  orgId: string;
  kind: ProposalKind;
  proposedBy: string;
  title: string;
  description: string;
  submittedOn: string;
  submittedBy: string;
  status: 'pending' | 'scheduled';
  sessionId: string | null;
  agendaItemId: string | null;
}

export const PROPOSALS_COLLECTION = 'organizations.joint-meeting-proposals';

export const proposalsProjection: Projection<ProposalDocument> = {
  name: 'organizations.joint-meeting-proposals',
  collection: PROPOSALS_COLLECTION,
  indexes: [{ fields: { orgId: 1, status: 1 } }],
  handles: ['organizations.JointMeetingProposalSubmitted', 'organizations.JointMeetingProposalScheduled'],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & ProposalEvent;
    if (event.type === 'organizations.JointMeetingProposalSubmitted') {
      const { proposalId, ...rest } = event.data;
      return {
        _id: proposalId,
        ...rest,
        submittedBy: event.actor.accountId,
        status: 'pending',
        sessionId: null,
        agendaItemId: null,
      };
    }
    if (!doc) return null;
    return { ...doc, status: 'scheduled', sessionId: event.data.sessionId, agendaItemId: event.data.agendaItemId };
  },
};
