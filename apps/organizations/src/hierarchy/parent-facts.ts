import { type Directory, requireActive } from '@gongjian/auth';
import { ORG_KIND_CODES, type OrgKind } from '@gongjian/contracts';
import type { ParentFacts } from './organization.decider';

/**
 * The parent a command names, as the decider takes it: a known, active organisation (requireActive:
 * `unknown_organisation`, `organisation_dissolved`), with its lineage for the decider's cycle check.
 * Whether it is of the right kind is the decider's rule (`invalid_parent`).
 */
export async function parentFacts(directory: Directory, parentId: string): Promise<ParentFacts> {
  const parent = await requireActive(directory, parentId, ORG_KIND_CODES, 'parentId');
  const lineage = await directory.lineage(parentId);
  return { id: parent._id, kind: parent.kind as OrgKind, status: parent.status, lineage };
}
