import { Injectable } from '@nestjs/common';
import { assertMayActFor, Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { uniqueTags } from '../../list-item.dto';
import { InstantProposals } from '../../runs/instant-proposals';
import { offerAggregate, type OfferDetails } from '../offer.decider';
import { ListOffersHandler } from '../list-offers/list-offers.handler';
import { requireServiceArea } from '../service-area';
import { MatchingReadModels } from '../../read-models';
import type { PostOfferDto } from './post-offer.dto';

@Injectable()
export class PostOfferHandler {
  private readonly offers;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: MatchingReadModels,
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
    const details = await this.prepare(dto, context);
    const offerId = newId(context);
    await this.offers.execute(offerId, { type: 'PostOffer', offerId, now: new Date().toISOString(), details }, context);
    await this.instant.proposeFor({ offerId }, context);
    return this.query.get(offerId, context.actor);
  }

  /**
   * Checks and authorizes a posting and returns the offer's details: what `execute` sends, and
   * what an import asks of each row before it appends anything.
   */
  async prepare(dto: PostOfferDto, context: Pick<CommandContext, 'actor'>): Promise<OfferDetails> {
    await requireActive(this.directory, dto.unitId, 'unit', 'unitId');
    await assertMayActFor(context.actor, dto.unitId, this.directory);
    const serviceArea = await requireServiceArea(this.directory, dto.unitId, dto.serviceArea);
    if (dto.code && (await this.readModels.offers.count({ unitId: dto.unitId, code: dto.code })) > 0)
      throw new DomainRuleViolation(`the code ${dto.code} is already used`, 'code_taken', { field: 'code' });
    return {
      unitId: dto.unitId,
      title: dto.title.trim(),
      description: dto.description?.trim() ?? '',
      category: dto.category,
      tags: uniqueTags(dto.tags ?? []),
      capacity: { amount: dto.capacity.amount, unit: dto.capacity.unit },
      window: { from: dto.window.from, to: dto.window.to },
      serviceArea,
      ...(dto.code ? { code: dto.code } : {}),
    };
  }
}
