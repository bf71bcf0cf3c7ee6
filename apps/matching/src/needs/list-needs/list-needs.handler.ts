import { Injectable } from '@nestjs/common';
import { assertGridWorkerReads, Directory, gridWorkerFilter } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { communityFilter } from '../../area';
import { ItemViews } from '../../item-views';
import { MatchingReadModels } from '../../read-models';
import type { ListNeedsQuery } from './list-needs.query';

/**
 * The need list (需求清单) and one need: readable by every account (SECURITY.md, notice boards),
 * except a grid worker, who reads the needs of its grids and its grids' communities' needs of no
 * grid (issue 18); each with its community's and grid's names and what the caller may do with it
 * (`actions`).
 */
@Injectable()
export class ListNeedsHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly views: ItemViews,
  ) {}

  /** Newest first, filtered by community or subtree, grid, status, category, urgency, text. */
  async list(query: ListNeedsQuery, actor: Actor) {
    const page = await paginate(this.readModels.needs, await this.filter(query, actor), query);
    const views = this.views.for(actor);
    const items = await Promise.all(page.items.map((need) => views.need(need)));
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  /** The filter of the list's query: the export of the list (`GET /exports/needs.xlsx`) uses it too. */
  async filter(query: Omit<ListNeedsQuery, 'limit' | 'cursor'>, actor: Actor): Promise<Filter> {
    const filter: Filter = await communityFilter(this.directory, query.orgId, query.communityId);
    if (query.gridId) filter.gridId = query.gridId;
    if (query.status) filter.status = query.status;
    if (query.category) filter.category = query.category;
    if (query.urgency) filter.urgency = query.urgency;
    if (query.q?.trim()) Object.assign(filter, textFilter(query.q, ['title', 'description', 'tags']));
    const scope = await gridWorkerFilter(actor, this.directory);
    return scope ? { $and: [filter, scope] } : filter;
  }

  async get(needId: string, actor: Actor) {
    const need = await this.readModels.needs.require(needId);
    await assertGridWorkerReads(actor, need, this.directory);
    return this.views.for(actor).need(need);
  }
}
