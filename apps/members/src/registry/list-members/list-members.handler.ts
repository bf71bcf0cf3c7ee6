import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor, CommandContext } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { accessTo, assertMayReadUnder, scopeOf } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { MemberViews } from '../member-views';
import type { ListMembersQuery } from './list-members.query';

/** The members list: the root asked for must be in the caller's scope, each item shown as it may see it. */
@Injectable()
export class ListMembersHandler {
  constructor(
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {}

  async execute(query: ListMembersQuery, context: CommandContext) {
    const filter = await this.filter(query, context.actor);
    const page = await paginate(this.readModels.members, filter.length ? { $and: filter } : {}, query);
    // each item as the caller may see it: a reported-to community gets the reduced view (members.policy.ts)
    const inScope = scopeOf(context.actor, this.directory);
    const items = [];
    for (const member of page.items) {
      const access = await accessTo(context.actor, member, this.directory, inScope);
      if (access) items.push(await this.views.view(member, access));
    }
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  /**
   * The query's filters, once the caller may read under its root (no root: the caller's own scope):
   * the export of the list (`GET /exports/members.xlsx`) asks the same.
   */
  async filter(query: Omit<ListMembersQuery, 'limit' | 'cursor'>, actor: Actor): Promise<Filter[]> {
    const filter: Filter[] = [];
    const root =
      query.orgId ??
      query.communityId ??
      query.branchId ??
      query.reportedTo ??
      query.employerUnitId ??
      query.transferTo;
    if (root) await assertMayReadUnder(actor, root, this.directory);
    else if (actor.orgId !== null && actor.role !== 'auditor') {
      await assertMayReadUnder(actor, actor.orgId, this.directory);
      filter.push(await this.underOrg(actor.orgId));
    } else await assertMayReadUnder(actor, '', this.directory);
    if (query.orgId) filter.push(await this.underOrg(query.orgId));
    if (query.communityId) filter.push(await this.underOrg(query.communityId));
    if (query.branchId) filter.push({ branchId: query.branchId });
    if (query.reportedTo) filter.push({ reportedTo: query.reportedTo });
    if (query.employerUnitId) filter.push({ employerUnitId: query.employerUnitId });
    if (query.transferTo) {
      const destinations = await this.directory.subtreeIds(query.transferTo, { includeUnits: true });
      filter.push({ pendingTransferTo: { $in: destinations } });
    }
    if (query.status) filter.push({ status: query.status });
    if (query.q?.trim()) filter.push(textFilter(query.q, ['name']));
    return filter;
  }

  /** Members whose branch lies under `orgId`, and those who reported to a community under it. */
  private async underOrg(orgId: string): Promise<Filter> {
    const ids = await this.directory.subtreeIds(orgId, { includeUnits: true });
    return { $or: [{ branchId: { $in: ids } }, { reportedTo: { $in: ids } }] };
  }
}
