import type { Directory, DirectoryEntry } from '@gongjian/auth';
import type { PartyOrgKind } from '@gongjian/contracts';
import type { OrganizationsReadModels } from '../read-models';
import type { CoveredFacts, PlaceFacts } from './party-organization.decider';

/** A directory entry as the grid tier's deciders take it (null: unknown). */
export function toPlaceFacts(entry: DirectoryEntry | null): PlaceFacts | null {
  if (!entry) return null;
  const { _id, kind, status, parentId, covers } = entry;
  return { id: _id, kind, status, parentId, ...(covers ? { covers } : {}) };
}

export async function placeFacts(directory: Directory, id: string): Promise<PlaceFacts | null> {
  return toPlaceFacts(await directory.get(id));
}

/**
 * The areas a party organisation of `kind` would cover, each with the active party organisation
 * of that kind covering it now (one branch per grid, one party group per building).
 */
export async function coveredFacts(
  directory: Directory,
  readModels: OrganizationsReadModels,
  kind: PartyOrgKind,
  ids: string[],
): Promise<CoveredFacts[]> {
  const taken = await readModels.partyOrganizations.find({ kind, status: 'active', covers: { $in: ids } });
  return Promise.all(
    ids.map(async (id) => ({
      id,
      area: await placeFacts(directory, id),
      takenBy: taken.find((org) => org.covers.includes(id))?._id ?? null,
    })),
  );
}
