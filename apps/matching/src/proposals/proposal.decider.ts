import { type Decider, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import type { Quantity } from '@gongjian/contracts';
import type { Breakdown } from '../engine/scoring';

/** 匹配建议 — a proposed (need, offer, quantity) with its score breakdown. */
export type ProposalStatus = 'pending' | 'accepted' | 'rejected' | 'superseded';

export interface ProposalMade {
  proposalId: string;
  runId: string | null;
  scopeOrgId: string;
  needId: string;
  offerId: string;
  communityId: string;
  unitId: string;
  quantity: Quantity;
  score: number;
  breakdown: Breakdown;
}

export type ProposalCommand =
  | { type: 'MakeProposal'; proposal: ProposalMade }
  | { type: 'SupersedeProposal'; byRunId: string }
  | { type: 'RejectProposal'; side: 'community' | 'unit'; reason: string };

export type ProposalEvent =
  | { type: 'matching.ProposalMade'; data: ProposalMade }
  | { type: 'matching.ProposalSuperseded'; data: { byRunId: string } }
  | { type: 'matching.ProposalRejected'; data: { side: 'community' | 'unit'; reason: string } };

export type ProposalState = { exists: false } | { exists: true; status: ProposalStatus; proposal: ProposalMade };

export const proposalStreamId = (proposalId: string) => `matching.proposal-${proposalId}`;

function pending(state: ProposalState) {
  if (!state.exists) throw new NotFound('proposal not found');
  if (state.status !== 'pending')
    throw new InvalidStateTransition(`the proposal is ${state.status}`, { status: state.status });
  return state;
}

export const proposalDecider: Decider<ProposalCommand, ProposalEvent, ProposalState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    switch (command.type) {
      case 'MakeProposal':
        if (state.exists) throw new InvalidStateTransition('proposal already made');
        return [{ type: 'matching.ProposalMade', data: command.proposal }];
      case 'SupersedeProposal':
        pending(state);
        return [{ type: 'matching.ProposalSuperseded', data: { byRunId: command.byRunId } }];
      case 'RejectProposal':
        pending(state);
        return [{ type: 'matching.ProposalRejected', data: { side: command.side, reason: command.reason } }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'matching.ProposalMade':
        return { exists: true, status: 'pending', proposal: event.data };
      case 'matching.ProposalSuperseded':
        return state.exists ? { ...state, status: 'superseded' } : state;
      case 'matching.ProposalRejected':
        return state.exists ? { ...state, status: 'rejected' } : state;
    }
  },
};
