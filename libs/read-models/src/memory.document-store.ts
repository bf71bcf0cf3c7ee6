import { Query } from 'mingo';
import {
  answered,
  type DocumentCollection,
  DocumentStore,
  Filter,
  FindOptions,
  IndexSpec,
  PutManyOptions,
  ReadModelDocument,
} from './document-store.port';

/**
 * Embedded read models: documents in memory, queried by mingo (MongoDB query semantics), rebuilt
 * from the event log at start. Documents are copied on the way in and out so that callers cannot
 * change stored state by mutating what they hold (`copyDocument`: plain JSON copied by hand, the
 * rest by structuredClone).
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

  /**
   * Every collection's documents as they are at this instant (a snapshot of the read models):
   * the stored objects themselves, which are never changed in place (a write stores a new clone),
   * so the caller may serialise them at leisure while writes go on. Read-only for the caller.
   */
  dump(): Array<[string, ReadModelDocument[]]> {
    return [...this.collections].map(([name, collection]) => [name, collection.all()]);
  }

  /**
   * One collection's documents as stored, not copies (a replay's comparison reads its shadow so):
   * read-only for the caller, like `dump`.
   */
  stored(name: string): ReadModelDocument[] {
    return this.collections.get(name)?.all() ?? [];
  }

  /** Replaces a collection's documents by `docs` (loaded from a snapshot; taken as they are). */
  restore(name: string, docs: ReadModelDocument[]): void {
    (this.collection(name) as MemoryCollection<ReadModelDocument>).replaceAll(docs);
  }

  dropCollection(name: string): Promise<void> {
    this.collections.delete(name);
    return Promise.resolve();
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
    return Promise.resolve(doc ? copyDocument(doc) : null);
  }

  /** Documents by id, copies as `get` gives them, null where there is none: a batch's fold reads so. */
  getMany(ids: readonly string[]): Promise<Array<T | null>> {
    const docs = new Array<T | null>(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const doc = this.docs.get(ids[i]);
      docs[i] = doc ? copyDocument(doc) : null;
    }
    return Promise.resolve(docs);
  }

  find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    const { equalities, rest } = splitEqualities(filter);
    let candidates = this.candidates(filter);
    if (equalities.length > 0) candidates = candidates.filter((doc) => equalities.every((e) => e.test(doc)));
    // nothing left for mingo (every document, a replay's comparison): no cursor to go through
    const plain = Object.keys(rest).length === 0 && !options.sort && !options.skip && options.limit === undefined;
    if (plain) return Promise.resolve(candidates.map((d) => copyDocument(d)));
    let cursor = new Query(rest).find<T>(candidates);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return Promise.resolve(cursor.all().map((d) => copyDocument(d)));
  }

  /** A filter on one `_id` looks at that document only; anything else scans the collection. */
  private candidates(filter: Filter): T[] {
    const id = (filter as { _id?: unknown })._id;
    if (typeof id !== 'string') return [...this.docs.values()];
    const doc = this.docs.get(id);
    return doc ? [doc] : [];
  }

  count(filter: Filter = {}): Promise<number> {
    // every document: no query to test them with (a start counts each collection)
    if (Object.keys(filter).length === 0) return Promise.resolve(this.docs.size);
    const { equalities, rest } = splitEqualities(filter);
    const query = new Query(rest);
    let n = 0;
    for (const doc of this.candidates(filter)) if (equalities.every((e) => e.test(doc)) && query.test(doc)) n++;
    return Promise.resolve(n);
  }

  putIfNewer(doc: T): Promise<boolean> {
    return answered(() => this.write(doc));
  }

  putManyIfNewer(docs: T[], options: PutManyOptions = {}): Promise<number> {
    let written = 0;
    for (const doc of docs) if (this.write(doc, !options.handOver)) written++;
    return Promise.resolve(written);
  }

  deleteAll(): Promise<void> {
    this.docs = new Map();
    return Promise.resolve();
  }

  all(): T[] {
    return [...this.docs.values()];
  }

  replaceAll(docs: T[]): void {
    this.docs = new Map(docs.map((doc) => [doc._id, doc]));
  }

  ensureIndexes(indexes: IndexSpec[]): Promise<void> {
    this.uniqueIndexes = indexes.filter((i) => i.unique);
    return Promise.resolve();
  }

  private write(doc: T, copy = true): boolean {
    const stored = this.docs.get(doc._id);
    if (stored && stored.version >= doc.version) return false;
    this.checkUnique(doc);
    this.docs.set(doc._id, copy ? copyDocument(doc) : doc);
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

/** Nesting past which a document is copied by structuredClone (which also takes cycles). */
const MAX_DEPTH = 64;
const TOO_DEEP = Symbol('too deep');

/**
 * A deep copy of a document, the same as structuredClone's for what read models hold (plain
 * objects, arrays, strings, numbers, booleans, null, undefined) at a fraction of its cost: the
 * copy on every write was most of a rebuild's time in the store (DECISIONS 88). Anything else
 * (a Date, a Map, a class instance, a function, which structuredClone refuses) is handed to
 * structuredClone itself, and so is a document nested deeper than MAX_DEPTH.
 */
export function copyDocument<T>(doc: T): T {
  const copy = copyValue(doc, 0);
  return copy === TOO_DEEP ? structuredClone(doc) : (copy as T);
}

function copyValue(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  }
  if (depth > MAX_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return structuredClone(value);
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) continue; // a hole stays a hole
      const item = copyValue(value[i], depth + 1);
      if (item === TOO_DEEP) return TOO_DEEP;
      copy[i] = item;
    }
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return structuredClone(value); // an own key, which assignment would not make
    const item = copyValue((value as Record<string, unknown>)[key], depth + 1);
    if (item === TOO_DEEP) return TOO_DEEP;
    copy[key] = item;
  }
  return copy;
}

