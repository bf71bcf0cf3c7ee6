import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
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

  /** An admin over an active community posts a resident's 微心愿 for its members to take on. */
  async execute(dto: PostWishDto, context: CommandContext) {
    const community = await requireActive(this.directory, dto.communityId, 'community', 'communityId');
    await assertAdminFor(context.actor, community._id, this.directory);
    const wishId = newId(context);
    const details = {
      wishId,
      communityId: community._id,
      title: dto.title.trim(),
      description: dto.description?.trim() ?? '',
    };
    await this.wishes.execute(wishId, { type: 'PostWish', details }, context);
    return this.query.get(wishId, context.actor);
  }
}
