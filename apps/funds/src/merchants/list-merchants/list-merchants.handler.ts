import { Injectable } from '@nestjs/common';
import { chinaDay, Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { FundsReadModels } from '../../read-models';
import { merchantResource } from '../merchant.resources';
import { seesContact } from '../merchants.policy';
import type { ListMerchantsQuery } from './list-merchants.query';

/** The alliance's merchants, as every signed-in account reads them (the contact: admins only). */
@Injectable()
export class ListMerchantsHandler {
  constructor(
    private readonly readModels: FundsReadModels,
    private readonly directory: Directory,
  ) {}

  async list(query: ListMerchantsQuery, actor: Actor) {
    const and: Filter[] = [];
    if (query.orgId) and.push({ orgId: { $in: await this.directory.subtreeIds(query.orgId) } });
    if (query.sector) and.push({ sector: query.sector });
    if (query.status) and.push({ status: query.status });
    if (query.q?.trim()) and.push(textFilter(query.q, ['name', 'address']));
    const page = await paginate(this.readModels.merchants, and.length ? { $and: and } : {}, query);
    const today = chinaDay();
    return { ...page, items: page.items.map((m) => merchantResource(m, today, seesContact(actor))) };
  }

  async get(merchantId: string, actor: Actor) {
    return merchantResource(await this.readModels.merchants.require(merchantId), chinaDay(), seesContact(actor));
  }
}
