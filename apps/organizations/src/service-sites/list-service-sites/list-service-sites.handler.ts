import { Injectable } from '@nestjs/common';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../read-models';
import { toSiteResource } from '../service-sites.projection';
import type { ListSitesQuery } from './list-service-sites.query';

/** Service sites and their ratings, as every account reads them. */
@Injectable()
export class ListServiceSitesHandler {
  constructor(private readonly readModels: OrganizationsReadModels) {}

  async list(query: ListSitesQuery) {
    const page = await paginate(this.readModels.serviceSites, this.filter(query), query);
    return { items: page.items.map(toSiteResource), nextCursor: page.nextCursor, total: page.total };
  }

  /** The filter of the list's query: the export (`GET /exports/sites.xlsx`) uses it too. */
  filter(query: Omit<ListSitesQuery, 'limit' | 'cursor'>): Filter {
    const filter: Filter = {};
    if (query.orgId) filter.orgId = query.orgId;
    if (query.stars) filter.currentStars = query.stars;
    return filter;
  }

  async get(siteId: string) {
    return toSiteResource(await this.readModels.serviceSites.require(siteId));
  }
}
