import mongoose, { type Connection } from 'mongoose';
import {
  type AnyBulkWriteOperation,
  type Collection,
  type Document,
  MongoBulkWriteError,
  type MongoServerError,
} from 'mongodb';
import type {
  DocumentCollection,
  DocumentStore,
  Filter,
  FindOptions,
  IndexSpec,
  ReadModelDocument,
} from './document-store.port';

export interface MongoDocumentStoreOptions {
  /** `majority` by default; FerretDB and a replica set of one both accept it. */
  writeConcern?: 'majority' | number;
}

/**
 * Read models in MongoDB. mongoose owns the connection (pooling, reconnects, options); documents
 * go through the native collection (mongoose's insertMany is ~30× slower than bulkWrite, and read
 * models need no mongoose documents).
 *
 * Idempotency without transactions: a write is `replaceOne({_id, version: {$lt: v}}, doc,
 * {upsert: true})`. When the stored document already reflects revision v or later, the filter
 * misses, the upsert tries to insert the same _id and the server answers E11000 — which means
 * "already applied", not an error. Servers differ in how they name the index in that error
 * (FerretDB v1 does not), so a duplicate is classified by reading the stored revision: stored at v
 * or later means stale; otherwise another unique index was violated and the error stands.
 *
 * Consistency: writes use `w: majority`; reads go to the primary (the driver's default read
 * preference) with read concern `local`, so a service reads its own acknowledged writes. A
 * majority-acknowledged write is never rolled back, so what a read returned stays true.
 * Works on FerretDB v1 (no transactions, change streams, $lookup or $facet are used).
 */
export class MongoDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, MongoCollection<any>>();

  private constructor(
    private readonly connection: Connection,
    private readonly options: MongoDocumentStoreOptions,
  ) {}

  static async connect(url: string, options: MongoDocumentStoreOptions = {}): Promise<MongoDocumentStore> {
    const connection = await mongoose.createConnection(url, { serverSelectionTimeoutMS: 10_000 }).asPromise();
    return new MongoDocumentStore(connection, options);
  }

  /** The native database handle, for adapters that share this connection (checkpoints, idempotency). */
  collectionHandle<T extends Document>(name: string): Collection<T> {
    return this.connection.db!.collection<T>(name);
  }

  collection<T extends ReadModelDocument>(name: string): DocumentCollection<T> {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new MongoCollection<T>(
        name,
        this.collectionHandle(name) as unknown as Collection<T>,
        this.options.writeConcern ?? 'majority',
      );
      this.collections.set(name, collection);
    }
    return collection;
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

function isDuplicateKey(error: unknown): boolean {
  return (error as MongoServerError)?.code === 11000;
}

class MongoCollection<T extends ReadModelDocument> implements DocumentCollection<T> {
  constructor(
    readonly name: string,
    private readonly native: Collection<T>,
    private readonly w: 'majority' | number,
  ) {}

  async get(id: string): Promise<T | null> {
    return (await this.native.findOne({ _id: id } as never)) as T | null;
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    let cursor = this.native.find(filter as never);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return (await cursor.toArray()) as T[];
  }

  count(filter: Filter = {}): Promise<number> {
    return this.native.countDocuments(filter as never);
  }

  async putIfNewer(doc: T): Promise<boolean> {
    try {
      const result = await this.native.replaceOne({ _id: doc._id, version: { $lt: doc.version } } as never, doc, {
        upsert: true,
        writeConcern: { w: this.w },
      });
      return result.modifiedCount + result.upsertedCount > 0;
    } catch (error) {
      if (isDuplicateKey(error) && (await this.isStale(doc))) return false;
      throw error;
    }
  }

  /** Whether the stored document already reflects `doc.version` or later. */
  private async isStale(doc: T): Promise<boolean> {
    const stored = await this.get(doc._id);
    return stored !== null && stored.version >= doc.version;
  }

  /**
   * Skips documents the store already holds at their revision or later (one indexed read), then
   * writes the rest in one unordered bulkWrite. If a concurrent writer wins a race in between, the
   * batch falls back to one conditional write per document — FerretDB v1 stops an unordered bulk
   * at its first error, so the partial result of a failed bulk cannot be trusted.
   */
  async putManyIfNewer(docs: T[]): Promise<number> {
    if (docs.length === 0) return 0;
    const stored = await this.native
      .find({ _id: { $in: docs.map((d) => d._id) } } as never, { projection: { version: 1 } })
      .toArray();
    const versions = new Map(stored.map((d) => [d._id as string, d.version as number]));
    const fresh = docs.filter((d) => (versions.get(d._id) ?? -1) < d.version);
    if (fresh.length === 0) return 0;
    const operations = fresh.map((doc): AnyBulkWriteOperation<T> => ({
      replaceOne: { filter: { _id: doc._id, version: { $lt: doc.version } } as never, replacement: doc, upsert: true },
    }));
    try {
      const result = await this.native.bulkWrite(operations, { ordered: false, writeConcern: { w: this.w } });
      return result.modifiedCount + result.upsertedCount;
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError)) throw error;
      let written = 0;
      for (const doc of fresh) if (await this.putIfNewer(doc)) written++;
      return written;
    }
  }

  async deleteAll(): Promise<void> {
    await this.native.deleteMany({}, { writeConcern: { w: this.w } });
  }

  async ensureIndexes(indexes: IndexSpec[]): Promise<void> {
    for (const index of indexes) await this.native.createIndex(index.fields, { unique: index.unique ?? false });
  }
}
