import { Injectable } from '@nestjs/common';
import { Directory, forbid } from '@gongjian/auth';
import { type Actor, NotFound } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../read-models';
import { assertReadsAccountsOf } from '../account-scope';
import { type AccountDocument, toAccountResource } from '../accounts.projection';
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
   * The address of the last sign-in only for district admins and auditors (as failed sign-ins).
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
    // where an account signs in from is shown to those who see failed sign-ins by address
    const seesAddresses = actor.role === 'district_admin' || actor.role === 'auditor';
    const resource = (doc: AccountDocument) => {
      const account = toAccountResource(doc);
      if (seesAddresses || !account.lastSignIn) return account;
      return { ...account, lastSignIn: { ...account.lastSignIn, address: null } };
    };
    return {
      items: page.items.map(resource),
      nextCursor: page.nextCursor,
      total: page.total,
    };
  }

  /** One account as the queries return it (404 `account <username> not found`). */
  async get(username: string) {
    return toAccountResource(await this.readModels.accounts.require(username));
  }
}
