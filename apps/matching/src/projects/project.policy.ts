import { assertAdminFor, assertMayActFor, type Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import type { ProjectDocument } from './projects.projection';

/**
 * Either side of the project carries it out: the unit (its contact, or an admin above the unit)
 * or the community (an admin over it). Refused (403) with the community side's reason.
 */
export async function assertMayActForEitherSide(
  directory: Directory,
  actor: Actor,
  project: Pick<ProjectDocument, 'unitId' | 'communityId'>,
): Promise<void> {
  try {
    await assertMayActFor(actor, project.unitId, directory);
  } catch {
    await assertAdminFor(actor, project.communityId, directory);
  }
}
