import Database from 'better-sqlite3';
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
 * Read models on disk, in an embedded SQLite file: for a read model too big to keep in memory
 * (the audit index, one document per event: DECISIONS 92). Same port and MongoDB query
 * semantics as the memory store (mingo decides what matches); what SQLite adds is the choice of
 * candidates: each collection keeps, beside its documents, the string values of the fields its
 * indexes name (array elements included), so an equality, an `$in` or a range on such a field, or
 * on `_id`, is answered from an index instead of a scan, and a page sorted by `_id` stops at its
 * limit. A cache of the log like the memory store: `synchronous = NORMAL` (a crash of the process
 * loses nothing committed; a power cut may lose the last commits, which the start's catch-up from
 * the store's checkpoint folds again).
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly db: Database.Database;
  private readonly collections = new Map<string, SqliteCollection<any>>();

  constructor(readonly file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, num INTEGER NOT NULL UNIQUE);
      CREATE TABLE IF NOT EXISTS indexed_fields (
        collection INTEGER NOT NULL, path TEXT NOT NULL, num INTEGER NOT NULL,
        PRIMARY KEY (collection, path)
      );`);
  }

  collection<T extends ReadModelDocument>(name: string): DocumentCollection<T> {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new SqliteCollection<T>(this.db, name, this.tableNumber(name));
      this.collections.set(name, collection);
    }
    return collection;
  }

  /** The names of the collections this file holds. */
  names(): string[] {
    return (this.db.prepare('SELECT name FROM collections ORDER BY num').all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
  }

  /** A value kept beside the documents (the runtime's checkpoint and fingerprints), or null. */
  meta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string | null): void {
    if (value === null) this.db.prepare('DELETE FROM meta WHERE key = ?').run(key);
    else
      this.db
        .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
        .run(key, value);
  }

  dropCollection(name: string): Promise<void> {
    const row = this.db.prepare('SELECT num FROM collections WHERE name = ?').get(name) as { num: number } | undefined;
    this.collections.delete(name);
    if (!row) return Promise.resolve();
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM collections WHERE num = ?').run(row.num);
      this.db.prepare('DELETE FROM indexed_fields WHERE collection = ?').run(row.num);
      this.db.exec(`DROP TABLE IF EXISTS d${row.num}; DROP TABLE IF EXISTS v${row.num};`);
    })();
    return Promise.resolve();
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  private tableNumber(name: string): number {
    const row = this.db.prepare('SELECT num FROM collections WHERE name = ?').get(name) as { num: number } | undefined;
    if (row) return row.num;
    const num = (this.db.prepare('SELECT COALESCE(MAX(num), 0) + 1 AS n FROM collections').get() as { n: number }).n;
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO collections (name, num) VALUES (?, ?)').run(name, num);
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS d${num} (
          rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL, doc TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS v${num} (
          field INTEGER NOT NULL, value TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (field, value, doc)
        ) WITHOUT ROWID;`);
    })();
    return num;
  }
}

type Row = [id: string, doc: string];

class SqliteCollection<T extends ReadModelDocument> implements DocumentCollection<T> {
  /** indexed field paths and their numbers in `v<num>` */
  private fields = new Map<string, number>();
  private uniqueIndexes: IndexSpec[] = [];
  private readonly cache = new Map<string, Database.Statement>();
  private readonly statements: {
    get: Database.Statement;
    head: Database.Statement;
    insert: Database.Statement;
    update: Database.Statement;
    insertValue: Database.Statement;
    deleteValue: Database.Statement;
    count: Database.Statement;
  };
  private readonly writeMany: (docs: T[]) => number;

  constructor(
    private readonly db: Database.Database,
    readonly name: string,
    private readonly num: number,
  ) {
    for (const row of db.prepare('SELECT path, num FROM indexed_fields WHERE collection = ?').all(num) as Array<{
      path: string;
      num: number;
    }>)
      this.fields.set(row.path, row.num);
    this.statements = {
      get: db.prepare(`SELECT doc FROM d${num} WHERE id = ?`).pluck(),
      head: db.prepare(`SELECT rowid, version, doc FROM d${num} WHERE id = ?`).raw(),
      insert: db.prepare(`INSERT INTO d${num} (id, version, doc) VALUES (?, ?, ?)`),
      update: db.prepare(`UPDATE d${num} SET version = ?, doc = ? WHERE rowid = ?`),
      insertValue: db.prepare(`INSERT OR IGNORE INTO v${num} (field, value, doc) VALUES (?, ?, ?)`),
      deleteValue: db.prepare(`DELETE FROM v${num} WHERE field = ? AND value = ? AND doc = ?`),
      count: db.prepare(`SELECT COUNT(*) FROM d${num}`).pluck(),
    };
    this.writeMany = db.transaction((docs: T[]) => {
      let written = 0;
      for (const doc of docs) if (this.write(doc)) written++;
      return written;
    });
  }

  get(id: string): Promise<T | null> {
    const text = this.statements.get.get(id) as string | undefined;
    return Promise.resolve(text === undefined ? null : (JSON.parse(text) as T));
  }

