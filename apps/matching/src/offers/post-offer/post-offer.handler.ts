import { Injectable } from '@nestjs/common';
import { assertMayActFor, Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { uniqueTags } from '../../list-item.dto';
import { InstantProposals } from '../../runs/instant-proposals';
import { offerAggregate } from '../offer.decider';
import { ListOffersHandler } from '../list-offers/list-offers.handler';
import { requireServiceArea } from '../service-area';
import type { PostOfferDto } from './post-offer.dto';

@Injectable()
export class PostOfferHandler {
  private readonly offers;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListOffersHandler,
    private readonly instant: InstantProposals,
  ) {
    this.offers = commands.for(offerAggregate);
  }

  /**
   * The unit's contact (or an admin above the unit) posts an item of its resource list, serving
   * organisations of its district. The offer gets its instant proposals at once.
   */
  async execute(dto: PostOfferDto, context: CommandContext) {
    await requireActive(this.directory, dto.unitId, 'unit', 'unitId');
    await assertMayActFor(context.actor, dto.unitId, this.directory);
    const serviceArea = await requireServiceArea(this.directory, dto.unitId, dto.serviceArea);
    const offerId = newId(context);
    await this.offers.execute(
      offerId,
      {
        type: 'PostOffer',
        offerId,
        now: new Date().toISOString(),
        details: {
          unitId: dto.unitId,
          title: dto.title.trim(),
          description: dto.description?.trim() ?? '',
          category: dto.category,
          tags: uniqueTags(dto.tags ?? []),
          capacity: { amount: dto.capacity.amount, unit: dto.capacity.unit },
          window: { from: dto.window.from, to: dto.window.to },
          serviceArea,
        },
      },
      context,
    );
    await this.instant.proposeFor({ offerId }, context);
    return this.query.get(offerId, context.actor);
  }
}
