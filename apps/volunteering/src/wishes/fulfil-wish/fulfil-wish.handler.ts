import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { assertActsForClaimer } from '../../volunteering.policy';
import { ListWishesHandler } from '../list-wishes/list-wishes.handler';
import { wishAggregate } from '../wish.decider';
import type { FulfilWishDto } from './fulfil-wish.dto';

@Injectable()
export class FulfilWishHandler {
  private readonly wishes;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly query: ListWishesHandler,
  ) {
    this.wishes = commands.for(wishAggregate);
  }

  /** The claimer has done it (by their own member account, or recorded by the community); the community confirms later. */
  async execute(wishId: string, dto: FulfilWishDto, context: CommandContext) {
    const wish = await this.readModels.wishes.require(wishId);
    await assertActsForClaimer(context.actor, wish.claimedBy, wish, this.readModels, this.directory);
    await this.wishes.executeWithRetry(wishId, { type: 'MarkDone', note: dto.note?.trim() ?? '' }, context);
    return this.query.get(wishId, context.actor);
  }
}
