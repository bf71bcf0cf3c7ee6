import { Injectable } from '@nestjs/common';
import { Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertPostsWish } from '../../volunteering.policy';
import { ListWishesHandler } from '../list-wishes/list-wishes.handler';
import { wishAggregate } from '../wish.decider';
import type { PostWishDto } from './post-wish.dto';

@Injectable()
export class PostWishHandler {
  private readonly wishes;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListWishesHandler,
  ) {
    this.wishes = commands.for(wishAggregate);
  }

  /**
   * An admin over an active community posts a resident's 微心愿 for its members to take on, of the
   * whole community or of one of its grids; a grid worker, one a resident of its grid told it
   * (`assertPostsWish`).
   */
  async execute(dto: PostWishDto, context: CommandContext) {
    const community = await requireActive(this.directory, dto.communityId, 'community', 'communityId');
    await assertPostsWish(context.actor, community._id, dto.gridId ?? null, this.directory);
    if (dto.gridId) {
      const grid = await requireActive(this.directory, dto.gridId, 'grid', 'gridId');
      if (grid.parentId !== community._id)
        throw new DomainRuleViolation('the grid does not belong to this community', 'grid_outside_community', {
          field: 'gridId',
        });
    }
    const wishId = newId(context);
    const details = {
      wishId,
      communityId: community._id,
      gridId: dto.gridId ?? null,
      title: dto.title.trim(),
      description: dto.description?.trim() ?? '',
    };
    await this.wishes.execute(wishId, { type: 'PostWish', details }, context);
    return this.query.get(wishId, context.actor);
  }
}
