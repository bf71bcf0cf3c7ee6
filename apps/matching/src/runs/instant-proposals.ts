import { Inject, Injectable } from '@nestjs/common';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { type NeedInput, type OfferInput, runMatching } from '../engine/engine';
import { matchingConfig, type MatchingSettings } from '../matching.config';
import { explain } from '../proposals/explain';
import { proposalAggregate, type ProposalMade } from '../proposals/proposal.decider';
import { MatchingInputs } from './matching-inputs';

/**
 * An instant proposal keeps its explanation in its own event, for good: the next-best offers,
 * not every eligible one (a run's proposals are explained from the run's parts, in full).
 */
const INSTANT_ALTERNATIVES = 5;

/**
 * Instant proposals (DESIGN §5): right after a need (or an offer) is posted, the best offers for
 * it (needs for it) are proposed — the same optimum as a run, restricted to that one item, without
 * reserving anything or superseding earlier proposals. A step of posting, not a use case of its own.
 */
@Injectable()
export class InstantProposals {
  private readonly weights;
  private readonly proposals;

  constructor(
    commands: Commands,
    private readonly inputs: MatchingInputs,
    @Inject(matchingConfig.KEY) settings: MatchingSettings,
  ) {
    this.weights = settings.weights;
    this.proposals = commands.for(proposalAggregate);
  }

  async proposeFor(item: { needId: string } | { offerId: string }, context: CommandContext) {
    // only the other side's items of the same category can be eligible (DESIGN §5)
    let needs: NeedInput[];
    let offers: OfferInput[];
    if ('needId' in item) {
      needs = await this.inputs.needs({ _id: item.needId });
      offers = needs.length ? await this.inputs.offers({ category: needs[0].category }) : [];
    } else {
      offers = await this.inputs.offers({ _id: item.offerId });
      needs = offers.length ? await this.inputs.needs({ category: offers[0].category }) : [];
    }
    if (needs.length === 0 || offers.length === 0) return { proposals: [], unmatched: [] };
    const result = runMatching(needs, offers, this.weights);
    const needById = new Map(needs.map((n) => [n.id, n]));
    const offerById = new Map(offers.map((o) => [o.id, o]));
    const request = { ...context, expectedVersion: undefined };
    const proposals: ProposalMade[] = [];
    // one proposal per pair the optimum assigned a quantity to, scoped to the need's community
    // every pair made once: each proposal's explanation walks them all
    const pairs = result.pairs.toArray();
    for (const pair of pairs.filter((p) => p.quantity > 0)) {
      const need = needById.get(pair.needId)!;
      const proposal: ProposalMade = {
        proposalId: newId(request),
        runId: null,
        scopeOrgId: need.communityId,
        needId: pair.needId,
        offerId: pair.offerId,
        communityId: need.communityId,
        unitId: offerById.get(pair.offerId)!.unitId,
        quantity: { amount: pair.quantity, unit: need.remaining.unit },
        score: pair.score,
        breakdown: pair.breakdown,
        explanation: explain(pair, { ...result, pairs, weights: this.weights }, INSTANT_ALTERNATIVES),
      };
      await this.proposals.execute(proposal.proposalId, { type: 'MakeProposal', proposal }, request);
      proposals.push(proposal);
    }
    return { proposals, unmatched: result.unmatched };
  }
}
