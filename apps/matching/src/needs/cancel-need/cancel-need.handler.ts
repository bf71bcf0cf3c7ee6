import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { MatchingReadModels } from '../../read-models';
import { needAggregate } from '../need.decider';
import { ListNeedsHandler } from '../list-needs/list-needs.handler';
import type { CancelNeedDto } from './cancel-need.dto';

@Injectable()
export class CancelNeedHandler {
  private readonly needs;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly query: ListNeedsHandler,
  ) {
    this.needs = commands.for(needAggregate);
  }

  /** An admin over the need's community withdraws it; matched or fulfilled needs cannot be (409). */
  async execute(needId: string, dto: CancelNeedDto, context: CommandContext) {
    const need = await this.readModels.needs.require(needId);
    await assertAdminFor(context.actor, need.communityId, this.directory);
    await this.needs.execute(needId, { type: 'CancelNeed', reason: dto.reason ?? '' }, context);
    return this.query.get(needId, context.actor);
  }
}
