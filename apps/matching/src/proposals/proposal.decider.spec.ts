import { InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { completesAcceptance, type ProposalEvent, proposalDecider, type ProposalMade } from './proposal.decider';

const proposal: ProposalMade = {
  proposalId: 'p-1',
  runId: 'r-1',
  scopeOrgId: 'c-1',
  needId: 'n-1',
  offerId: 'o-1',
  communityId: 'c-1',
  unitId: 'u-1',
  quantity: { amount: 20, unit: 'person_hours' },
  score: 9.17,
  breakdown: { base: 1, tags: 0.5, proximity: 1, pairing: 0, urgency: 0.67, window: 1, evaluation: 0.5 },
};
const made: ProposalEvent = { type: 'matching.ProposalMade', data: proposal };
const communityAccepted: ProposalEvent = { type: 'matching.ProposalSideAccepted', data: { side: 'community' } };
const unitAccepted: ProposalEvent = { type: 'matching.ProposalSideAccepted', data: { side: 'unit' } };
const accepted: ProposalEvent = { type: 'matching.ProposalAccepted', data: { projectId: 'pj-1' } };
const superseded: ProposalEvent = { type: 'matching.ProposalSuperseded', data: { byRunId: 'r-2' } };
const closed: ProposalEvent = { type: 'matching.ProposalClosed', data: { reason: 'need_cancelled' } };
const rejected: ProposalEvent = { type: 'matching.ProposalRejected', data: { side: 'unit', reason: '人手不足' } };
const spec = deciderSpecification(proposalDecider);
const fold = (events: ProposalEvent[]) => events.reduce(proposalDecider.evolve, proposalDecider.initialState());

describe('proposal decider', () => {
  it('is made once', () => {
    spec.given([]).when({ type: 'MakeProposal', proposal }).then([made]);
    spec
      .given([made])
      .when({ type: 'MakeProposal', proposal })
      .thenThrows(InvalidStateTransition, /already made/);
  });

  it('becomes accepted when the second side accepts, with the project id', () => {
    spec.given([made]).when({ type: 'AcceptProposal', side: 'community', projectId: 'pj-1' }).then([communityAccepted]);
    spec
      .given([made, communityAccepted])
      .when({ type: 'AcceptProposal', side: 'unit', projectId: 'pj-1' })
      .then([unitAccepted, accepted]);
    expect(fold([made, communityAccepted, unitAccepted, accepted])).toMatchObject({
      status: 'accepted',
      acceptedBy: ['community', 'unit'],
    });
  });

  it('takes the same side accepting twice as a no-op', () => {
    spec.given([made, communityAccepted]).when({ type: 'AcceptProposal', side: 'community', projectId: 'x' }).then([]);
    expect(completesAcceptance(fold([made, communityAccepted]), 'community')).toBe(false);
    expect(completesAcceptance(fold([made, communityAccepted]), 'unit')).toBe(true);
    expect(completesAcceptance(fold([made]), 'unit')).toBe(false);
  });

  it('is superseded, rejected or closed only while pending', () => {
    spec.given([made]).when({ type: 'SupersedeProposal', byRunId: 'r-2' }).then([superseded]);
    spec.given([made]).when({ type: 'RejectProposal', side: 'unit', reason: '人手不足' }).then([rejected]);
    for (const decided of [superseded, rejected, closed, accepted]) {
      spec
        .given([made, communityAccepted, decided])
        .when({ type: 'SupersedeProposal', byRunId: 'r-3' })
        .thenThrows(InvalidStateTransition, /the proposal is/);
      spec
        .given([made, decided])
        .when({ type: 'AcceptProposal', side: 'unit', projectId: 'x' })
        .thenThrows(InvalidStateTransition, /the proposal is/);
    }
    spec
      .given([])
      .when({ type: 'RejectProposal', side: 'unit', reason: 'x' })
      .thenThrows(NotFound, /not found/);
  });

  it('closes a pending proposal — half-accepted too — when its need or offer closes, and nothing else', () => {
    spec.given([made, communityAccepted]).when({ type: 'CloseProposal', reason: 'need_cancelled' }).then([closed]);
    expect(fold([made, communityAccepted, closed])).toMatchObject({ status: 'closed' });
    // a redelivered cause, an accepted, superseded or unknown proposal: nothing to close
    for (const history of [[made, closed], [made, communityAccepted, unitAccepted, accepted], [made, superseded], []]) {
      spec.given(history).when({ type: 'CloseProposal', reason: 'offer_withdrawn' }).then([]);
    }
  });
});
