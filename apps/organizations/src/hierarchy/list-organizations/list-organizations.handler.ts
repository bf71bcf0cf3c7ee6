import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { NotFound } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../read-models';
import { toOrgResource } from '../organization.resource';
import type { ListOrganizationsQuery } from './list-organizations.query';

/** The hierarchy as every account reads it (SECURITY.md: the tree is not a secret within the region). */
@Injectable()
export class ListOrganizationsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  /** A page of organisations with the total the filters match. */
  async list(query: ListOrganizationsQuery) {
    const filter: Filter = { kind: query.kind ?? { $ne: 'unit' } };
    if (query.parentId) filter.parentId = query.parentId;
    if (query.status) filter.status = query.status;
    if (query.within) filter._id = { $in: await this.directory.subtreeIds(query.within) };
    if (query.q?.trim()) Object.assign(filter, textFilter(query.q, ['name']));
    const page = await paginate(this.readModels.organizations, filter, query);
    return { items: page.items.map(toOrgResource), nextCursor: page.nextCursor, total: page.total };
  }

  /** The organisation and its lineage; a unit is not an organisation here (404, see /units). */
  async get(orgId: string) {
    const org = await this.directory.get(orgId);
    if (!org || org.kind === 'unit') throw new NotFound(`organisation ${orgId} not found`);
    return { ...toOrgResource(org), lineage: await this.directory.lineage(orgId) };
  }
}
