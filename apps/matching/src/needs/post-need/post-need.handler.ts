import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { uniqueTags } from '../../list-item.dto';
import { InstantProposals } from '../../runs/instant-proposals';
import { needAggregate, type NeedDetails } from '../need.decider';
import { ListNeedsHandler } from '../list-needs/list-needs.handler';
import { MatchingReadModels } from '../../read-models';
import type { PostNeedDto } from './post-need.dto';

@Injectable()
export class PostNeedHandler {
  private readonly needs;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: MatchingReadModels,
    private readonly query: ListNeedsHandler,
    private readonly instant: InstantProposals,
  ) {
    this.needs = commands.for(needAggregate);
  }

  /**
   * A community admin (or an admin above it) posts for a community in its subtree; the grid,
   * when given, must lie in that community. The need gets its instant proposals at once.
   */
  async execute(dto: PostNeedDto, context: CommandContext) {
    const details = await this.prepare(dto, context);
    const needId = newId(context);
    await this.needs.execute(needId, { type: 'PostNeed', needId, now: new Date().toISOString(), details }, context);
    await this.instant.proposeFor({ needId }, context);
    return this.query.get(needId, context.actor);
  }

  /**
   * Checks and authorizes a posting and returns the need's details: what `execute` sends, and
   * what an import asks of each row before it appends anything.
   */
  async prepare(dto: PostNeedDto, context: Pick<CommandContext, 'actor'>): Promise<NeedDetails> {
    await requireActive(this.directory, dto.communityId, 'community', 'communityId');
    await assertAdminFor(context.actor, dto.communityId, this.directory);
    if (dto.gridId) {
      const grid = await requireActive(this.directory, dto.gridId, 'grid', 'gridId');
      if (grid.parentId !== dto.communityId) {
        throw new DomainRuleViolation('the grid does not belong to this community', 'grid_outside_community', {
          field: 'gridId',
        });
      }
    }
    if (dto.code && (await this.readModels.needs.count({ communityId: dto.communityId, code: dto.code })) > 0)
      throw new DomainRuleViolation(`the code ${dto.code} is already used`, 'code_taken', { field: 'code' });
    return {
      communityId: dto.communityId,
      gridId: dto.gridId ?? null,
      title: dto.title.trim(),
      description: dto.description?.trim() ?? '',
      category: dto.category,
      tags: uniqueTags(dto.tags ?? []),
      quantity: { amount: dto.quantity.amount, unit: dto.quantity.unit },
      window: { from: dto.window.from, to: dto.window.to },
      urgency: dto.urgency,
      ...(dto.code ? { code: dto.code } : {}),
    };
  }
}
