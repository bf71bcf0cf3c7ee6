import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, seesMemberIdsOf } from '@gongjian/auth';
import type { PartyOrgAction } from '@gongjian/contracts';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../read-models';
import { type PartyOrganizationDocument, toPartyOrganizationResource } from '../party-organizations.projection';
import type { ListPartyOrganizationsQuery } from './list-party-organizations.query';

/**
 * Party branches and party groups (issue 18), as every account reads the organisation tree
 * (SECURITY.md: not a secret within the region). Who sits in a party group is a list a place
 * keeps: its ids for the admins over it and the auditor, a count for everyone else.
 */
@Injectable()
export class ListPartyOrganizationsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  async list(query: ListPartyOrganizationsQuery, actor: Actor) {
    const filter: Filter = {};
    if (query.kind) filter.kind = query.kind;
    if (query.parentId) filter.parentId = query.parentId;
    if (query.status) filter.status = query.status;
    if (query.covers) filter.covers = query.covers;
    if (query.memberId) filter.memberIds = query.memberId;
    if (query.within) filter._id = { $in: await this.directory.subtreeIds(query.within) };
    if (query.q?.trim()) Object.assign(filter, textFilter(query.q, ['name']));
    const page = await paginate(this.readModels.partyOrganizations, filter, query);
    const items = await Promise.all(page.items.map((doc) => this.resource(doc, actor)));
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  async get(partyOrgId: string, actor: Actor) {
    return this.resource(await this.readModels.partyOrganizations.require(partyOrgId), actor);
  }

  /**
   * The resource with its lineage, its members (a branch's count, a group's seats), a branch's
   * active party groups, and what the caller may do with it (the commands' own policy).
   */
  private async resource(doc: PartyOrganizationDocument, actor: Actor) {
    const branch = doc.kind === 'branch';
    const [members, groups, sees, acts] = await Promise.all([
      branch ? this.readModels.memberBranches.count({ branchId: doc._id }) : doc.memberIds.length,
      branch ? this.readModels.partyOrganizations.count({ parentId: doc._id, status: 'active' }) : 0,
      seesMemberIdsOf(actor, [doc._id], this.directory),
      assertAdminFor(actor, doc._id, this.directory).then(
        () => doc.status === 'active',
        () => false,
      ),
    ]);
    const actions: PartyOrgAction[] = acts
      ? ['rename', 'change_coverage', 'dissolve', branch ? 'form_group' : 'seat_member']
      : [];
    const { memberIds, ...rest } = doc;
    return toPartyOrganizationResource({ ...rest, ...(sees ? { memberIds } : {}) } as PartyOrganizationDocument, {
      members,
      groups,
      lineage: await this.directory.lineage(doc._id),
      actions,
    });
  }
}
