import Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import type { Actor, EventEnvelope, ProposedEvent } from './envelope';
import { type AppendPlan, planAppend, type StreamHead, storedResult, streamHead } from './append-semantics';
import type {
  AppendResult,
  EnvelopeField,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from './event-store.port';
import { pollingSubscription } from './polling-subscription';
import type { ChainCheck, ChecksChainsApart } from './chain-verifier';
import { checkChainsInWorker } from './sqlite.chain-worker';
import { WalCheckpointer } from './sqlite.checkpointer';
import { type EventRow, StoredEnvelope } from './stored-envelope';

/** The columns of an EventRow, in its order. */
const COLUMNS = `global_position, event_id, type, schema_version, stream_id, stream_revision, occurred_at,
  recorded_at, actor, correlation_id, causation_id, data, prev_hash, hash, text_hashed`;

/** The columns of `COLUMNS` an envelope field comes from (the others are always read). */
const FIELD_COLUMNS: Record<EnvelopeField, string> = {
  eventId: 'event_id',
  schemaVersion: 'schema_version',
  occurredAt: 'occurred_at',
  recordedAt: 'recorded_at',
  actor: 'actor',
  correlationId: 'correlation_id',
  causationId: 'causation_id',
  prevHash: 'prev_hash',
  hash: 'hash',
};

/**
 * A read of some fields (`ReadAllOptions.fields`): the columns of `COLUMNS` it selects, and where
 * each place of an EventRow takes its value from: a column of the row read (its index), null for
 * a field not wanted (`NOT_READ`), 0 for `text_hashed` (`NO_TEXT`: a row read in part carries no
 * text to verify). SQLite makes no value of a column not selected; the full row is laid out in
 * JavaScript, at a fraction of what a NULL column costs (DECISIONS 100, 105).
 */
interface PartialRead {
  statement: Database.Statement;
  layout: Int8Array;
}

const NOT_READ = -1;
const NO_TEXT = -2;

function partialRead(db: Database.Database, fields: readonly EnvelopeField[], where: string): PartialRead {
  const wanted = new Set(fields.map((f) => FIELD_COLUMNS[f]));
  const optional = new Set(Object.values(FIELD_COLUMNS));
  const selected: string[] = [];
  const layout = COLUMNS.split(',')
    .map((c) => c.trim())
    .map((c) => {
      if (c === 'text_hashed') return NO_TEXT;
      if (optional.has(c) && !wanted.has(c)) return NOT_READ;
      return selected.push(c) - 1;
    });
  const statement = db
    .prepare(`SELECT ${selected.join(', ')} FROM events WHERE ${where} ORDER BY global_position LIMIT ?`)
    .raw();
  return { statement, layout: Int8Array.from(layout) };
}

/** A row of a partial read laid out as an EventRow. */
function laidOut(row: unknown[], layout: Int8Array): EventRow {
  const full = new Array<unknown>(layout.length);
  for (let i = 0; i < layout.length; i++) {
    const from = layout[i];
    full[i] = from >= 0 ? row[from] : from === NOT_READ ? null : 0;
  }
  return full as EventRow;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  global_position INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id        TEXT NOT NULL UNIQUE,
  type            TEXT NOT NULL,
  schema_version  INTEGER NOT NULL,
  stream_id       TEXT NOT NULL,
  stream_revision INTEGER NOT NULL,
  occurred_at     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  actor           TEXT NOT NULL,
  correlation_id  TEXT NOT NULL,
  causation_id    TEXT,
  data            TEXT NOT NULL,
  prev_hash       TEXT NOT NULL,
  hash            TEXT NOT NULL,
  text_hashed     INTEGER NOT NULL DEFAULT 0,
  UNIQUE (stream_id, stream_revision)
);
DROP TABLE IF EXISTS streams;
`;

/**
 * `text_hashed`: 1 when the row's actor and data are the canonical JSON text its hash covers, as
 * every append of this version stores them (DECISIONS 100); rows of a log written by an earlier
 * version, or by one that does not know the column (its inserts leave it at the default), are 0
 * and verified from their parsed values, as before.
 */
const ADD_TEXT_HASHED = 'ALTER TABLE events ADD COLUMN text_hashed INTEGER NOT NULL DEFAULT 0';

type InsertParameters = [
  eventId: string,
  type: string,
  schemaVersion: number,
  streamId: string,
  streamRevision: number,
  occurredAt: string,
  recordedAt: string,
  actor: string,
  correlationId: string,
  causationId: string | null,
  data: string,
  prevHash: string,
  hash: string,
  textHashed: number,
];

interface Written {
  result: AppendResult;
  /** Whether events were inserted (not for a retry of a stored append, nor an empty batch). */
  written: boolean;
}

type Outcome = ({ ok: true } & Written) | { ok: false; error: unknown };

interface PendingAppend {
  streamId: string;
  events: ProposedEvent[];
  expectedRevision: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

export interface SqliteEventStoreOptions {
  /** File path, or ':memory:' for tests. */
  filename: string;
}

/**
 * The embedded event store: one SQLite file in WAL mode.
 *
 * Durability: better-sqlite3 compiles SQLite so that WAL runs with `synchronous=NORMAL`, which may
 * lose the last commits on power loss. We set `synchronous=FULL`: every append's transaction is
 * fsynced before `append` resolves, so an acknowledged append survives a crash of the process or
 * the machine. Throughput comes from batching — events into one append, and concurrent appends
 * into one transaction (group commit) — not from weaker durability.
 */
export class SqliteEventStore implements EventStore, ChecksChainsApart {
  readonly db: Database.Database;
  private readonly listeners = new Set<() => void>();
  private readonly statements;
  /** Checkpoints beside the writer (none for a database in memory, or on one core). */
  readonly checkpointer: WalCheckpointer | null;

  constructor(options: SqliteEventStoreOptions) {
    this.db = new Database(options.filename);
    this.checkpointer = this.db.memory || availableParallelism() < 2 ? null : new WalCheckpointer(this.db.name);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    const columns = this.db.prepare<[], { name: string }>('PRAGMA table_info(events)').all();
    if (!columns.some((c) => c.name === 'text_hashed')) this.db.exec(ADD_TEXT_HASHED);
    this.statements = {
      // the last event of the stream, by the index of UNIQUE (stream_id, stream_revision)
      streamHead: this.db.prepare<[string], { revision: number; hash: string }>(
        `SELECT stream_revision AS revision, hash FROM events WHERE stream_id = ?
         ORDER BY stream_revision DESC LIMIT 1`,
      ),
      insert: this.db.prepare<InsertParameters>(
        `INSERT INTO events (event_id, type, schema_version, stream_id, stream_revision, occurred_at,
           recorded_at, actor, correlation_id, causation_id, data, prev_hash, hash, text_hashed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      byEventId: this.db.prepare<[string], EventRow>(`SELECT ${COLUMNS} FROM events WHERE event_id = ?`).raw(),
      forwards: this.db
        .prepare<[string, number, number], EventRow>(
          `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND stream_revision >= ? ORDER BY stream_revision LIMIT ?`,
        )
        .raw(),
      backwards: this.db
        .prepare<[string, number, number], EventRow>(
          `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND stream_revision <= ?
           ORDER BY stream_revision DESC LIMIT ?`,
        )
        .raw(),
      all: this.db
        .prepare<[number, number], EventRow>(
          `SELECT ${COLUMNS} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`,
        )
        .raw(),
      // the types as a JSON array: SQLite builds their set once per query, and skips other rows in C
      allOfTypes: this.db
        .prepare<[number, string, number], EventRow>(
          `SELECT ${COLUMNS} FROM events WHERE global_position > ? AND type IN (SELECT value FROM json_each(?))
           ORDER BY global_position LIMIT ?`,
        )
        .raw(),
      firstTextHashed: this.db.prepare<[], { textHashed: number }>(
        'SELECT text_hashed AS textHashed FROM events ORDER BY global_position LIMIT 1',
      ),
      head: this.db.prepare<[], { head: number | null }>('SELECT MAX(global_position) AS head FROM events'),
      at: this.db.prepare<[number], EventRow>(`SELECT ${COLUMNS} FROM events WHERE global_position = ?`).raw(),
    };
    // made once: a transaction function prepares nothing, but is not free to make either
    this.alone = this.db.transaction(this.appendOne).immediate;
    this.group = this.db.transaction((batch: PendingAppend[]) => batch.map(this.attempt)).immediate;
  }

  /**
   * Group commit: appends asked for while the event loop was busy are written in one transaction
   * (one fsync); one append's conflict fails only itself (its plan refuses it before it writes
   * anything), and a failure while writing has each append of the group written again alone.
   * No append is acknowledged before the transaction holding it is durable.
   */
  append(streamId: string, events: ProposedEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events, expectedRevision, resolve, reject });
      if (this.pending.length === 1) setImmediate(this.flush);
    });
  }

  private pending: PendingAppend[] = [];
  /** One append in a transaction of its own (what a batch of one is): its failure rolls it back. */
  private readonly alone: (item: PendingAppend) => Written;
  private readonly group: (batch: PendingAppend[]) => Outcome[];

  private readonly flush = (): void => {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 1) return this.flushOne(batch[0]);
    let outcomes: Outcome[];
    try {
      outcomes = this.group(batch);
    } catch {
      // a write or the commit failed, so nothing of the group is stored: each append on its own,
      // so that the failure is only the failing append's
      for (const item of batch) this.flushOne(item);
      return;
    }
    if (outcomes.some((o) => o.ok && o.written)) this.notify();
    this.checkpointer?.committed(batch.length);
    outcomes.forEach((o, i) => (o.ok ? batch[i].resolve(o.result) : batch[i].reject(o.error)));
  };

  private flushOne(item: PendingAppend): void {
    let outcome: Written;
    try {
      outcome = this.alone(item);
    } catch (error) {
      item.reject(error);
      return;
    }
    if (outcome.written) this.notify();
    item.resolve(outcome.result);
  }

  /**
   * One append of a group, without a savepoint: an append its plan refuses (a conflict, a reused
   * id, too large) has written nothing and fails alone; a failure while writing throws, and
   * fails the group's transaction (flush then writes each append alone).
   */
  private readonly attempt = (item: PendingAppend): Outcome => {
    let plan: AppendPlan;
    try {
      plan = this.plan(item);
    } catch (error) {
      return { ok: false, error };
    }
    const { result, written } = this.write(plan);
    return { ok: true, result, written };
  };

  private readonly appendOne = (item: PendingAppend): Written => this.write(this.plan(item));

  /**
   * What an append does, from what it reads only: the stream's head and the stored events that
   * carry the proposed ids (by the unique index on event_id), then the shared plan
   * (append-semantics.ts). Inside the transaction that writes it.
   */
  private plan({ streamId, events, expectedRevision }: PendingAppend): AppendPlan {
    const row = this.statements.streamHead.get(streamId);
    const head: StreamHead = row ? { revision: row.revision, hash: row.hash } : streamHead(undefined);
    const found: EventEnvelope[] = [];
    for (const e of events) {
      const stored = this.statements.byEventId.get(e.eventId);
      if (stored) found.push(toEnvelope(stored));
    }
    const recordedAt = new Date().toISOString();
    return planAppend({ streamId, proposed: events, expected: expectedRevision, head, found, recordedAt });
  }

  /** The plan's events inserted, with the JSON text of actor and data the plan measured and hashed. */
  private write(plan: AppendPlan): Written {
    if (plan.kind === 'replay') return { result: plan.result, written: false };
    if (plan.events.length === 0) {
      return {
        result: { nextExpectedRevision: plan.nextExpectedRevision, lastPosition: this.headSync(), events: [] },
        written: false,
      };
    }
    const { insert } = this.statements;
    const stored = plan.events.map((e, i): EventEnvelope => {
      const text = plan.texts[i];
      const info = insert.run(
        e.eventId,
        e.type,
        e.schemaVersion,
        e.streamId,
        e.streamRevision,
        e.occurredAt,
        e.recordedAt,
        text.actor,
        e.correlationId,
        e.causationId,
        text.data,
        e.prevHash,
        e.hash,
        text.hashed ? 1 : 0,
      );
      return {
        eventId: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        streamId: e.streamId,
        streamRevision: e.streamRevision,
        globalPosition: Number(info.lastInsertRowid),
        occurredAt: e.occurredAt,
        recordedAt: e.recordedAt,
        actor: e.actor,
        correlationId: e.correlationId,
        causationId: e.causationId,
        data: e.data,
        prevHash: e.prevHash,
        hash: e.hash,
      };
    });
    return { result: storedResult(plan, stored), written: true };
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const rows =
      options.direction === 'backwards'
        ? this.statements.backwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, max)
        : this.statements.forwards.all(streamId, options.fromRevision ?? 0, max);
    return Promise.resolve(toEnvelopes(rows));
  }

  readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    const from = options.fromPosition ?? 0;
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (options.fields) {
      const { statement, layout } = this.partial(options.fields, options.types !== undefined);
      const rows = options.types ? statement.all(from, JSON.stringify(options.types), max) : statement.all(from, max);
      return Promise.resolve(toEnvelopes(rows as unknown[][], layout));
    }
    const rows = options.types
      ? this.statements.allOfTypes.all(from, JSON.stringify(options.types), max)
      : this.statements.all.all(from, max);
    return Promise.resolve(toEnvelopes(rows));
  }

  /** The statements of reads of some fields (`ReadAllOptions.fields`), prepared once each. */
  private readonly partials = new Map<string, PartialRead>();

  private partial(fields: readonly EnvelopeField[], ofTypes: boolean): PartialRead {
    const key = `${[...fields].sort().join()}|${ofTypes}`;
    let read = this.partials.get(key);
    if (!read) {
      const where = ofTypes
        ? 'global_position > ? AND type IN (SELECT value FROM json_each(?))'
        : 'global_position > ?';
      read = partialRead(this.db, fields, where);
      this.partials.set(key, read);
    }
    return read;
  }

  headPosition(): Promise<number> {
    return Promise.resolve(this.headSync());
  }

  eventAt(position: number): Promise<EventEnvelope | null> {
    const row = this.statements.at.get(position);
    return Promise.resolve(row ? toEnvelope(row) : null);
  }

  /**
   * The hash chains of every event up to `upTo`, checked on a worker thread that reads this file
   * (null for a database in memory, which no other connection can open, on one core, and for a
   * log begun by an earlier version): a replay folds while the worker hashes (DECISIONS 100).
   */
  checkChainsApart(upTo: number, signal?: AbortSignal): Promise<ChainCheck> | null {
    // one core: the worker would only take turns with the fold, after reading the file again
    if (this.db.memory || !this.db.open || availableParallelism() < 2) return null;
    // a log begun by an earlier version: its rows are verified from their values, which costs the
    // worker more than it spares the fold (replays of such a log run as before)
    if (this.statements.firstTextHashed.get()?.textHashed !== 1) return null;
    return checkChainsInWorker({ filename: this.db.name, upTo, columns: COLUMNS }, signal);
  }

  subscribeToAll(handler: (event: EventEnvelope) => Promise<void>, options: SubscribeOptions = {}): Subscription {
    return pollingSubscription({
      read: (from) => this.readAll({ fromPosition: from, maxCount: 512 }),
      head: () => this.headPosition(),
      onAppend: (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
      handler,
      ...options,
    });
  }

  /** Closes the connection at once; resolves once the checkpointer's worker, if any, has closed its own. */
  close(): Promise<void> {
    if (this.db.open && this.pending.length > 0) this.flush(); // appends already asked for are written
    if (this.db.open) this.db.close();
    return this.checkpointer?.close() ?? Promise.resolve();
  }

  private headSync(): number {
    return this.statements.head.get()?.head ?? 0;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * Envelopes from rows (of a partial read, laid out by `layout`): the rows that share an actor's
 * text share its parse (`StoredEnvelope`).
 */
function toEnvelopes(rows: EventRow[]): EventEnvelope[];
function toEnvelopes(rows: unknown[][], layout: Int8Array): EventEnvelope[];
function toEnvelopes(rows: unknown[][], layout?: Int8Array): EventEnvelope[] {
  const envelopes = new Array<EventEnvelope>(rows.length);
  const actors = new Map<string, Actor>();
  for (let i = 0; i < rows.length; i++) {
    envelopes[i] = new StoredEnvelope(layout ? laidOut(rows[i], layout) : (rows[i] as EventRow), actors);
  }
  return envelopes;
}

/** An envelope from its row: one JSON.parse each for actor and data, the rest as stored. */
function toEnvelope(row: EventRow): EventEnvelope {
  return new StoredEnvelope(row);
}
