import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { communityFilter } from '../../area';
import { ItemViews } from '../../item-views';
import { MatchingReadModels } from '../../read-models';
import type { ListProjectsQuery } from './list-projects.query';

/**
 * 项目清单: the region's project list is for everyone signed in; participants' ids only to its
 * organisers; each project with its community's and unit's names and what the caller may do with
 * it (`actions`: start, complete, evaluate).
 */
@Injectable()
export class ListProjectsHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly views: ItemViews,
  ) {}

  /** Filtered by community or subtree, status, unit, need, offer. */
  async list(query: ListProjectsQuery, actor: Actor) {
    const page = await paginate(this.readModels.projects, await this.filter(query), query);
    const views = this.views.for(actor);
    const items = await Promise.all(page.items.map((project) => views.project(project)));
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  /** The filter of the list's query: the export (`GET /exports/projects.xlsx`) uses it too. */
  async filter(query: Omit<ListProjectsQuery, 'limit' | 'cursor'>): Promise<Filter> {
    const filter: Filter = await communityFilter(this.directory, query.orgId, query.communityId);
    for (const key of ['status', 'unitId', 'needId', 'offerId'] as const) if (query[key]) filter[key] = query[key];
    return filter;
  }

  async get(projectId: string, actor: Actor) {
    return this.views.for(actor).project(await this.readModels.projects.require(projectId));
  }
}
