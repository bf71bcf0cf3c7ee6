import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../read-models';
import { toSiteResource } from '../service-sites.projection';
import type { ListSitesQuery } from './list-service-sites.query';

/** Service sites and their ratings, as every account reads them. */
@Injectable()
export class ListServiceSitesHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  /** A page of sites with the total the filters match. */
  async list(query: ListSitesQuery) {
    const page = await paginate(this.readModels.serviceSites, await this.filter(query), query);
    return { items: page.items.map(toSiteResource), nextCursor: page.nextCursor, total: page.total };
  }

  /** The filter of the list's query: the export (`GET /exports/sites.xlsx`) uses it too. */
  async filter(query: Omit<ListSitesQuery, 'limit' | 'cursor'>): Promise<Filter> {
    const filter: Filter = {};
    const and: Filter[] = [];
    if (query.orgId) filter.orgId = query.orgId;
    if (query.unitId) filter.unitIds = query.unitId;
    if (query.within) and.push({ orgId: { $in: await this.directory.subtreeIds(query.within) } });
    if (query.stars) filter.currentStars = query.stars;
    if (query.level) filter.level = query.level;
    if (query.q?.trim()) and.push(textFilter(query.q, ['name', 'address']));
    return and.length ? { $and: [filter, ...and] } : filter;
  }

  async get(siteId: string) {
    return toSiteResource(await this.readModels.serviceSites.require(siteId));
  }
}
