import { Inject, Injectable } from '@nestjs/common';
import { type CommandContext, newId } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { assertAdminFor } from '@gongjian/auth';
import { DomainRuleViolation } from '@gongjian/eventing';
import { Runtime } from '@gongjian/runtime';
import { MatchingTree } from '../../matching.tree';
import { RunMatchingHandler } from '../../runs/run-matching.handler';
import { needDecider, needStreamId } from '../need.decider';
import { NEEDS_COLLECTION, type NeedDocument, toNeedResource } from '../needs.projection';
import type { PostNeedDto } from './post-need.dto';

@Injectable()
export class PostNeedHandler {
  constructor(
    private readonly runtime: Runtime,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly tree: MatchingTree,
    private readonly runs: RunMatchingHandler,
  ) {}

  /**
   * A community admin (or an admin above it) posts for a community in its subtree; the grid,
   * when given, must lie in that community.
   */
  async execute(dto: PostNeedDto, context: CommandContext) {
    await this.tree.requireActive(dto.communityId, 'community', 'communityId');
    await assertAdminFor(context.actor, dto.communityId, this.tree);
    if (dto.gridId) {
      const grid = await this.tree.requireActive(dto.gridId, 'grid', 'gridId');
      if (grid.parentId !== dto.communityId) {
        throw new DomainRuleViolation('the grid does not belong to this community', 'grid_outside_community', {
          field: 'gridId',
        });
      }
    }
    const needId = newId(context);
    await this.runtime.execute(
      needStreamId(needId),
      needDecider,
      {
        type: 'PostNeed',
        needId,
        now: new Date().toISOString(),
        details: {
          communityId: dto.communityId,
          gridId: dto.gridId ?? null,
          title: dto.title.trim(),
          description: dto.description?.trim() ?? '',
          category: dto.category,
          tags: [...new Set((dto.tags ?? []).map((t) => t.trim()).filter(Boolean))],
          quantity: { amount: dto.quantity.amount, unit: dto.quantity.unit },
          window: { from: dto.window.from, to: dto.window.to },
          urgency: dto.urgency,
        },
      },
      context,
    );
    await this.runs.proposeFor({ needId }, context);
    const doc = await this.documents.collection<NeedDocument>(NEEDS_COLLECTION).get(needId);
    return toNeedResource(doc!);
  }
}
