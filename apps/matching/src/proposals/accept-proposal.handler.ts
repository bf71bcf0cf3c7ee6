import { BadRequestException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { assertAdminFor, assertMayActFor } from '@gongjian/auth';
import { causedBy, type CommandContext, ConcurrencyConflict, Forbidden, loadState, NotFound, newId } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { MatchingTree } from '../matching.tree';
import { needDecider, needStreamId } from '../needs/need.decider';
import { offerDecider, offerStreamId } from '../offers/offer.decider';
import { createProjectOnce } from '../projects/project-flow';
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

  /** `side` left out: the one side the caller may act for (unit contact: the unit; a community admin: the community). */
  async execute(proposalId: string, named: Side | undefined, ctx: CommandContext): Promise<void> {
    const proposal = await this.documents.collection<ProposalDocument>(PROPOSALS_COLLECTION).get(proposalId);
    if (!proposal) throw new NotFound(`proposal ${proposalId} not found`);
    const side = await sideOf(ctx, proposal, named, this.tree);

    const streamId = proposalStreamId(proposalId);
    const { state, revision } = await loadState(this.runtime.store, streamId, proposalDecider);
    // If-Match holds for the whole acceptance, before anything is reserved
    if (ctx.expectedVersion !== undefined && ctx.expectedVersion !== revision)
      throw new ConcurrencyConflict(streamId, String(ctx.expectedVersion), String(revision));
    const projectId = newId(ctx);
    const accept = { type: 'AcceptProposal' as const, side, projectId };
    if (!completesAcceptance(state, side)) {
      await this.runtime.execute(streamId, proposalDecider, accept, ctx);
      return;
    }
    // each step is caused by the event of the step before it (the offer's reservation by the
    // request itself), a release by the reservation it undoes
    const { quantity } = proposal;
    const request = { ...ctx, expectedVersion: undefined };
    const offerReserved = await this.runtime.execute(
      offerStreamId(proposal.offerId),
      offerDecider,
      { type: 'ReserveOffer', proposalId, quantity },
      request,
    );
    const releaseOffer = () =>
      this.runtime.execute(
        offerStreamId(proposal.offerId),
        offerDecider,
        { type: 'ReleaseOffer', proposalId },
        causedBy(offerReserved.events[0], request),
      );
    let needReserved;
    try {
      needReserved = await this.runtime.execute(
        needStreamId(proposal.needId),
        needDecider,
        { type: 'ReserveNeed', proposalId, quantity },
        causedBy(offerReserved.events[0], request),
      );
    } catch (error) {
      await releaseOffer();
      throw error;
    }
    let accepted;
    try {
      // the revision read above: a concurrent accept or supersede of this proposal fails here (409)
      accepted = await this.runtime.execute(streamId, proposalDecider, accept, {
        ...causedBy(needReserved.events[0], request),
        expectedVersion: revision,
      });
    } catch (error) {
      await this.runtime.execute(
        needStreamId(proposal.needId),
        needDecider,
        { type: 'ReleaseNeed', proposalId },
        causedBy(needReserved.events[0], request),
      );
      await releaseOffer();
      throw error;
    }
    // the project flow on the bus creates it too, should this process die right here
    const acceptance = accepted.events.find((e) => e.type === 'matching.ProposalAccepted');
    await createProjectOnce(this.runtime, this.documents, proposal, projectId, causedBy(acceptance, request));
  }
}

type Side = 'community' | 'unit';

/**
 * The side the caller acts for: the one named (and checked), or, when none is named, the only
 * side the caller may act for — an administrator above both the community and the unit must
 * name it (400).
 */
export async function sideOf(
  ctx: CommandContext,
  proposal: Pick<ProposalDocument, 'communityId' | 'unitId'>,
  named: Side | undefined,
  tree: MatchingTree,
): Promise<Side> {
  const check = (side: Side) =>
    side === 'community'
      ? assertAdminFor(ctx.actor, proposal.communityId, tree)
      : assertMayActFor(ctx.actor, proposal.unitId, tree);
  if (named) {
    await check(named);
    return named;
  }
  const mayActFor = (side: Side) =>
    check(side).then(
      () => true,
      (error: unknown) => {
        if (error instanceof ForbiddenException || error instanceof Forbidden) return false;
        throw error;
      },
    );
  const allowed: Side[] = [];
  for (const side of ['community', 'unit'] as const) if (await mayActFor(side)) allowed.push(side);
  if (allowed.length === 1) return allowed[0];
  if (allowed.length === 0) await check(ctx.actor.role === 'unit_contact' ? 'unit' : 'community'); // the 403
  throw new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: 'validation failed: side',
    details: [{ field: 'side', messages: ['name the side (community or unit): this account may act for both'] }],
  });
}
