import type { ProposalStatus } from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { ProposalClosedReason, ProposalEvent, ProposalMade } from './proposal.decider';

export interface ProposalDocument extends ReadModelDocument, Omit<ProposalMade, 'proposalId'> {
  status: ProposalStatus;
  createdAt: string;
  updatedAt: string;
  supersededBy?: string;
  rejected?: { side: string; reason: string };
  closedBecause?: ProposalClosedReason;
  acceptedBy: Array<'community' | 'unit'>;
  projectId?: string;
}

export const PROPOSALS_COLLECTION = 'matching.proposals';

export const proposalsProjection: Projection<ProposalDocument> = {
  name: 'proposals',
  collection: PROPOSALS_COLLECTION,
  handles: [
    'matching.ProposalMade',
    'matching.ProposalSuperseded',
    'matching.ProposalRejected',
    'matching.ProposalSideAccepted',
    'matching.ProposalAccepted',
    'matching.ProposalClosed',
  ],
  indexes: [
    { fields: { status: 1, communityId: 1 } },
    { fields: { needId: 1 } },
    { fields: { offerId: 1 } },
    { fields: { runId: 1 } },
  ],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & ProposalEvent;
    switch (event.type) {
      case 'matching.ProposalMade': {
        const { proposalId, ...proposal } = event.data;
        return {
          _id: proposalId,
          ...proposal,
          status: 'pending',
          acceptedBy: [],
          createdAt: event.occurredAt,
          updatedAt: event.occurredAt,
        };
      }
      case 'matching.ProposalSuperseded':
        return doc && { ...doc, status: 'superseded', supersededBy: event.data.byRunId, updatedAt: event.occurredAt };
      case 'matching.ProposalRejected':
        return doc && { ...doc, status: 'rejected', rejected: event.data, updatedAt: event.occurredAt };
      case 'matching.ProposalSideAccepted':
        return doc && { ...doc, acceptedBy: [...doc.acceptedBy, event.data.side], updatedAt: event.occurredAt };
      case 'matching.ProposalAccepted':
        return doc && { ...doc, status: 'accepted', projectId: event.data.projectId, updatedAt: event.occurredAt };
      case 'matching.ProposalClosed':
        return doc && { ...doc, status: 'closed', closedBecause: event.data.reason, updatedAt: event.occurredAt };
    }
  },
};

export function toProposalResource({ _id, ...rest }: ProposalDocument) {
  return { id: _id, ...rest };
}
