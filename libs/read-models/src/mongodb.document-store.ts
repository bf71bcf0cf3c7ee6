import mongoose, { type Connection } from 'mongoose';
import { type AnyBulkWriteOperation, type Collection, type Document, MongoBulkWriteError } from 'mongodb';
import type {
  DocumentCollection,
  DocumentStore,
  Filter,
  FindOptions,
  IndexSpec,
  ReadModelDocument,
} from './document-store.port';

export interface MongoDocumentStoreOptions {
  /** Database when the URL names none (or to override it). */
  dbName?: string;
  /** `majority` by default; MongoDB (a replica set of one too) and FerretDB v1 accept it. */
  writeConcern?: 'majority' | number;
  /** How conditional writes are made; by default `by-id` on FerretDB and `filter` elsewhere (see ConditionalWrites). */
  conditionalWrites?: ConditionalWrites;
}

/**
 * How putIfNewer makes its write conditional on the stored version:
 * - `filter`: one `replaceOne({_id, version: {$lt: v}}, doc, {upsert})`, atomic on MongoDB,
 *   which serves it from the _id index;
 * - `by-id`: read `{_id}` (its version), then `insertOne` or `replaceOne({_id})`. FerretDB v1
 *   pushes only a lone `{_id}` equality down to its backend: with any other condition beside it
 *   (`version: {$lt}` or `version: n`) it reads the whole collection (bench/read-store.bench.ts:
 *   median 210 ms against 25 ms a write at 3,000 audit-like documents; 861 ms in issue 24).
 *   FerretDB runs a conditional update as "query, then write by _id" anyway, so it was never
 *   atomic there; writes of one document in this process are queued (PerKeyQueue) in both modes.
 */
export type ConditionalWrites = 'filter' | 'by-id';

/**
 * Read models in MongoDB. mongoose owns the connection (pooling, reconnects, options); documents
 * go through the native collection: read models need no mongoose documents (no `__v`, no getters,
 * plain objects back) and mongoose's insertMany is ~30× slower than bulkWrite (DESIGN §3).
 *
 * Consistency: writes use `w: majority`; reads go to the primary (the driver's default read
 * preference) with the default read concern `local`. A service therefore reads its own
 * acknowledged writes, and since a majority-acknowledged write is never rolled back, what a read
 * returned after such a write stays true. Uses nothing FerretDB v1 lacks (no transactions, change
 * streams, $lookup or $facet).
 */
