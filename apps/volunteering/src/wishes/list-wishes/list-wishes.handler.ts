import { Injectable } from '@nestjs/common';
import { assertGridWorkerReads, Directory, gridWorkerFilter } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { VolunteeringReadModels } from '../../read-models';
import { selfOf, viewerOf } from '../../volunteering.policy';
import { wishResource } from '../wish.resource';
import type { ListWishesQuery } from './list-wishes.query';

/**
 * The micro-wishes (微心愿) and one wish: readable by every account, the claimer only to the
 * community's admins; a grid worker reads those of its grids' communities (a wish has no grid).
 */
@Injectable()
export class ListWishesHandler {
  constructor(
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
  ) {}

  /** Newest first, by community or subtree and status. */
  async list(query: ListWishesQuery, actor: Actor) {
    const filter: Filter[] = [];
    if (query.orgId) filter.push({ communityId: { $in: await this.directory.subtreeIds(query.orgId) } });
    if (query.communityId) filter.push({ communityId: query.communityId });
    if (query.status) filter.push({ status: query.status });
    const scope = await gridWorkerFilter(actor, this.directory, { gridField: null });
    if (scope) filter.push(scope);
    const page = await paginate(this.readModels.wishes, filter.length ? { $and: filter } : {}, query);
    const self = await selfOf(actor, this.readModels);
    const items = await Promise.all(
      page.items.map(async (w) => wishResource(w, await viewerOf(actor, w.communityId, self, this.directory))),
    );
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  async get(wishId: string, actor: Actor) {
    const wish = await this.readModels.wishes.require(wishId);
    await assertGridWorkerReads(actor, { communityId: wish.communityId }, this.directory);
    const viewer = await viewerOf(actor, wish.communityId, await selfOf(actor, this.readModels), this.directory);
    return wishResource(wish, viewer);
  }
}
