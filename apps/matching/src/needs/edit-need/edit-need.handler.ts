import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { uniqueTags } from '../../list-item.dto';
import { MatchingReadModels } from '../../read-models';
import { type NeedChanges, needAggregate } from '../need.decider';
import { ListNeedsHandler } from '../list-needs/list-needs.handler';
import type { NeedDocument } from '../needs.projection';
import type { EditNeedDto } from './edit-need.dto';

@Injectable()
export class EditNeedHandler {
  private readonly needs;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly query: ListNeedsHandler,
  ) {
    this.needs = commands.for(needAggregate);
  }

  /** An admin over the need's community edits it while it is open (nothing reserved); 409 after. */
  async execute(needId: string, dto: EditNeedDto, context: CommandContext) {
    const need = await this.readModels.needs.require(needId);
    await this.authorize(need, context);
    const changes: NeedChanges = {};
    if (dto.title !== undefined) changes.title = dto.title.trim();
    if (dto.description !== undefined) changes.description = dto.description.trim();
    if (dto.tags !== undefined) changes.tags = uniqueTags(dto.tags);
    if (dto.quantity) changes.quantity = { amount: dto.quantity.amount, unit: dto.quantity.unit };
    if (dto.window) changes.window = { from: dto.window.from, to: dto.window.to };
    if (dto.urgency) changes.urgency = dto.urgency;
    await this.needs.execute(needId, { type: 'EditNeed', changes, now: new Date().toISOString() }, context);
    return this.query.get(needId, context.actor);
  }

  /** Who may edit the need: an admin over its community (an import asks it of a changed row). */
  authorize(need: Pick<NeedDocument, 'communityId'>, context: Pick<CommandContext, 'actor'>) {
    return assertAdminFor(context.actor, need.communityId, this.directory);
  }
}
