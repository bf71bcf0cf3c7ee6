import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { HOUSEHOLD_UNIT_SIZE } from '@gongjian/contracts';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../read-models';
import { areaListScope, assertReadsArea } from '../grid-tier.policy';
import type { HouseholdUnitDocument } from '../household-units.projection';
import { nextOnDuty } from '../rota';
import type { ListHouseholdUnitsQuery } from './list-household-units.query';

/** 联建单元, as the admins over them, their grid workers and the auditor read them. */
@Injectable()
export class ListHouseholdUnitsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  async list(query: ListHouseholdUnitsQuery, actor: Actor) {
    const and: Filter[] = [await areaListScope(actor, this.directory)];
    if (query.areaId) and.push({ $or: [{ areaId: query.areaId }, { gridId: query.areaId }] });
    if (query.within) and.push({ communityId: { $in: await this.directory.subtreeIds(query.within) } });
    if (query.householdId) and.push({ householdIds: query.householdId });
    if (query.q?.trim()) and.push(textFilter(query.q, ['name']));
    const page = await paginate(this.readModels.householdUnits, { $and: and }, query);
    const items = await Promise.all(page.items.map((doc) => this.resource(doc)));
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  async get(householdUnitId: string, actor: Actor) {
    const unit = await this.readModels.householdUnits.require(householdUnitId);
    await assertReadsArea(actor, unit.areaId, this.directory);
    return this.resource(unit);
  }

  /** The unit with its households' doors, its rota, and the household whose turn comes next. */
  private async resource(doc: HouseholdUnitDocument) {
    const ids = [...doc.householdIds, ...doc.left.map((l) => l.householdId)];
    const households = await this.readModels.households.find({ _id: { $in: ids } });
    const label = (id: string) => households.find((h) => h._id === id)?.label ?? '';
    const { _id, householdIds, joined, lastServed, ...rest } = doc;
    return {
      id: _id,
      ...rest,
      households: householdIds.map((householdId) => ({
        householdId,
        label: label(householdId),
        joinedOn: joined[householdId],
        lastServed: lastServed[householdId] ?? null,
      })),
      left: doc.left.map((l) => ({ ...l, label: label(l.householdId) })),
      rota: doc.rota.map((m) => ({ ...m, label: label(m.householdId) })),
      size: householdIds.length,
      /** fewer than 10 households (seed 004: 10–20), after some left */
      undersized: householdIds.length < HOUSEHOLD_UNIT_SIZE.min,
      nextOnDuty: nextOnDuty({ households: householdIds, lastServed }),
    };
  }
}
