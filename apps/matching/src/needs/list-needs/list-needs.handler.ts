import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { communityFilter } from '../../area';
import { MatchingReadModels } from '../../read-models';
import { toNeedResource } from '../needs.projection';
import type { ListNeedsQuery } from './list-needs.query';

/** The need list (需求清单) and one need: readable by every account (SECURITY.md, notice boards). */
@Injectable()
export class ListNeedsHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
  ) {}

  /** Newest first, filtered by community or subtree, status, category, urgency, text. */
  async list(query: ListNeedsQuery) {
    const filter: Filter = await communityFilter(this.directory, query.orgId, query.communityId);
    if (query.status) filter.status = query.status;
    if (query.category) filter.category = query.category;
    if (query.urgency) filter.urgency = query.urgency;
    if (query.q?.trim()) Object.assign(filter, textFilter(query.q, ['title', 'description', 'tags']));
    const page = await paginate(this.readModels.needs, filter, query);
    return { items: page.items.map(toNeedResource), nextCursor: page.nextCursor, total: page.total };
  }

  async get(needId: string) {
    return toNeedResource(await this.readModels.needs.require(needId));
  }
}
