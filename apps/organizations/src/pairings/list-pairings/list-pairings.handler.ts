import { Injectable } from '@nestjs/common';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../read-models';
import { toPairingResource } from '../pairings.projection';
import type { ListPairingsQuery } from './list-pairings.query';

/** 结对共建 pairings, as every account reads them. */
@Injectable()
export class ListPairingsHandler {
  constructor(private readonly readModels: OrganizationsReadModels) {}

  async list(query: ListPairingsQuery) {
    const filter: Filter = {};
    if (query.unitId) filter.unitId = query.unitId;
    if (query.orgId) filter.orgId = query.orgId;
    if (query.status) filter.status = query.status;
    const page = await paginate(this.readModels.pairings, filter, query);
    return { items: page.items.map(toPairingResource), nextCursor: page.nextCursor, total: page.total };
  }

  async get(pairingId: string) {
    return toPairingResource(await this.readModels.pairings.require(pairingId));
  }
}
