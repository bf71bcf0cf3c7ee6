import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
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

  /** The claimer has done it (recorded by the community on their word); the community confirms later. */
  async execute(wishId: string, dto: FulfilWishDto, context: CommandContext) {
    const wish = await this.readModels.wishes.require(wishId);
    await assertAdminFor(context.actor, wish.communityId, this.directory);
    await this.wishes.executeWithRetry(wishId, { type: 'MarkDone', note: dto.note?.trim() ?? '' }, context);
    return this.query.get(wishId, context.actor);
  }
}
