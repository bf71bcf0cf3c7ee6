import { Injectable } from '@nestjs/common';
import { assertMayActFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { uniqueTags } from '../../list-item.dto';
import { MatchingReadModels } from '../../read-models';
import { offerAggregate, type OfferChanges } from '../offer.decider';
import { ListOffersHandler } from '../list-offers/list-offers.handler';
import { requireServiceArea } from '../service-area';
import type { EditOfferDto } from './edit-offer.dto';

@Injectable()
export class EditOfferHandler {
  private readonly offers;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly query: ListOffersHandler,
  ) {
    this.offers = commands.for(offerAggregate);
  }

  /** The unit's contact (or an admin above it) edits the offer while it is open (nothing reserved); 409 after. */
  async execute(offerId: string, dto: EditOfferDto, context: CommandContext) {
    const offer = await this.readModels.offers.require(offerId);
    await this.authorize(offer, context);
    const changes: OfferChanges = {};
    if (dto.title !== undefined) changes.title = dto.title.trim();
    if (dto.description !== undefined) changes.description = dto.description.trim();
    if (dto.tags !== undefined) changes.tags = uniqueTags(dto.tags);
    if (dto.capacity) changes.capacity = { amount: dto.capacity.amount, unit: dto.capacity.unit };
    if (dto.window) changes.window = { from: dto.window.from, to: dto.window.to };
    if (dto.serviceArea) changes.serviceArea = await requireServiceArea(this.directory, offer.unitId, dto.serviceArea);
    await this.offers.execute(offerId, { type: 'EditOffer', changes, now: new Date().toISOString() }, context);
    return this.query.get(offerId, context.actor);
  }

  /** Who may edit the offer: the unit's contact or an admin above the unit (an import asks it of a changed row). */
  authorize(offer: { unitId: string }, context: Pick<CommandContext, 'actor'>) {
    return assertMayActFor(context.actor, offer.unitId, this.directory);
  }
}
