import { Injectable } from '@nestjs/common';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { ItemViews } from '../../item-views';
import { MatchingReadModels } from '../../read-models';
import type { ListOffersQuery } from './list-offers.query';

/**
 * The resource list (资源清单) and one offer: readable by every account (SECURITY.md, notice
 * boards); each with its unit's name and what the caller may do with it (`actions`: a unit's
 * contact edits and withdraws its own unit's offers only).
 */
@Injectable()
export class ListOffersHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly views: ItemViews,
  ) {}

  /** Newest first, filtered by unit, status, category, text. */
  async list(query: ListOffersQuery, actor: Actor) {
    const page = await paginate(this.readModels.offers, this.filter(query), query);
    const views = this.views.for(actor);
    const items = await Promise.all(page.items.map((offer) => views.offer(offer)));
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  /** The filter of the list's query: the export of the list (`GET /exports/offers.xlsx`) uses it too. */
  filter(query: Omit<ListOffersQuery, 'limit' | 'cursor'>): Filter {
    const filter: Filter = {};
    if (query.unitId) filter.unitId = query.unitId;
    if (query.status) filter.status = query.status;
    if (query.category) filter.category = query.category;
    if (query.q?.trim()) Object.assign(filter, textFilter(query.q, ['title', 'description', 'tags']));
    return filter;
  }

  async get(offerId: string, actor: Actor) {
    return this.views.for(actor).offer(await this.readModels.offers.require(offerId));
  }
}
