import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { NotFound } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
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

  async list(query: ListUnitsQuery) {
    const filter: Filter = { kind: 'unit' };
    if (query.locatedIn) filter.parentId = query.locatedIn;
    if (query.sector) filter.sector = query.sector;
    const page = await paginate(this.readModels.organizations, filter, query);
    return { items: page.items.map(toOrgResource), nextCursor: page.nextCursor, total: page.total };
  }

  /** The unit; an organisation is not a unit here (404). */
  async get(unitId: string) {
    const unit = await this.directory.get(unitId);
    if (!unit || unit.kind !== 'unit') throw new NotFound(`unit ${unitId} not found`);
    return toOrgResource(unit);
  }
}
