import type { Directory } from '@gongjian/auth';
import type { Filter } from '@gongjian/read-models';

/** An area of the activity lists and the hours summary: an organisation's subtree and/or one community. */
export interface ActivityArea {
  /** the organiser or anything under it: a grid, a community (with its grids), a street, a district */
  orgId?: string;
  communityId?: string;
}

/** The conditions (to `$and`) for activities organised in `orgId`'s subtree and/or filed under one community. */
export async function activityAreaFilter(area: ActivityArea, directory: Directory): Promise<Filter[]> {
  const filter: Filter[] = [];
  if (area.orgId) filter.push({ orgId: { $in: await directory.subtreeIds(area.orgId) } });
  if (area.communityId) filter.push({ communityId: area.communityId });
  return filter;
}
