import { assertAdminFor, type Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';

/**
 * Who rates a site (and uploads its evidence): an admin above it — of the organisation above the
 * site's own (a site does not rate itself), or, for a site of units, of the place the units lie in.
 */
export async function assertRatesSite(
  actor: Actor,
  site: { orgId: string; unitIds: string[] },
  directory: Directory,
): Promise<void> {
  const owner = await directory.get(site.orgId);
  const above = site.unitIds.length > 0 ? site.orgId : (owner?.parentId ?? site.orgId);
  await assertAdminFor(actor, above, directory);
}
