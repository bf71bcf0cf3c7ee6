import type { DirectoryEntry, OrgRef } from '@gongjian/auth';

/** An organisation or a unit as the queries return it: its directory entry, `_id` as `id`. */
export function toOrgResource({ _id, ...rest }: DirectoryEntry) {
  return { id: _id, ...rest };
}

export type OrgResource = ReturnType<typeof toOrgResource>;

/** An entry as a decider takes it (Directory.ref, for an entry already at hand). */
export function toOrgRef(entry: DirectoryEntry): OrgRef {
  return { id: entry._id, kind: entry.kind, status: entry.status };
}
