import type { Provider } from '@nestjs/common';
import { DOCUMENT_STORE, type DocumentStore, type ReadModel, readOnly } from '@gongjian/read-models';
import type { Actor } from '@gongjian/eventing';
import { gridWorkersCollection, type GridWorkerTerm } from './grid-workers.projection';
import { directoryCollection, type DirectoryEntry } from './org-directory.projection';

/** The hierarchy is at most five levels deep, so walks are a handful of indexed reads. */
const MAX_DEPTH = 8;

/** An organisation in the terms a decider takes it: enough to check it exists, its kind, whether active. */
export interface OrgRef {
  id: string;
  kind: DirectoryEntry['kind'];
  status: DirectoryEntry['status'];
}

/**
 * A service's own copy of the organisation tree (folded from the organizations service's public
 * events by `orgDirectoryProjection`), and the walks over it: lookups only. What an actor may do
 * there is asked of the policy functions (policy.ts), which take a directory.
 */
export class Directory {
  constructor(
    readonly entries: Pick<ReadModel<DirectoryEntry>, 'get' | 'find' | 'count'>,
    /** the terms of grid workers (`gridWorkersProjection`), where the service folds them */
    readonly gridWorkers?: Pick<ReadModel<GridWorkerTerm>, 'find'>,
  ) {}

  /**
   * The grids a `grid_worker` account holds on `day` (China's calendar): the grids of its 网格长
   * and 网格员 terms running that day, active ones only. Empty for every other role, and in a
   * service that does not fold the terms.
   */
  async gridsOf(actor: Actor, day: string = chinaDay()): Promise<string[]> {
    if (actor.role !== 'grid_worker' || !this.gridWorkers) return [];
    const terms = await this.gridWorkers.find({ accountId: actor.accountId, startsOn: { $lte: day } });
    const running = terms.filter((t) => t.endsOn === null || t.endsOn >= day).map((t) => t.gridId);
    const grids = await this.entries.find({ _id: { $in: [...new Set(running)] }, kind: 'grid', status: 'active' });
    return grids.map((g) => g._id).sort();
  }

  get(id: string): Promise<DirectoryEntry | null> {
    return this.entries.get(id);
  }

  /** The entry as a decider takes it (null when unknown or no id). */
  async ref(id: string | undefined | null): Promise<OrgRef | null> {
    if (!id) return null;
    const entry = await this.get(id);
    return entry && { id: entry._id, kind: entry.kind, status: entry.status };
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

  /** The nearest organisation of `kind` at or above `id` (a grid's community), or null. */
  async nearest(id: string, kind: DirectoryEntry['kind']): Promise<DirectoryEntry | null> {
    for (const ancestor of (await this.lineage(id)).reverse()) {
      const entry = await this.get(ancestor);
      if (entry?.kind === kind) return entry;
    }
    return null;
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

/** The `Directory` of a service, over its own copy of the tree (`<service>.org-directory`). */
export function provideDirectory(service: string): Provider {
  return {
    provide: Directory,
    inject: [DOCUMENT_STORE],
    useFactory: (documents: DocumentStore) =>
      new Directory(
        readOnly(documents.collection<DirectoryEntry>(directoryCollection(service))),
        readOnly(documents.collection<GridWorkerTerm>(gridWorkersCollection(service))),
      ),
  };
}

/** The calendar day in China (UTC+8) of an instant: the day a term of the grid tier runs on. */
export function chinaDay(at: Date = new Date()): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
