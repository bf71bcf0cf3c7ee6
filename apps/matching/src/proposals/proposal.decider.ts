import { type Decider, defineAggregate, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import type { ProposalStatus, Quantity } from '@gongjian/contracts';
import type { Breakdown } from '../engine/scoring';
import type { Explanation } from './explain';

/** 匹配建议 — a proposed (need, offer, quantity) with its score breakdown. */

/** Why a pending proposal can no longer be accepted: its need or its offer left the market. */
export type ProposalClosedReason = 'need_cancelled' | 'need_expired' | 'offer_withdrawn' | 'offer_expired';

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
  /** an instant proposal (no run to explain it later): the explanation of its own small optimum */
  explanation?: Explanation;
}

export type ProposalCommand =
  | { type: 'MakeProposal'; proposal: ProposalMade }
  | { type: 'SupersedeProposal'; byRunId: string }
  /** its need or offer closed (cancelled, withdrawn, expired); a no-op once the proposal is decided */
  | { type: 'CloseProposal'; reason: ProposalClosedReason }
  | { type: 'RejectProposal'; side: 'community' | 'unit'; reason: string }
  /** `projectId` is used when this acceptance is the second side's: the proposal becomes a project */
  | { type: 'AcceptProposal'; side: 'community' | 'unit'; projectId: string };

export type ProposalEvent =
  | { type: 'matching.ProposalMade'; data: ProposalMade }
  | { type: 'matching.ProposalSuperseded'; data: { byRunId: string } }
  | { type: 'matching.ProposalClosed'; data: { reason: ProposalClosedReason } }
  | { type: 'matching.ProposalRejected'; data: { side: 'community' | 'unit'; reason: string } }
  | { type: 'matching.ProposalSideAccepted'; data: { side: 'community' | 'unit' } }
  | { type: 'matching.ProposalAccepted'; data: { projectId: string } };

export type ProposalState =
  | { exists: false }
  | { exists: true; status: ProposalStatus; proposal: ProposalMade; acceptedBy: Array<'community' | 'unit'> };

/** Whether accepting `side` now completes the proposal (the other side accepted before). */
export function completesAcceptance(state: ProposalState, side: 'community' | 'unit'): boolean {
  return (
    state.exists && state.status === 'pending' && !state.acceptedBy.includes(side) && state.acceptedBy.length === 1
  );
}

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
      case 'CloseProposal':
        if (!state.exists || state.status !== 'pending') return [];
        return [{ type: 'matching.ProposalClosed', data: { reason: command.reason } }];
      case 'RejectProposal':
        pending(state);
        return [{ type: 'matching.ProposalRejected', data: { side: command.side, reason: command.reason } }];
      case 'AcceptProposal': {
        const current = pending(state);
        if (current.acceptedBy.includes(command.side)) return [];
        const accepted: ProposalEvent = { type: 'matching.ProposalSideAccepted', data: { side: command.side } };
        if (!completesAcceptance(current, command.side)) return [accepted];
        return [accepted, { type: 'matching.ProposalAccepted', data: { projectId: command.projectId } }];
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'matching.ProposalMade':
        return { exists: true, status: 'pending', proposal: event.data, acceptedBy: [] };
      case 'matching.ProposalSideAccepted':
        return state.exists ? { ...state, acceptedBy: [...state.acceptedBy, event.data.side] } : state;
      case 'matching.ProposalAccepted':
        return state.exists ? { ...state, status: 'accepted' } : state;
      case 'matching.ProposalSuperseded':
        return state.exists ? { ...state, status: 'superseded' } : state;
      case 'matching.ProposalRejected':
        return state.exists ? { ...state, status: 'rejected' } : state;
      case 'matching.ProposalClosed':
        return state.exists ? { ...state, status: 'closed' } : state;
    }
  },
};

/** 匹配建议 — a proposal, bound once to its stream. */
export const proposalAggregate = defineAggregate({
  name: 'proposal',
  decider: proposalDecider,
  streamId: proposalStreamId,
});
