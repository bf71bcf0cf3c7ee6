import type { OrganizationsReadModels } from '../read-models';
import type { HouseholdFacts } from './household-unit.decider';

/** Households as a 联建单元 or a 党员中心户 takes them: where each lives and the unit it is in. */
export async function householdFacts(readModels: OrganizationsReadModels, ids: string[]): Promise<HouseholdFacts[]> {
  const [households, units] = await Promise.all([
    readModels.households.find({ _id: { $in: ids } }),
    readModels.householdUnits.find({ householdIds: { $in: ids } }),
  ]);
  return ids.map((id) => {
    const household = households.find((h) => h._id === id);
    return {
      id,
      areaId: household?.areaId ?? null,
      gridId: household?.gridId ?? null,
      unitId: units.find((u) => u.householdIds.includes(id))?._id ?? null,
    };
  });
}
