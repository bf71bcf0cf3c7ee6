import { Injectable } from '@nestjs/common';
import { Directory, seesMemberIdsOf } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { communityFilter } from '../../area';
import { MatchingReadModels } from '../../read-models';
import { type ProjectDocument, toProjectResource } from '../projects.projection';
import type { ListProjectsQuery } from './list-projects.query';

/** 项目清单: the region's project list is for everyone signed in; participants' ids only to its organisers. */
@Injectable()
export class ListProjectsHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
  ) {}

  /** Filtered by community or subtree, status, unit, need, offer. */
  async list(query: ListProjectsQuery, actor: Actor) {
    const filter: Filter = await communityFilter(this.directory, query.orgId, query.communityId);
    for (const key of ['status', 'unitId', 'needId', 'offerId'] as const) if (query[key]) filter[key] = query[key];
    const page = await paginate(this.readModels.projects, filter, query);
    const items = await Promise.all(page.items.map((p) => this.resource(p, actor)));
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  async get(projectId: string, actor: Actor) {
    return this.resource(await this.readModels.projects.require(projectId), actor);
  }

  private async resource(project: ProjectDocument, actor: Actor) {
    const sees = await seesMemberIdsOf(actor, [project.communityId, project.unitId], this.directory);
    return toProjectResource(project, sees);
  }
}
