import { Query } from 'mingo';
import type {
  DocumentCollection,
  DocumentStore,
  Filter,
  FindOptions,
  IndexSpec,
  ReadModelDocument,
} from './document-store.port';

/**
 * Embedded read models: documents in memory, queried by mingo (MongoDB query semantics), rebuilt
 * from the event log at start. Documents are cloned on the way in and out so that callers cannot
 * change stored state by mutating what they hold.
 */
export class MemoryDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, MemoryCollection<any>>();

  collection<T extends ReadModelDocument>(name: string): DocumentCollection<T> {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new MemoryCollection<T>(name);
      this.collections.set(name, collection);
    }
    return collection;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

class MemoryCollection<T extends ReadModelDocument> implements DocumentCollection<T> {
  private docs = new Map<string, T>();
  private uniqueIndexes: IndexSpec[] = [];

  constructor(readonly name: string) {}

  get(id: string): Promise<T | null> {
    const doc = this.docs.get(id);
    return Promise.resolve(doc ? structuredClone(doc) : null);
  }

  find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    let cursor = new Query(filter).find<T>(this.candidates(filter));
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return Promise.resolve(cursor.all().map((d) => structuredClone(d)));
  }

  /** A filter on one `_id` looks at that document only; anything else scans the collection. */
  private candidates(filter: Filter): T[] {
    const id = (filter as { _id?: unknown })._id;
    if (typeof id !== 'string') return [...this.docs.values()];
    const doc = this.docs.get(id);
    return doc ? [doc] : [];
  }

  count(filter: Filter = {}): Promise<number> {
    const query = new Query(filter);
    let n = 0;
    for (const doc of this.docs.values()) if (query.test(doc)) n++;
    return Promise.resolve(n);
  }

  putIfNewer(doc: T): Promise<boolean> {
    try {
      return Promise.resolve(this.write(doc));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  putManyIfNewer(docs: T[]): Promise<number> {
    let written = 0;
    for (const doc of docs) if (this.write(doc)) written++;
    return Promise.resolve(written);
  }

  deleteAll(): Promise<void> {
    this.docs = new Map();
    return Promise.resolve();
  }

  ensureIndexes(indexes: IndexSpec[]): Promise<void> {
    this.uniqueIndexes = indexes.filter((i) => i.unique);
    return Promise.resolve();
  }

  private write(doc: T): boolean {
    const stored = this.docs.get(doc._id);
    if (stored && stored.version >= doc.version) return false;
    this.checkUnique(doc);
    this.docs.set(doc._id, structuredClone(doc));
    return true;
  }

  private checkUnique(doc: T): void {
    for (const index of this.uniqueIndexes) {
      const fields = Object.keys(index.fields);
      const key = (d: T) => JSON.stringify(fields.map((f) => d[f]));
      for (const other of this.docs.values()) {
        if (other._id !== doc._id && key(other) === key(doc)) {
          throw new Error(`duplicate key in ${this.name} on ${fields.join(',')}`);
        }
      }
    }
  }
}
