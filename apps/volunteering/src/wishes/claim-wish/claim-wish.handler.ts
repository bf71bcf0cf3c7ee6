import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { mayServeIn } from '../../volunteering.policy';
import { ListWishesHandler } from '../list-wishes/list-wishes.handler';
import { wishAggregate } from '../wish.decider';
import type { ClaimWishDto } from './claim-wish.dto';

@Injectable()
export class ClaimWishHandler {
  private readonly wishes;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly query: ListWishesHandler,
  ) {
    this.wishes = commands.for(wishAggregate);
  }

  /** An admin of the community records that a member takes the wish on: one who may serve there, one at a time. */
  async execute(wishId: string, dto: ClaimWishDto, context: CommandContext) {
    const wish = await this.readModels.wishes.require(wishId);
    await assertAdminFor(context.actor, wish.communityId, this.directory);
    const eligibility = await mayServeIn(dto.memberId, wish.communityId, this.readModels, this.directory);
    await this.wishes.executeWithRetry(wishId, { type: 'ClaimWish', memberId: dto.memberId, eligibility }, context);
    return this.query.get(wishId, context.actor);
  }
}
