import { Injectable } from '@nestjs/common';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { MatchingReadModels } from '../../read-models';
import { toOfferResource } from '../offers.projection';
import type { ListOffersQuery } from './list-offers.query';

/** The resource list (资源清单) and one offer: readable by every account (SECURITY.md, notice boards). */
@Injectable()
export class ListOffersHandler {
  constructor(private readonly readModels: MatchingReadModels) {}

  /** Newest first, filtered by unit, status, category, text. */
  async list(query: ListOffersQuery) {
    const filter: Filter = {};
    if (query.unitId) filter.unitId = query.unitId;
    if (query.status) filter.status = query.status;
    if (query.category) filter.category = query.category;
    if (query.q?.trim()) Object.assign(filter, textFilter(query.q, ['title', 'description', 'tags']));
    const page = await paginate(this.readModels.offers, filter, query);
    return { items: page.items.map(toOfferResource), nextCursor: page.nextCursor, total: page.total };
  }

  async get(offerId: string) {
    return toOfferResource(await this.readModels.offers.require(offerId));
  }
}
