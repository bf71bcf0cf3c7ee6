import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { type Actor, NotFound } from '@gongjian/eventing';
import { paginate, type PageQuery } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { assertReadsFund, fundScope } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { allocationResource, fundResource, spendingResource } from '../../resources';
import type { ListFundsQuery } from './list-funds.query';

const and = (filters: Filter[]): Filter => (filters.length ? { $and: filters } : {});

/** Funds, a fund, its allocations and its spending: to the admins of its area and the auditor. */
@Injectable()
export class ListFundsHandler {
  constructor(
    private readonly readModels: FundsReadModels,
    private readonly directory: Directory,
  ) {}

  async list(query: ListFundsQuery, actor: Actor) {
    const filter: Filter[] = [await fundScope(actor, this.directory)];
    if (query.orgId) filter.push({ ownerOrgId: { $in: await this.directory.subtreeIds(query.orgId) } });
    if (query.ownerOrgId) filter.push({ ownerOrgId: query.ownerOrgId });
    if (query.year) filter.push({ year: query.year });
    if (query.kind) filter.push({ kind: query.kind });
    const page = await paginate(this.readModels.funds, and(filter), query);
    return { ...page, items: page.items.map(fundResource) };
  }

  /** The fund, read by those who may (404 first: an unknown id says nothing about scope). */
  async fund(fundId: string, actor: Actor) {
    const fund = await this.readModels.funds.require(fundId);
    await assertReadsFund(actor, fund, this.directory);
    return fund;
  }

  async get(fundId: string, actor: Actor) {
    return fundResource(await this.fund(fundId, actor));
  }

  /** Every allocation of the fund (or those of one target), newest first. */
  async allocations(fundId: string, query: PageQuery & { targetId?: string }, actor: Actor) {
    await this.fund(fundId, actor);
    const filter: Filter = query.targetId ? { fundId, targetId: query.targetId } : { fundId };
    const page = await paginate(this.readModels.allocations, filter, query);
    return { ...page, items: page.items.map(allocationResource) };
  }

  async allocation(fundId: string, allocationId: string, actor: Actor) {
    await this.fund(fundId, actor);
    const allocation = await this.readModels.allocations.require(allocationId);
    if (allocation.fundId !== fundId) throw new NotFound(`allocation ${allocationId} not found`);
    return allocationResource(allocation);
  }

  /** The spending of the fund (or of one of its budgets), newest first, receipts by hash. */
  async spendings(fundId: string, query: PageQuery & { allocationId?: string }, actor: Actor) {
    await this.fund(fundId, actor);
    const filter: Filter = query.allocationId ? { fundId, allocationId: query.allocationId } : { fundId };
    const page = await paginate(this.readModels.spendings, filter, query);
    return { ...page, items: page.items.map(spendingResource) };
  }
}
