import { Inject, Injectable } from '@nestjs/common';
import { causedBy, type EventEnvelope } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore, defaultDocumentId } from '@gongjian/read-models';
import { ProjectionRegistry, type Reactor, Runtime } from '@gongjian/runtime';
import { type ProposalClosedReason, proposalDecider, proposalStreamId } from './proposal.decider';
import { PROPOSALS_COLLECTION, type ProposalDocument } from './proposals.projection';

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

  constructor(
    private readonly runtime: Runtime,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    registry: ProjectionRegistry,
  ) {
    registry.registerReactor(this);
  }

  async react(event: EventEnvelope): Promise<void> {
    const rule = CLOSES[event.type];
    // the need's or the offer's id, from its stream (matching.need-<id>, matching.offer-<id>)
    const pending = await this.documents
      .collection<ProposalDocument>(PROPOSALS_COLLECTION)
      .find({ [rule.key]: defaultDocumentId(event), status: 'pending' });
    const context = causedBy(event, {
      actor: { accountId: 'system:matching.proposal-closer', role: 'system', orgId: null },
    });
    for (const proposal of pending) {
      await this.runtime.execute(
        proposalStreamId(proposal._id),
        proposalDecider,
        { type: 'CloseProposal', reason: rule.reason },
        context,
      );
    }
  }
}
