import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { assertActsForClaimer, mayServeIn } from '../../volunteering.policy';
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

  /**
   * A member takes the wish on — by their own member account, or recorded by an admin of the
   * community: one who may serve there (`mayServeIn`), one at a time.
   */
  async execute(wishId: string, dto: ClaimWishDto, context: CommandContext) {
    const wish = await this.readModels.wishes.require(wishId);
    await assertActsForClaimer(context.actor, dto.memberId, wish, this.readModels, this.directory);
    const eligibility = await mayServeIn(dto.memberId, wish.communityId, this.readModels, this.directory);
    await this.wishes.executeWithRetry(wishId, { type: 'ClaimWish', memberId: dto.memberId, eligibility }, context);
    return this.query.get(wishId, context.actor);
  }
}
