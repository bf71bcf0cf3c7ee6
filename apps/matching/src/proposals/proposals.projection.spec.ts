import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import type { ProposalMade } from './proposal.decider';
import { proposalsProjection } from './proposals.projection';

const stream = 'matching.proposal-p1';
const proposal: ProposalMade = {
  proposalId: 'p1',
  runId: 'r1',
  scopeOrgId: 'street-1',
  needId: 'n1',
  offerId: 'o1',
  communityId: 'c1',
  unitId: 'unit-9',
  quantity: { amount: 20, unit: 'person_hours' },
  score: 9.17,
  breakdown: { base: 1, tags: 0.5, proximity: 1, pairing: 0, urgency: 0.67, window: 1, evaluation: 0.5 },
};
const made = { type: 'matching.ProposalMade', streamId: stream, data: proposal };
const sideAccepted = (side: 'community' | 'unit') => ({
  type: 'matching.ProposalSideAccepted',
  streamId: stream,
  data: { side },
});
const spec = projectionSpecification(proposalsProjection);

describe('proposals projection', () => {
  it('a proposal is pending, accepted by neither side, with its need, offer, quantity and score breakdown', async () => {
    const [event] = envelopes([made]);
    const { proposalId: _id, ...rest } = proposal;
    await spec.given([event]).then([
      {
        _id: 'p1',
        version: 0,
        ...rest,
        status: 'pending',
        acceptedBy: [],
        createdAt: event.occurredAt,
        updatedAt: event.occurredAt,
      },
    ]);
    const [doc] = await spec.given([event]).documents();
    expect(doc).not.toHaveProperty('proposalId');
  });

  it('an instant proposal keeps the explanation of its own optimum', async () => {
    const explanation = {
      breakdown: proposal.breakdown,
      weights: { base: 1 },
      alternatives: [],
      alternativesTotal: 0,
      excludedBy: null,
    };
    await spec
      .given([{ ...made, data: { ...proposal, runId: null, explanation } }])
      .then([{ _id: 'p1', runId: null, explanation: { alternativesTotal: 0 } }]);
  });

  it('one side accepting keeps it pending; the second side makes it accepted, with its project', async () => {
    await spec.given([made, sideAccepted('unit')]).then([{ _id: 'p1', status: 'pending', acceptedBy: ['unit'] }]);
    const events = envelopes([
      made,
      sideAccepted('community'),
      sideAccepted('unit'),
      { type: 'matching.ProposalAccepted', streamId: stream, data: { projectId: 'j1' } },
    ]);
    await spec.given(events).then([
      {
        _id: 'p1',
        status: 'accepted',
        acceptedBy: ['community', 'unit'],
        projectId: 'j1',
        createdAt: events[0].occurredAt,
        updatedAt: events[3].occurredAt,
      },
    ]);
  });

  it('records who rejected it and why, the run that superseded it, or why it closed', async () => {
    await spec
      .given([
        made,
        { type: 'matching.ProposalRejected', streamId: stream, data: { side: 'unit', reason: '人手不足' } },
      ])
      .then([{ _id: 'p1', status: 'rejected', rejected: { side: 'unit', reason: '人手不足' } }]);
    await spec
      .given([made, { type: 'matching.ProposalSuperseded', streamId: stream, data: { byRunId: 'r2' } }])
      .then([{ _id: 'p1', status: 'superseded', supersededBy: 'r2' }]);
    await spec
      .given([
        made,
        sideAccepted('community'),
        { type: 'matching.ProposalClosed', streamId: stream, data: { reason: 'offer_withdrawn' } },
      ])
      .then([{ _id: 'p1', status: 'closed', closedBecause: 'offer_withdrawn', acceptedBy: ['community'] }]);
  });

  it('ignores events of a proposal it never saw made, and a redelivered side acceptance', async () => {
    await spec
      .given([sideAccepted('unit'), { type: 'matching.ProposalAccepted', streamId: stream, data: { projectId: 'j1' } }])
      .then([]);
    const [first, second] = envelopes([made, sideAccepted('community')]);
    await spec.given([first, second, second]).then([{ _id: 'p1', version: 1, acceptedBy: ['community'] }]);
  });
});
