import { Injectable } from '@nestjs/common';
import { Directory, type DirectoryEntry } from '@gongjian/auth';
import { ORG_KIND_CODES, type OrgKind } from '@gongjian/contracts';
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
    const page = await paginate(this.readModels.organizations, await this.filter(query), query);
    return { items: page.items.map(toOrgResource), nextCursor: page.nextCursor, total: page.total };
  }

  /** The filter of the list's query: the export (`GET /exports/organizations.xlsx`) uses it too. */
  async filter(query: Omit<ListOrganizationsQuery, 'limit' | 'cursor'>): Promise<Filter> {
    const filter: Filter = { kind: query.kind ?? { $in: ORG_KIND_CODES } };
    if (query.parentId) filter.parentId = query.parentId;
    if (query.status) filter.status = query.status;
    if (query.within) filter._id = { $in: await this.directory.subtreeIds(query.within) };
    if (query.q?.trim()) Object.assign(filter, textFilter(query.q, ['name']));
    return filter;
  }

  /**
   * The organisation and its lineage; a unit is not an organisation here (404, see /units), nor a
   * party organisation (see /party-organizations).
   */
  async get(orgId: string) {
    const org = await this.directory.get(orgId);
    if (!org || !isArea(org)) throw new NotFound(`organisation ${orgId} not found`);
    return { ...toOrgResource(org), lineage: await this.directory.lineage(orgId) };
  }
}

/** An organisation of the tree of areas (district … building): not a unit, not a party organisation. */
export const isArea = (entry: DirectoryEntry): entry is DirectoryEntry & { kind: OrgKind } =>
  (ORG_KIND_CODES as readonly string[]).includes(entry.kind);
