import { Injectable } from '@nestjs/common';
import { causedBy, type EventEnvelope } from '@gongjian/eventing';
import { defaultDocumentId } from '@gongjian/read-models';
import { Commands, ProjectionRegistry, type Reactor } from '@gongjian/runtime';
import { MatchingReadModels } from '../read-models';
import { proposalAggregate, type ProposalClosedReason } from './proposal.decider';

const CLOSES: Record<string, { reason: ProposalClosedReason; key: 'needId' | 'offerId' }> = {
  'matching.NeedCancelled': { reason: 'need_cancelled', key: 'needId' },
  'matching.NeedExpired': { reason: 'need_expired', key: 'needId' },
  'matching.OfferWithdrawn': { reason: 'offer_withdrawn', key: 'offerId' },
  'matching.OfferExpired': { reason: 'offer_expired', key: 'offerId' },
};

/**
 * A need cancelled or expired, an offer withdrawn or expired: its pending proposals can no longer
 * become projects, so they are closed with the reason — no one is asked to accept them, and they
 * leave both sides' to-do lists. Runs on the bus (at least once, after a crash too); closing a
 * proposal that is no longer pending appends nothing.
 */
@Injectable()
export class ProposalCloser implements Reactor {
  readonly name = 'matching.proposal-closer';
  readonly handles = Object.keys(CLOSES);

  private readonly proposals;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    registry: ProjectionRegistry,
  ) {
    this.proposals = commands.for(proposalAggregate);
    registry.registerReactor(this);
  }

  async react(event: EventEnvelope): Promise<void> {
    const rule = CLOSES[event.type];
    // the need's or the offer's id, from its stream (matching.need-<id>, matching.offer-<id>)
    const pending = await this.readModels.proposals.find({ [rule.key]: defaultDocumentId(event), status: 'pending' });
    const context = causedBy(event, {
      actor: { accountId: 'system:matching.proposal-closer', role: 'system', orgId: null },
    });
    for (const proposal of pending) {
      await this.proposals.execute(proposal._id, { type: 'CloseProposal', reason: rule.reason }, context);
    }
  }
}
