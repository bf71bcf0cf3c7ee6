import type { Actor } from '@gongjian/eventing';
import type { Filter } from '@gongjian/read-models';
import type { Directory } from './directory';
import { assertMayActFor, forbid } from './policy';

/**
 * What a `grid_worker` account (网格长/网格员, issue 18) may read and do: the grids its running
 * terms name (`Directory.gridsOf`), and what lies in them — their buildings, their households and
 * 联建单元. What its grids' communities keep for the whole community (a need with no grid, a
 * micro-wish) it reads too, since it serves those residents; nothing of another grid.
 */

/** Whether `areaId` lies in one of the grids `actor` holds today (a grid itself, or below one). */
export async function gridWorkerHolds(actor: Actor, areaId: string, directory: Directory): Promise<boolean> {
  const grids = await directory.gridsOf(actor);
  if (grids.length === 0) return false;
  const lineage = await directory.lineage(areaId);
  return grids.some((grid) => lineage.includes(grid));
}

/**
 * Who acts for an area of the grid tier (a household, a 联建单元, a rota, a duty): the admins over
 * it (assertMayActFor), and a grid worker whose grids hold it. Anyone else: 403.
 */
export async function assertActsForArea(actor: Actor, areaId: string, directory: Directory): Promise<void> {
  if (actor.role === 'grid_worker') {
    if (await gridWorkerHolds(actor, areaId, directory)) return;
    forbid(`${areaId} lies outside the grids of this grid worker's running terms`);
  }
  if (actor.role === 'unit_contact') forbid('only administrators and grid workers do this');
  await assertMayActFor(actor, areaId, directory);
}

/** The communities of `grids` (their parents), once each. */
async function communitiesOf(grids: string[], directory: Directory): Promise<string[]> {
  const entries = await directory.entries.find({ _id: { $in: grids } });
  return [...new Set(entries.map((e) => e.parentId).filter((id): id is string => id !== null))];
}

/**
 * The part of a list a grid worker reads, as a filter to add to the list's own (null for every
 * other role: the list is theirs as it is). Items of `{ communityId, gridId? }`: those of its
 * grids, and those its grids' communities keep with no grid. With `gridField: null` (items of a
 * community only, such as micro-wishes): those of its grids' communities.
 */
export async function gridWorkerFilter(
  actor: Actor,
  directory: Directory,
  options: { gridField?: string | null } = {},
): Promise<Filter | null> {
  if (actor.role !== 'grid_worker') return null;
  const grids = await directory.gridsOf(actor);
  const communities = await communitiesOf(grids, directory);
  const gridField = options.gridField === undefined ? 'gridId' : options.gridField;
  if (gridField === null) return { communityId: { $in: communities } };
  return {
    $or: [{ [gridField]: { $in: grids } }, { communityId: { $in: communities }, [gridField]: null }],
  };
}

/** One item of such a list: refused (403) to a grid worker whose grids do not hold it. */
export async function assertGridWorkerReads(
  actor: Actor,
  item: { communityId: string; gridId?: string | null },
  directory: Directory,
): Promise<void> {
  if (actor.role !== 'grid_worker') return;
  const grids = await directory.gridsOf(actor);
  if (item.gridId) {
    if (grids.includes(item.gridId)) return;
  } else if ((await communitiesOf(grids, directory)).includes(item.communityId)) return;
  forbid("a grid worker reads what lies in the grids of its running terms, and its grids' communities' own");
}
