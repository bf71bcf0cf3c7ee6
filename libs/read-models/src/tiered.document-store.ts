import type { DocumentCollection, DocumentStore, ReadModelDocument } from './document-store.port';
import type { MemoryDocumentStore } from './memory.document-store';
import type { SqliteDocumentStore } from './sqlite.document-store';

/**
 * The embedded read models: in memory, but for the collections of projections that ask to live on
 * disk (`Projection.storage: 'disk'`, the audit index), which are kept in an SQLite file. Which
 * tier a collection is in is asked at its first use, when the service modules have registered
 * their projections; the disk file is opened then, and only if some collection lives there.
 */
export class TieredDocumentStore implements DocumentStore {
  private diskStore: SqliteDocumentStore | null = null;
  private readonly routed = new Map<string, DocumentCollection<any>>();

  constructor(
    readonly memory: MemoryDocumentStore,
    private readonly openDisk: () => SqliteDocumentStore,
    /** whether the collection is on disk (asked once per collection, at its first use) */
    private readonly onDisk: (collection: string) => boolean,
  ) {}

  /** The disk tier, opened on first use. */
  get disk(): SqliteDocumentStore {
    this.diskStore ??= this.openDisk();
    return this.diskStore;
  }

  /** Whether `collection` lives on disk. */
  isOnDisk(collection: string): boolean {
    return this.onDisk(collection);
  }

  dropCollection(name: string): Promise<void> {
    this.routed.delete(name);
    return this.onDisk(name) ? this.disk.dropCollection(name) : this.memory.dropCollection(name);
  }

  collection<T extends ReadModelDocument>(name: string): DocumentCollection<T> {
    let collection = this.routed.get(name);
    if (!collection) {
      collection = routedCollection<T>(name, () =>
        this.onDisk(name) ? this.disk.collection<T>(name) : this.memory.collection<T>(name),
      );
      this.routed.set(name, collection);
    }
    return collection as DocumentCollection<T>;
  }

  async close(): Promise<void> {
    await this.memory.close();
    await this.diskStore?.close();
  }
}

/** A collection that finds its tier at the first call made to it. */
function routedCollection<T extends ReadModelDocument>(
  name: string,
  resolve: () => DocumentCollection<T>,
): DocumentCollection<T> {
  let target: DocumentCollection<T> | null = null;
  const to = () => (target ??= resolve());
  return {
    name,
    get: (id) => to().get(id),
    find: (filter, options) => to().find(filter, options),
    count: (filter) => to().count(filter),
    putIfNewer: (doc) => to().putIfNewer(doc),
    putManyIfNewer: (docs, options) => to().putManyIfNewer(docs, options),
    deleteAll: () => to().deleteAll(),
    ensureIndexes: (indexes) => to().ensureIndexes(indexes),
  };
}
