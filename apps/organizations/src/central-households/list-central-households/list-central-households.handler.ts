import { Injectable } from '@nestjs/common';
import { Directory, forbid, gridWorkerHolds } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { areaListScope, assertReadsArea } from '../../households/grid-tier.policy';
import { OrganizationsReadModels } from '../../read-models';
import type { CentralHouseholdDocument } from '../central-households.projection';
import type { ListCentralHouseholdsQuery } from './list-central-households.query';

/**
 * 党员中心户 and the households they look after: read as households are (grid-tier.policy.ts) —
 * the admins over the branch, the grid workers of the households' grids, the auditor.
 */
@Injectable()
export class ListCentralHouseholdsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  async list(query: ListCentralHouseholdsQuery, actor: Actor) {
    const and: Filter[] = [await areaListScope(actor, this.directory, 'gridIds')];
    if (query.branchId) and.push({ branchId: query.branchId });
    if (query.within) and.push({ communityId: { $in: await this.directory.subtreeIds(query.within) } });
    if (query.householdId) and.push({ householdIds: query.householdId });
    if (query.status) and.push({ status: query.status });
    const page = await paginate(this.readModels.centralHouseholds, { $and: and }, query);
    const items = await Promise.all(page.items.map((doc) => this.resource(doc)));
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  async get(memberId: string, actor: Actor) {
    const doc = await this.readModels.centralHouseholds.require(memberId);
    if (actor.role === 'grid_worker') {
      const holds = await Promise.all(doc.gridIds.map((g) => gridWorkerHolds(actor, g, this.directory)));
      if (!holds.includes(true)) forbid("a grid worker reads the 党员中心户 of its own grids' households");
    } else await assertReadsArea(actor, doc.branchId, this.directory);
    return this.resource(doc);
  }

  /** The resource: the member's name and the doors of the households. */
  private async resource({ _id, householdIds, gridIds: _grids, ...rest }: CentralHouseholdDocument) {
    const [member, households] = await Promise.all([
      this.readModels.memberBranches.get(_id),
      this.readModels.households.find({ _id: { $in: householdIds } }),
    ]);
    return {
      id: _id,
      memberId: _id,
      name: member?.name ?? null,
      ...rest,
      households: householdIds.map((householdId) => {
        const household = households.find((h) => h._id === householdId);
        return { householdId, label: household?.label ?? '', areaId: household?.areaId ?? '' };
      }),
    };
  }
}
