import type { Directory } from '@gongjian/auth';
import type { Filter } from '@gongjian/read-models';

/**
 * The list filter of "an area": items of the communities in `orgId`'s subtree (a street's, a
 * district's) and/or of one community. Both given: that community if it lies in the subtree,
 * else nothing. A filter, not a permission — the co-building lists are readable by every account
 * (SECURITY.md).
 */
export async function communityFilter(
  directory: Directory,
  orgId: string | undefined,
  communityId: string | undefined,
): Promise<Filter> {
  if (!orgId) return communityId ? { communityId } : {};
  const ids = await directory.subtreeIds(orgId);
  if (!communityId) return { communityId: { $in: ids } };
  return { communityId: { $in: ids.includes(communityId) ? [communityId] : [] } };
}