  find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    return answered(() => this.findNow(filter, options));
  }

  private findNow(filter: Filter, options: FindOptions): T[] {
    const plan = this.plan(filter);
    const sortKeys = options.sort ? Object.keys(options.sort) : [];
    const byId = sortKeys.length === 1 && sortKeys[0] === '_id';
    const order = byId ? (options.sort!._id === -1 ? 'id DESC' : 'id ASC') : sortKeys.length === 0 ? 'rowid' : null;
    const query = plan.exact ? null : new Query(filter);
    const rows = this.select(plan, order ?? 'rowid');
    if (order !== null) {
      // the rows come in the order asked for: stop at the page's end
      const skip = options.skip ?? 0;
      const end = options.limit === undefined ? Infinity : skip + options.limit;
      const page: T[] = [];
      let matched = 0;
      for (const [, text] of rows) {
        if (matched >= end) break;
        const doc = JSON.parse(text) as T;
        if (query && !query.test(doc)) continue;
        if (matched++ >= skip) page.push(doc);
      }
      return page;
    }
    const docs: T[] = [];
    for (const [, text] of rows) {
      const doc = JSON.parse(text) as T;
      if (!query || query.test(doc)) docs.push(doc);
    }
    let cursor = new Query({}).find<T>(docs).sort(options.sort!);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return cursor.all();
  }

  count(filter: Filter = {}): Promise<number> {
    return answered(() => this.countNow(filter));
  }

  private countNow(filter: Filter): number {
    if (Object.keys(filter).length === 0) return this.statements.count.get() as number;
    const plan = this.plan(filter);
    if (plan.exact)
      return this.prepared(`SELECT COUNT(*) FROM d${this.num}${whereOf(plan)}`)
        .pluck()
        .get(...plan.params) as number;
    const query = new Query(filter);
    let n = 0;
    for (const [, text] of this.select(plan, 'rowid')) if (query.test(JSON.parse(text) as Record<string, unknown>)) n++;
    return n;
  }

  putIfNewer(doc: T): Promise<boolean> {
    return answered(() => this.write(doc));
  }

  putManyIfNewer(docs: T[], _options: PutManyOptions = {}): Promise<number> {
    return answered(() => this.writeMany(docs));
  }

  deleteAll(): Promise<void> {
    this.db.transaction(() => {
      this.db.exec(`DELETE FROM d${this.num}; DELETE FROM v${this.num};`);
    })();
    return Promise.resolve();
  }

  /**
   * Each index's fields are kept (the first field of an index is what a filter names; the others
   * are there for unique indexes); a field not kept before is filled from the stored documents.
   */
  ensureIndexes(indexes: IndexSpec[]): Promise<void> {
    this.uniqueIndexes = indexes.filter((i) => i.unique);
    const paths = new Set<string>();
    for (const index of indexes) {
      const fields = Object.keys(index.fields);
      for (const path of index.unique ? fields : fields.slice(0, 1)) if (path !== '_id') paths.add(path);
    }
    const added = [...paths].filter((path) => !this.fields.has(path));
    if (added.length === 0) return Promise.resolve();
    this.db.transaction(() => {
      let next = Math.max(0, ...this.fields.values()) + 1;
      for (const path of added) {
        this.db
          .prepare('INSERT INTO indexed_fields (collection, path, num) VALUES (?, ?, ?)')
          .run(this.num, path, next);
        this.fields.set(path, next++);
      }
      const rows = this.db.prepare(`SELECT rowid, doc FROM d${this.num}`).raw().iterate() as IterableIterator<
        [number, string]
      >;
      const pending: Array<[number, string]> = [...rows];
      for (const [rowid, text] of pending) {
        const doc = JSON.parse(text) as Record<string, unknown>;
        for (const path of added)
          for (const value of valuesAt(doc, path)) this.statements.insertValue.run(this.fields.get(path), value, rowid);
      }
    })();
    return Promise.resolve();
  }

  private write(doc: T): boolean {
    const stored = this.statements.head.get(doc._id) as [number, number, string] | undefined;
    if (stored && stored[1] >= doc.version) return false;
    this.checkUnique(doc);
    const text = JSON.stringify(doc);
    let rowid: number;
    if (stored) {
      rowid = stored[0];
      const before = JSON.parse(stored[2]) as Record<string, unknown>;
      for (const [path, field] of this.fields)
        for (const value of valuesAt(before, path)) this.statements.deleteValue.run(field, value, rowid);
      this.statements.update.run(doc.version, text, rowid);
    } else {
      rowid = Number(this.statements.insert.run(doc._id, doc.version, text).lastInsertRowid);
    }
    for (const [path, field] of this.fields)
      for (const value of valuesAt(doc, path)) this.statements.insertValue.run(field, value, rowid);
    return true;
  }

  private checkUnique(doc: T): void {
    for (const index of this.uniqueIndexes) {
      const fields = Object.keys(index.fields);
      const key = (d: Record<string, unknown>) => JSON.stringify(fields.map((f) => d[f]));
      const mine = key(doc);
      const first = this.fields.get(fields[0]);
      const values = first === undefined ? [] : valuesAt(doc, fields[0]);
      const candidates =
        values.length > 0
          ? (this.prepared(
              `SELECT d.id, d.doc FROM d${this.num} d WHERE d.rowid IN ` +
                `(SELECT doc FROM v${this.num} WHERE field = ? AND value IN (SELECT value FROM json_each(?)))`,
            )
              .raw()
              .all(first, JSON.stringify(values)) as Row[])
          : (this.prepared(`SELECT id, doc FROM d${this.num}`).raw().all() as Row[]);
      for (const [id, text] of candidates)
        if (id !== doc._id && key(JSON.parse(text) as Record<string, unknown>) === mine)
          throw new Error(`duplicate key in ${this.name} on ${fields.join(',')}`);
    }
  }

  private select(plan: Plan, order: string): IterableIterator<Row> {
    return this.prepared(`SELECT id, doc FROM d${this.num}${whereOf(plan)} ORDER BY ${order}`)
      .raw()
      .iterate(...plan.params) as IterableIterator<Row>;
  }

  /**
   * A statement for `sql`, prepared once: a query's SQL depends only on which conditions its
   * filter has, not on their values (bound as parameters), so a page of the audit is prepared
   * once, not per request. Bounded, as filters combine.
   */
  private prepared(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      if (this.cache.size >= STATEMENT_CACHE) this.cache.clear();
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }

  /**
   * SQL for the conditions of `filter` (at its top level and in a top-level `$and`) that an index
   * answers: a string, an `$in` of strings, or a range with ASCII bounds (where SQLite's byte
   * order and JavaScript's agree), on `_id` or an indexed field. `exact` when that is the whole
   * filter; otherwise mingo tests each candidate.
   */
  private plan(filter: Filter): Plan {
    const where: string[] = [];
    const params: unknown[] = [];
    let exact = true;
    const take = (field: string, condition: unknown) => {
      const parts = conditionParts(condition);
      if (!parts) return false;
      if (field === '_id') {
        for (const [op, value] of parts) {
          where.push(op === 'in' ? 'id IN (SELECT value FROM json_each(?))' : `id ${op} ?`);
          params.push(value);
        }
        return true;
      }
      const num = this.fields.get(field);
      if (num === undefined) return false;
      // each part on its own: a range is met by some element of an array, as MongoDB reads it
      for (const [op, value] of parts) {
        const test = op === 'in' ? 'value IN (SELECT value FROM json_each(?))' : `value ${op} ?`;
        where.push(`rowid IN (SELECT doc FROM v${this.num} WHERE field = ? AND ${test})`);
        params.push(num, value);
      }
      // two bounds on an array may be met by two elements: mingo has the last word
      return parts.length === 1;
    };
    const visit = (part: Record<string, unknown>) => {
      for (const [field, condition] of Object.entries(part)) {
        if (field === '$and' && Array.isArray(condition)) {
          for (const sub of condition) {
            if (isPlainObject(sub)) visit(sub);
            else exact = false;
          }
        } else if (field.startsWith('$') || !take(field, condition)) exact = false;
      }
    };
    visit(filter);
    return { where, params, exact };
  }
}

