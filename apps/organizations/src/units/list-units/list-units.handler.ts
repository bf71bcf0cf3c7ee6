import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { NotFound } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { toOrgResource } from '../../hierarchy/organization.resource';
import { OrganizationsReadModels } from '../../read-models';
import type { ListUnitsQuery } from './list-units.query';

/** 驻区单位 and 社会组织 as every account reads them. */
@Injectable()
export class ListUnitsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  /** A page of units with the total the filters match. */
  async list(query: ListUnitsQuery) {
    const page = await paginate(this.readModels.organizations, await this.filter(query), query);
    return { items: page.items.map(toOrgResource), nextCursor: page.nextCursor, total: page.total };
  }

  /** The filter of the list's query: the export (`GET /exports/units.xlsx`) uses it too. */
  async filter(query: Omit<ListUnitsQuery, 'limit' | 'cursor'>): Promise<Filter> {
    const filter: Filter = { kind: 'unit' };
    const and: Filter[] = [];
    if (query.locatedIn) filter.parentId = query.locatedIn;
    if (query.within) and.push({ parentId: { $in: await this.directory.subtreeIds(query.within) } });
    if (query.sector) filter.sector = query.sector;
    if (query.group === 'social_organizations') and.push({ sector: 'social_organization' });
    if (query.group === 'resident_units') and.push({ sector: { $ne: 'social_organization' } });
    if (query.q?.trim()) and.push(textFilter(query.q, ['name']));
    return and.length ? { $and: [filter, ...and] } : filter;
  }

  /** The unit; an organisation is not a unit here (404). */
  async get(unitId: string) {
    const unit = await this.directory.get(unitId);
    if (!unit || unit.kind !== 'unit') throw new NotFound(`unit ${unitId} not found`);
    return toOrgResource(unit);
  }
}
