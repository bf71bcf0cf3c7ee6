import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../read-models';
import { toPairingResource } from '../pairings.projection';
import type { ListPairingsQuery } from './list-pairings.query';

/** 结对共建 pairings, as every account reads them. */
@Injectable()
export class ListPairingsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  /** A page of pairings with the total the filters match. */
  async list(query: ListPairingsQuery) {
    const filter: Filter = {};
    const and: Filter[] = [];
    if (query.unitId) filter.unitId = query.unitId;
    if (query.orgId) filter.orgId = query.orgId;
    if (query.within) and.push({ orgId: { $in: await this.directory.subtreeIds(query.within) } });
    if (query.status) filter.status = query.status;
    const page = await paginate(this.readModels.pairings, and.length ? { $and: [filter, ...and] } : filter, query);
    return { items: page.items.map(toPairingResource), nextCursor: page.nextCursor, total: page.total };
  }

  async get(pairingId: string) {
    return toPairingResource(await this.readModels.pairings.require(pairingId));
  }
}
