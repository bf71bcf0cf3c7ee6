import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { causedBy, type CommandContext, ConcurrencyConflict, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { needAggregate } from '../../needs/need.decider';
import { offerAggregate } from '../../offers/offer.decider';
import { ProjectFlow } from '../../projects/project-flow';
import { MatchingReadModels } from '../../read-models';
import { ListProposalsHandler } from '../list-proposals/list-proposals.handler';
import { completesAcceptance, proposalAggregate } from '../proposal.decider';
import { type Side, sideOf } from '../proposal.policy';
import type { ProposalDocument } from '../proposals.projection';
import type { AcceptDto } from './accept-proposal.dto';

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
  private readonly proposals;
  private readonly offers;
  private readonly needs;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly projects: ProjectFlow,
    private readonly query: ListProposalsHandler,
  ) {
    this.proposals = commands.for(proposalAggregate);
    this.offers = commands.for(offerAggregate);
    this.needs = commands.for(needAggregate);
  }

  /** `side` left out: the one side the caller may act for (unit contact: the unit; a community admin: the community). */
  async execute(proposalId: string, dto: AcceptDto, context: CommandContext) {
    const proposal = await this.readModels.proposals.require(proposalId);
    const side = await sideOf(this.directory, context.actor, proposal, dto.side);
    const { state, revision } = await this.proposals.load(proposalId);
    // If-Match holds for the whole acceptance, before anything is reserved
    if (context.expectedVersion !== undefined && context.expectedVersion !== revision)
      throw new ConcurrencyConflict(
        this.proposals.streamId(proposalId),
        String(context.expectedVersion),
        String(revision),
      );
    const projectId = newId(context);
    if (completesAcceptance(state, side)) await this.reserveAndAccept(proposal, side, projectId, revision, context);
    else await this.proposals.execute(proposalId, { type: 'AcceptProposal', side, projectId }, context);
    return this.query.get(proposalId, context.actor);
  }

  /**
   * 大事共议: a joint meeting's decision accepts the proposal for both sides at once (the
   * community's meeting decides, the unit agreed in it) under the `projectId` it chose, by its
   * recorder: the side still to accept first (when neither has), then the second, which reserves
   * and creates the project as a request's second acceptance does. False, appending nothing,
   * when the proposal is no longer pending (accepted before — by this decision too, when it is
   * redelivered —, superseded, rejected, closed).
   */
  async acceptForBothSides(proposal: ProposalDocument, projectId: string, context: CommandContext): Promise<boolean> {
    let { state, revision } = await this.proposals.load(proposal._id);
    if (!state.exists || state.status !== 'pending') return false;
    if (state.acceptedBy.length === 0) {
      await this.proposals.execute(
        proposal._id,
        { type: 'AcceptProposal', side: 'community', projectId },
        { ...context, expectedVersion: revision },
      );
      ({ state, revision } = await this.proposals.load(proposal._id));
      if (!state.exists || state.status !== 'pending') return false;
    }
    const side: Side = state.acceptedBy.includes('community') ? 'unit' : 'community';
    await this.reserveAndAccept(proposal, side, projectId, revision, context);
    return true;
  }

  /**
   * The second side's acceptance: reserve on the offer, then on the need, then accept at the
   * proposal's `revision` read before; each step is caused by the event of the step before it
   * (the offer's reservation by the request itself), a release by the reservation it undoes.
   */
  private async reserveAndAccept(
    proposal: ProposalDocument,
    side: Side,
    projectId: string,
    revision: number,
    context: CommandContext,
  ): Promise<void> {
    const { _id: proposalId, quantity } = proposal;
    const request = { ...context, expectedVersion: undefined };
    const offerReserved = await this.offers.execute(
      proposal.offerId,
      { type: 'ReserveOffer', proposalId, quantity },
      request,
    );
    const releaseOffer = () =>
      this.offers.execute(
        proposal.offerId,
        { type: 'ReleaseOffer', proposalId },
        causedBy(offerReserved.events[0], request),
      );
    let needReserved;
    try {
      needReserved = await this.needs.execute(
        proposal.needId,
        { type: 'ReserveNeed', proposalId, quantity },
        causedBy(offerReserved.events[0], request),
      );
    } catch (error) {
      await releaseOffer();
      throw error;
    }
    let accepted;
    try {
      // the revision read before: a concurrent accept or supersede of this proposal fails here (409)
      accepted = await this.proposals.execute(
        proposalId,
        { type: 'AcceptProposal', side, projectId },
        { ...causedBy(needReserved.events[0], request), expectedVersion: revision },
      );
    } catch (error) {
      await this.needs.execute(
        proposal.needId,
        { type: 'ReleaseNeed', proposalId },
        causedBy(needReserved.events[0], request),
      );
      await releaseOffer();
      throw error;
    }
    // the project flow on the bus creates it too, should this process die right here
    const acceptance = accepted.events.find((e) => e.type === 'matching.ProposalAccepted');
    await this.projects.createProjectOnce(proposal, projectId, causedBy(acceptance, request));
  }
}