export class MongoDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, MongoCollection<any>>();

  private constructor(
    private readonly connection: Connection,
    private readonly w: 'majority' | number,
    readonly conditionalWrites: ConditionalWrites,
  ) {}

  static async connect(url: string, options: MongoDocumentStoreOptions = {}): Promise<MongoDocumentStore> {
    const connection = await mongoose
      .createConnection(url, {
        ...reconnectOptions(url),
        // a field set to undefined is absent, as in JSON, instead of being stored as null
        ignoreUndefined: true,
        ...(options.dbName ? { dbName: options.dbName } : {}),
      })
      .asPromise();
    const writes = options.conditionalWrites ?? ((await isFerretDb(connection)) ? 'by-id' : 'filter');
    return new MongoDocumentStore(connection, options.writeConcern ?? 'majority', writes);
  }

  /** Resolves when the server answers a ping within `timeoutMillis`; rejects with the reason otherwise. */
  async ping(timeoutMillis = 2_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to ping within ${timeoutMillis} ms`)), timeoutMillis);
    });
    try {
      await Promise.race([this.connection.db!.admin().command({ ping: 1 }), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A native collection on this connection, for adapters that share it (checkpoints, idempotency, credentials). */
  collectionHandle<T extends Document>(name: string): Collection<T> {
    return this.connection.db!.collection<T>(name);
  }

  collection<T extends ReadModelDocument>(name: string): DocumentCollection<T> {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new MongoCollection<T>(
        name,
        this.collectionHandle(name) as unknown as Collection<T>,
        this.w,
        this.conditionalWrites,
      );
      this.collections.set(name, collection);
    }
    return collection;
  }

  async dropCollection(name: string): Promise<void> {
    this.collections.delete(name);
    // a collection never written is no error: the outcome, no such collection, is the same
    await this.collectionHandle(name)
      .drop()
      .catch((error: unknown) => {
        if (!/ns not found|not exist/i.test(String(error))) throw error;
      });
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

/** FerretDB answers buildInfo with a `ferretdbVersion`; MongoDB does not. */
async function isFerretDb(connection: Connection): Promise<boolean> {
  const info = await connection.db!.admin().command({ buildInfo: 1 });
  return 'ferretdbVersion' in info;
}

/**
 * Driver settings that make an outage short and visible (MongoDB's SDAM and CMAP specs), unless
 * the URL sets them itself:
 * - serverSelectionTimeoutMS 3 s (driver default 30 s, ours was 10 s): how long an operation
 *   waits for a usable server before it fails — what a client waits for its 503;
 * - heartbeatFrequencyMS 2 s (default 10 s): how often the monitor checks the server while
 *   all is well, so a restart is noticed within 2 s (while an operation waits for a server the
 *   monitor re-checks every minHeartbeatFrequencyMS, 500 ms);
 * - connectTimeoutMS 3 s (default 30 s): a connection attempt to a host that does not answer
 *   (a pod gone, packets dropped) gives up after 3 s instead of holding the monitor for 30.
 * The driver reconnects by itself: after a network error it clears the pool, marks the server
 * Unknown and opens new connections once the monitor sees it again. Nothing to do by hand.
 */
export function reconnectOptions(url: string): Record<string, number> {
  const defaults: Record<string, number> = {
    serverSelectionTimeoutMS: 3_000,
    heartbeatFrequencyMS: 2_000,
    connectTimeoutMS: 3_000,
  };
  const query = url.includes('?') ? new URLSearchParams(url.slice(url.indexOf('?') + 1)) : new URLSearchParams();
  const given = new Set([...query.keys()].map((k) => k.toLowerCase()));
  return Object.fromEntries(Object.entries(defaults).filter(([key]) => !given.has(key.toLowerCase())));
}

/**
 * The index a duplicate-key error names, or undefined when the server does not say. MongoDB
 * sends `keyPattern` and "index: <name>" in the message; FerretDB v1 sends neither.
 */
function duplicateKeyIndex(error: { code?: number; keyPattern?: object; errmsg?: string; message?: string }) {
  if (error.code !== 11000) return undefined;
  if (error.keyPattern) return Object.keys(error.keyPattern).join(',') === '_id' ? '_id_' : 'other';
  return /index: (\S+)/.exec(error.errmsg ?? error.message ?? '')?.[1];
}

/** Runs tasks one after another per key and concurrently across keys. */
class PerKeyQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<R>(key: string, task: () => Promise<R>): Promise<R> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => this.tails.get(key) === tail && this.tails.delete(key));
    return result;
  }
}

class MongoCollection<T extends ReadModelDocument> implements DocumentCollection<T> {
  /**
   * FerretDB v1 runs a conditional update as "query, then write by _id", so two concurrent writes
   * of one document can both pass `version < v` and the older can land last. Writes of one
   * document from this process are therefore queued; MongoDB makes them atomic across processes
   * too, and one stream's events reach one consumer at a time anyway (a Kafka partition per key).
   */
  private readonly queue = new PerKeyQueue();

  constructor(
    readonly name: string,
    private readonly native: Collection<T>,
    private readonly w: 'majority' | number,
    private readonly writes: ConditionalWrites = 'filter',
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

  /**
   * `replaceOne({_id, version: {$lt: v}}, doc, {upsert: true})` — a replace, not `$set`, so that
   * a field the projection dropped disappears. When the stored document already reflects v or
   * later the filter misses, the upsert inserts a second `_id` and the server answers E11000:
   * that means "already applied". See `settleDuplicate` for telling it from a real violation.
   */
  putIfNewer(doc: T): Promise<boolean> {
    if (this.writes === 'by-id') return this.queue.run(doc._id, () => this.putByIdIfNewer(doc));
    return this.queue.run(doc._id, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await this.native.replaceOne(this.olderThan(doc), doc, {
            upsert: true,
            writeConcern: { w: this.w },
          });
          return result.modifiedCount + result.upsertedCount > 0;
        } catch (error) {
          const settled = await this.settleDuplicate(doc, error, attempt);
          if (settled === 'retry') continue;
          if (settled === 'stale') return false;
          throw error;
        }
      }
    });
  }

  /**
   * `by-id`: every filter is a lone `{_id}`. A missing document is inserted (a duplicate `_id`
   * then means another writer inserted it first: read again); a present one is replaced when
   * older. A replace that matches nothing (deleted meanwhile) reads again.
   */
  private async putByIdIfNewer(doc: T): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const stored = await this.native.findOne({ _id: doc._id } as never, { projection: { version: 1 } });
      if (stored && (stored.version as number) >= doc.version) return false;
      try {
        if (!stored) {
          await this.native.insertOne(doc as never, { writeConcern: { w: this.w } });
          return true;
        }
        const result = await this.native.replaceOne({ _id: doc._id } as never, doc, { writeConcern: { w: this.w } });
        if (result.matchedCount > 0) return true;
      } catch (error) {
        const index = duplicateKeyIndex(error as never);
        const lostInsertRace = (error as { code?: number }).code === 11000 && (index === undefined || index === '_id_');
        if (!lostInsertRace) throw error;
        const now = await this.native.findOne({ _id: doc._id } as never, { projection: { _id: 1 } });
        if (!now) throw error; // a duplicate on another (unnamed) unique index
      }
      if (attempt >= 5) throw new Error(`putIfNewer ${this.name}/${doc._id}: no stable state after ${attempt} tries`);
    }
  }

  /**
   * A duplicate key is "stale" when the stored document reflects `doc.version` or later. It is
   * a real violation when it names another index — or, on a server that names none, when it
   * repeats although the stored document is older. A first duplicate on an older or missing
   * document is a lost race between two upserts inserting the same `_id`: retry, now as an update.
   */
  private async settleDuplicate(doc: T, error: unknown, attempt: number): Promise<'stale' | 'retry' | 'error'> {
    if ((error as { code?: number }).code !== 11000) return 'error';
    const index = duplicateKeyIndex(error as never);
    if (index !== undefined && index !== '_id_') return 'error';
    const stored = await this.native.findOne({ _id: doc._id } as never, { projection: { version: 1 } });
    if (stored && (stored.version as number) >= doc.version) return 'stale';
    return attempt === 1 ? 'retry' : 'error';
  }

  /**
   * One unordered bulkWrite of putIfNewer's replaces. MongoDB runs every operation and reports
   * each failure by index; those documents are settled one by one (stale, lost race, or a real
   * violation that rejects). FerretDB v1 stops at the first failure, reports it as index 0 and
   * counts nothing, so when the report does not cover every operation the whole batch is redone
   * with putIfNewer — harmless, writes are conditional — and documents the bulk had already
   * written before it stopped are not counted.
   */
  async putManyIfNewer(docs: T[]): Promise<number> {
    if (docs.length === 0) return 0;
    if (this.writes === 'by-id') return this.putEachIfNewer(docs);
    const operations = docs.map((doc): AnyBulkWriteOperation<T> => ({
      replaceOne: { filter: this.olderThan(doc), replacement: doc, upsert: true },
    }));
    try {
      const result = await this.native.bulkWrite(operations, { ordered: false, writeConcern: { w: this.w } });
      return result.modifiedCount + result.upsertedCount;
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError)) throw error;
      const failures = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
      const { matchedCount, upsertedCount, modifiedCount } = error.result;
      const complete = matchedCount + upsertedCount + failures.length === docs.length;
      const redo = complete ? failures.map((failure) => docs[failure.index]) : docs;
      let written = complete ? modifiedCount + upsertedCount : 0;
      for (const doc of redo) if (await this.putIfNewer(doc)) written++;
      return written;
    }
  }

  /**
   * `by-id` batches: putIfNewer per document, in order (each is two cheap round trips; in order,
   * so that documents keep the batch's insertion order as a bulk write keeps it).
   */
  private async putEachIfNewer(docs: T[]): Promise<number> {
    let written = 0;
    for (const doc of docs) if (await this.putIfNewer(doc)) written++;
    return written;
  }

  async deleteAll(): Promise<void> {
    await this.native.deleteMany({}, { writeConcern: { w: this.w } });
  }

  async ensureIndexes(indexes: IndexSpec[]): Promise<void> {
    for (const index of indexes) await this.native.createIndex(index.fields, { unique: index.unique ?? false });
  }

  private olderThan(doc: T) {
    return { _id: doc._id, version: { $lt: doc.version } } as never;
  }
}
