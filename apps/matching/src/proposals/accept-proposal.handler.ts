import { Inject, Injectable } from '@nestjs/common';
import { assertAdminFor, assertMayActFor } from '@gongjian/auth';
import { type CommandContext, loadState, NotFound } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { MatchingTree } from '../matching.tree';
import { needDecider, needStreamId } from '../needs/need.decider';
import { NEEDS_COLLECTION, type NeedDocument } from '../needs/needs.projection';
import { offerDecider, offerStreamId } from '../offers/offer.decider';
import { projectDecider, projectStreamId } from '../projects/project.decider';
import { completesAcceptance, proposalDecider, proposalStreamId } from './proposal.decider';
import { PROPOSALS_COLLECTION, type ProposalDocument } from './proposals.projection';

/**
 * `POST /proposals/:id/accept {side}`. The community side is accepted by an admin of the need's
 * community (or above), the unit side by the offer's unit contact (or an admin above the unit).
 * The second acceptance reserves the quantity — offer first (the scarce side, checked against its
 * remaining capacity under the offer stream's expected revision, so two acceptances can never
 * over-reserve it), then the need — and turns the proposal into a project. A step that fails
 * releases what the earlier steps reserved.
 */
@Injectable()
export class AcceptProposalHandler {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: MatchingTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  async execute(proposalId: string, side: 'community' | 'unit', ctx: CommandContext): Promise<void> {
    const proposal = await this.documents.collection<ProposalDocument>(PROPOSALS_COLLECTION).get(proposalId);
    if (!proposal) throw new NotFound(`proposal ${proposalId} not found`);
    if (side === 'community') await assertAdminFor(ctx.actor, proposal.communityId, this.tree);
    else await assertMayActFor(ctx.actor, proposal.unitId, this.tree);

    const streamId = proposalStreamId(proposalId);
    const { state, revision } = await loadState(this.runtime.store, streamId, proposalDecider);
    const projectId = uuidv7();
    const accept = { type: 'AcceptProposal' as const, side, projectId };
    if (!completesAcceptance(state, side)) {
      await this.runtime.execute(streamId, proposalDecider, accept, ctx);
      return;
    }
    const inner = { ...ctx, expectedVersion: undefined, causationId: proposalId };
    const { quantity } = proposal;
    await this.runtime.execute(
      offerStreamId(proposal.offerId),
      offerDecider,
      { type: 'ReserveOffer', proposalId, quantity },
      inner,
    );
    try {
      await this.runtime.execute(
        needStreamId(proposal.needId),
        needDecider,
        { type: 'ReserveNeed', proposalId, quantity },
        inner,
      );
    } catch (error) {
      await this.runtime.execute(
        offerStreamId(proposal.offerId),
        offerDecider,
        { type: 'ReleaseOffer', proposalId },
        inner,
      );
      throw error;
    }
    try {
      // the revision read above: a concurrent accept or supersede of this proposal fails here (409)
      await this.runtime.execute(streamId, proposalDecider, accept, { ...ctx, expectedVersion: revision });
    } catch (error) {
      await this.runtime.execute(
        needStreamId(proposal.needId),
        needDecider,
        { type: 'ReleaseNeed', proposalId },
        inner,
      );
      await this.runtime.execute(
        offerStreamId(proposal.offerId),
        offerDecider,
        { type: 'ReleaseOffer', proposalId },
        inner,
      );
      throw error;
    }
    const need = await this.documents.collection<NeedDocument>(NEEDS_COLLECTION).get(proposal.needId);
    const project = {
      projectId,
      proposalId,
      needId: proposal.needId,
      offerId: proposal.offerId,
      communityId: proposal.communityId,
      unitId: proposal.unitId,
      title: need?.title ?? '',
      quantity,
    };
    await this.runtime.execute(projectStreamId(projectId), projectDecider, { type: 'CreateProject', project }, inner);
  }
}