interface Equality {
  test(doc: Record<string, unknown>): boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `field: 'x'` or `field: { $in: ['x', …] }` on a top-level field, with strings only. */
function equalityOf(field: string, condition: unknown): Equality | null {
  if (field.startsWith('$') || field.includes('.')) return null;
  let values: Set<string>;
  if (typeof condition === 'string') values = new Set([condition]);
  else if (
    isPlainObject(condition) &&
    Object.keys(condition).length === 1 &&
    Array.isArray(condition.$in) &&
    condition.$in.every((v) => typeof v === 'string')
  )
    values = new Set(condition.$in as string[]);
  else return null;
  // MongoDB semantics for strings: the value equals one of them, or is an array holding one
  return {
    test: (doc) => {
      const value = doc[field];
      if (typeof value === 'string') return values.has(value);
      return Array.isArray(value) && value.some((v) => typeof v === 'string' && values.has(v));
    },
  };
}

/**
 * Splits the string equalities and `$in`s of a filter (and of its top-level `$and`) from the rest:
 * those are tested with a Set per field, which is far cheaper than mingo's `$in` over a district's
 * few hundred organisation ids; mingo runs what remains.
 */
function splitEqualities(filter: Filter): { equalities: Equality[]; rest: Filter } {
  const equalities: Equality[] = [];
  const take = (part: Record<string, unknown>): Record<string, unknown> => {
    const rest: Record<string, unknown> = {};
    for (const [field, condition] of Object.entries(part)) {
      const equality = equalityOf(field, condition);
      if (equality) equalities.push(equality);
      else rest[field] = condition;
    }
    return rest;
  };
  const rest = take(filter);
  if (Array.isArray(rest.$and)) {
    const parts = rest.$and.map((part: unknown) => (isPlainObject(part) ? take(part) : part));
    const remaining = parts.filter((part) => !(isPlainObject(part) && Object.keys(part).length === 0));
    if (remaining.length > 0) rest.$and = remaining;
    else delete rest.$and;
  }
  return { equalities, rest };
}