/** Statements a collection keeps prepared for its queries. */
const STATEMENT_CACHE = 256;

function whereOf(plan: Plan): string {
  return plan.where.length > 0 ? ` WHERE ${plan.where.join(' AND ')}` : '';
}

interface Plan {
  where: string[];
  params: unknown[];
  exact: boolean;
}

type Part = ['=' | '<' | '<=' | '>' | '>=', string] | ['in', string];

const RANGES: Record<string, Part[0]> = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' };

/** The SQL parts of a condition an index can answer, or null. */
function conditionParts(condition: unknown): Part[] | null {
  if (typeof condition === 'string') return [['=', condition]];
  if (!isPlainObject(condition)) return null;
  const parts: Part[] = [];
  for (const [op, value] of Object.entries(condition)) {
    if (op === '$in' && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      parts.push(['in', JSON.stringify(value)]);
    } else if (op in RANGES && typeof value === 'string' && isAscii(value)) {
      parts.push([RANGES[op], value]);
    } else return null;
  }
  return parts.length > 0 ? parts : null;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The strings at a dotted path, as MongoDB reaches them: through arrays on the way, and the
 * elements of an array at the end.
 */
export function valuesAt(doc: Record<string, unknown>, path: string): string[] {
  let current: unknown[] = [doc];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (Array.isArray(value)) {
        for (const item of value) if (isPlainObject(item) && key in item) next.push(item[key]);
      } else if (isPlainObject(value) && key in value) next.push(value[key]);
    }
    current = next;
  }
  const strings = new Set<string>();
  for (const value of current) {
    if (typeof value === 'string') strings.add(value);
    else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') strings.add(item);
  }
  return [...strings];
}
