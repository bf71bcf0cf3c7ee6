import { type Directory, forbid, gridWorkerHolds, isAdmin } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import type { Filter } from '@gongjian/read-models';
import type { HouseholdArea } from './household.decider';

/**
 * Who reads the households of the grid tier — their doors, their 联建单元 and rota, the 党员中心户
 * who look after them (issue 18): the admins over their area, the grid workers whose grids hold
 * it, the auditor. Households are residents' addresses: nobody else, not even by id.
 */
export async function assertReadsArea(actor: Actor, areaId: string, directory: Directory): Promise<void> {
  if (actor.role === 'auditor' || actor.role === 'system') return;
  if (actor.role === 'grid_worker') {
    if (await gridWorkerHolds(actor, areaId, directory)) return;
    forbid(`${areaId} lies outside the grids of this grid worker's running terms`);
  }
  if (!isAdmin(actor)) forbid('households are read by the admins over them, their grid workers and the auditor');
  if (actor.orgId === null || (await directory.isWithin(areaId, actor.orgId))) return;
  forbid(`${areaId} is outside the organisation scope of this account`);
}

/**
 * The part of a list of the grid tier (items of `{ communityId, gridId }`) a reader sees, as a
 * filter: everything for the auditor and the bootstrap admin, an admin's subtree, a grid worker's
 * grids. 403 for everyone else.
 */
export async function areaListScope(actor: Actor, directory: Directory, gridField = 'gridId'): Promise<Filter> {
  if (actor.role === 'auditor' || actor.role === 'system') return {};
  if (actor.role === 'grid_worker') return { [gridField]: { $in: await directory.gridsOf(actor) } };
  if (!isAdmin(actor)) forbid('households are read by the admins over them, their grid workers and the auditor');
  if (actor.orgId === null) return {};
  return { communityId: { $in: await directory.subtreeIds(actor.orgId) } };
}

/** Where a building or grid lies: its grid and community (null when it is neither). */
export async function householdArea(directory: Directory, areaId: string): Promise<HouseholdArea> {
  const entry = await directory.get(areaId);
  const gridId = entry?.kind === 'grid' ? entry._id : entry?.kind === 'building' ? entry.parentId : null;
  const grid = gridId ? await directory.get(gridId) : null;
  const area = entry && { id: entry._id, kind: entry.kind, status: entry.status, parentId: entry.parentId };
  return { area, areaIdGiven: areaId, gridId, communityId: grid?.parentId ?? null };
}
