import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../read-models';
import { areaListScope, assertReadsArea } from '../grid-tier.policy';
import { toHouseholdResource } from '../households.projection';
import type { ListHouseholdsQuery } from './list-households.query';

/** Households, as their admins, grid workers and the auditor read them (grid-tier.policy.ts). */
@Injectable()
export class ListHouseholdsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  async list(query: ListHouseholdsQuery, actor: Actor) {
    const and: Filter[] = [await areaListScope(actor, this.directory)];
    if (query.areaId) and.push({ $or: [{ areaId: query.areaId }, { gridId: query.areaId }] });
    if (query.within) and.push({ communityId: { $in: await this.directory.subtreeIds(query.within) } });
    if (query.q?.trim()) and.push(textFilter(query.q, ['label']));
    const page = await paginate(this.readModels.households, { $and: and }, query);
    return { items: page.items.map(toHouseholdResource), nextCursor: page.nextCursor, total: page.total };
  }

  async get(householdId: string, actor: Actor) {
    const household = await this.readModels.households.require(householdId);
    await assertReadsArea(actor, household.areaId, this.directory);
    return toHouseholdResource(household);
  }
}
