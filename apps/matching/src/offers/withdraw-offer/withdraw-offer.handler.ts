import { Injectable } from '@nestjs/common';
import { assertMayActFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { MatchingReadModels } from '../../read-models';
import { offerAggregate } from '../offer.decider';
import { ListOffersHandler } from '../list-offers/list-offers.handler';
import type { WithdrawOfferDto } from './withdraw-offer.dto';

@Injectable()
export class WithdrawOfferHandler {
  private readonly offers;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly query: ListOffersHandler,
  ) {
    this.offers = commands.for(offerAggregate);
  }

  /** The unit's contact (or an admin above it) withdraws the offer; its pending proposals close (ProposalCloser). */
  async execute(offerId: string, dto: WithdrawOfferDto, context: CommandContext) {
    const offer = await this.readModels.offers.require(offerId);
    await assertMayActFor(context.actor, offer.unitId, this.directory);
    await this.offers.execute(offerId, { type: 'WithdrawOffer', reason: dto.reason ?? '' }, context);
    return this.query.get(offerId, context.actor);
  }
}
