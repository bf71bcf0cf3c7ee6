import { Injectable } from '@nestjs/common';
import { Directory, forbid } from '@gongjian/auth';
import { type Actor, NotFound } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../read-models';
import { assertReadsAccountsOf } from '../account-scope';
import { toAccountResource } from '../accounts.projection';
import type { ListAccountsQuery } from './list-accounts.query';

@Injectable()
export class ListAccountsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  /**
   * The accounts of an organisation's subtree (units included), with their state: disabled,
   * must change password, login throttle. For administrators over it, and auditors; every
   * account of the region for the bootstrap admin and auditors when no organisation is named.
   */
  async list(query: ListAccountsQuery, actor: Actor) {
    const orgId = query.orgId ?? actor.orgId;
    let filter: Filter = {};
    if (orgId !== null) {
      if (!(await this.directory.get(orgId))) throw new NotFound(`organisation ${orgId} not found`);
      await assertReadsAccountsOf(actor, orgId, this.directory);
      filter = { orgId: { $in: await this.directory.subtreeIds(orgId, { includeUnits: true }) } };
    } else if (actor.role !== 'auditor' && actor.role !== 'district_admin') {
      forbid('only administrators list accounts');
    }
    const and: Filter[] = [filter];
    if (query.role) and.push({ role: query.role });
    if (query.q?.trim()) and.push(textFilter(query.q, ['_id', 'displayName']));
    const page = await paginate(this.readModels.accounts, and.length > 1 ? { $and: and } : filter, query);
    return {
      items: page.items.map((doc) => toAccountResource(doc)),
      nextCursor: page.nextCursor,
      total: page.total,
    };
  }

  /** One account as the queries return it (404 `account <username> not found`). */
  async get(username: string) {
    return toAccountResource(await this.readModels.accounts.require(username));
  }
}
