import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { ListWishesHandler } from '../list-wishes/list-wishes.handler';
import { wishAggregate } from '../wish.decider';

@Injectable()
export class ConfirmWishHandler {
  private readonly wishes;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly query: ListWishesHandler,
  ) {
    this.wishes = commands.for(wishAggregate);
  }

  /** The community confirms with the resident: MicroWishFulfilled, and the claimer's points. */
  async execute(wishId: string, context: CommandContext) {
    const wish = await this.readModels.wishes.require(wishId);
    await assertAdminFor(context.actor, wish.communityId, this.directory);
    await this.wishes.executeWithRetry(wishId, { type: 'ConfirmWish', now: new Date().toISOString() }, context);
    return this.query.get(wishId, context.actor);
  }
}
