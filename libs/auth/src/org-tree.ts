import type { DocumentCollection } from '@gongjian/read-models';
import type { DirectoryEntry } from './org-directory.projection';

/** The hierarchy is at most five levels deep, so walks are a handful of indexed reads. */
const MAX_DEPTH = 8;

/** Queries over a service's directory of organisations and units. */
export class OrgTree {
  constructor(readonly entries: DocumentCollection<DirectoryEntry>) {}

  get(id: string): Promise<DirectoryEntry | null> {
    return this.entries.get(id);
  }

  /** Ids from the root down to `id` itself (empty when unknown). */
  async lineage(id: string): Promise<string[]> {
    const path: string[] = [];
    let current = await this.entries.get(id);
    while (current && path.length < MAX_DEPTH) {
      path.unshift(current._id);
      current = current.parentId ? await this.entries.get(current.parentId) : null;
    }
    return path;
  }

  /** Whether `id` is `rootId` or lies in its subtree (units count as inside their location). */
  async isWithin(id: string, rootId: string): Promise<boolean> {
    return (await this.lineage(id)).includes(rootId);
  }

  /** Every id in the subtree of `rootId`, itself included, level by level. */
  async subtreeIds(rootId: string, options: { includeUnits?: boolean } = {}): Promise<string[]> {
    const ids = [rootId];
    let level = [rootId];
    for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
      const filter = options.includeUnits
        ? { parentId: { $in: level } }
        : { parentId: { $in: level }, kind: { $ne: 'unit' } };
      const children = await this.entries.find(filter);
      level = children.map((c) => c._id);
      ids.push(...level);
    }
    return ids;
  }
}
