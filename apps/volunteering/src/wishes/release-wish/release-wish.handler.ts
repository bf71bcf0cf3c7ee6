import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { assertActsForClaimer } from '../../volunteering.policy';
import { ListWishesHandler } from '../list-wishes/list-wishes.handler';
import { wishAggregate } from '../wish.decider';

@Injectable()
export class ReleaseWishHandler {
  private readonly wishes;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly query: ListWishesHandler,
  ) {
    this.wishes = commands.for(wishAggregate);
  }

  /** The claimer gives the wish back (itself, or recorded by the community): it is open again for another member. */
  async execute(wishId: string, context: CommandContext) {
    const wish = await this.readModels.wishes.require(wishId);
    await assertActsForClaimer(context.actor, wish.claimedBy, wish, this.readModels, this.directory);
    await this.wishes.executeWithRetry(wishId, { type: 'ReleaseWish' }, context);
    return this.query.get(wishId, context.actor);
  }
}
