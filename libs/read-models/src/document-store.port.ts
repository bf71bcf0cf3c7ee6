/**
 * The read-model port (DESIGN §3): collections of JSON documents queried with MongoDB filter
 * semantics. Adapters: memory.document-store.ts (embedded, mingo), mongodb.document-store.ts
 * (distributed, mongoose). Every adapter passes document-store.contract.ts.
 */
export interface ReadModelDocument {
  _id: string;
  /** Stream revision this document reflects; writes are conditioned on it. */
  version: number;
  [field: string]: unknown;
}

export type Filter = Record<string, unknown>;
export type Sort = Record<string, 1 | -1>;

export interface FindOptions {
  sort?: Sort;
  limit?: number;
  skip?: number;
}

export interface IndexSpec {
  fields: Record<string, 1 | -1>;
  unique?: boolean;
}

export interface PutManyOptions {
  /**
   * The caller hands the documents over: neither they nor anything they reference is touched by
   * it, or by anyone else, afterwards (a rebuild's documents, folded from events only it read).
   * A store in memory may then keep them as they are instead of copying them.
   */
  handOver?: boolean;
}

export interface DocumentCollection<T extends ReadModelDocument = ReadModelDocument> {
  readonly name: string;
  get(id: string): Promise<T | null>;
  find(filter?: Filter, options?: FindOptions): Promise<T[]>;
  count(filter?: Filter): Promise<number>;
  /**
   * Writes `doc` unless the stored document already reflects `doc.version` or later. Returns
   * whether it wrote. This is what makes a redelivered event a no-op without transactions.
   */
  putIfNewer(doc: T): Promise<boolean>;
  /** Writes many documents, each with putIfNewer's condition (used by rebuilds). */
  putManyIfNewer(docs: T[], options?: PutManyOptions): Promise<number>;
  deleteAll(): Promise<void>;
  ensureIndexes(indexes: IndexSpec[]): Promise<void>;
}

export interface DocumentStore {
  collection<T extends ReadModelDocument>(name: string): DocumentCollection<T>;
  /** Resolves when the store answers (the readiness check); stores in this process need none. */
  ping?(timeoutMillis?: number): Promise<void>;
  /** Removes collection `name` and its indexes altogether (a replay's shadow no longer kept). */
  dropCollection(name: string): Promise<void>;
  close(): Promise<void>;
}

export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');

/** A store in this process answers at once: its answer as a promise, and what it throws as a rejection. */
export function answered<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error as Error);
  }
}
