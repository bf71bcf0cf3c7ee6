import Database from 'better-sqlite3';
import type { EventEnvelope, ProposedEvent } from './envelope';
import { planAppend, type StreamHead, storedResult, streamHead } from './append-semantics';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from './event-store.port';
import { pollingSubscription } from './polling-subscription';

interface EventRow {
  global_position: number;
  event_id: string;
  type: string;
  schema_version: number;
  stream_id: string;
  stream_revision: number;
  occurred_at: string;
  recorded_at: string;
  actor: string;
  correlation_id: string;
  causation_id: string | null;
  data: string;
  prev_hash: string;
  hash: string;
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
  UNIQUE (stream_id, stream_revision)
);
CREATE TABLE IF NOT EXISTS streams (
  stream_id     TEXT PRIMARY KEY,
  revision      INTEGER NOT NULL,
  last_hash     TEXT NOT NULL
) WITHOUT ROWID;
`;

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
export class SqliteEventStore implements EventStore {
  readonly db: Database.Database;
  private readonly listeners = new Set<() => void>();
  private readonly statements;

  constructor(options: SqliteEventStoreOptions) {
    this.db = new Database(options.filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.statements = {
      stream: this.db.prepare<[string], { revision: number; last_hash: string }>(
        'SELECT revision, last_hash FROM streams WHERE stream_id = ?',
      ),
      upsertStream: this.db.prepare(
        `INSERT INTO streams (stream_id, revision, last_hash) VALUES (?, ?, ?)
         ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, last_hash = excluded.last_hash`,
      ),
      insert: this.db.prepare(
        `INSERT INTO events (event_id, type, schema_version, stream_id, stream_revision, occurred_at,
           recorded_at, actor, correlation_id, causation_id, data, prev_hash, hash)
         VALUES (@eventId, @type, @schemaVersion, @streamId, @streamRevision, @occurredAt,
           @recordedAt, @actor, @correlationId, @causationId, @data, @prevHash, @hash)`,
      ),
      byEventId: this.db.prepare<[string], EventRow>('SELECT * FROM events WHERE event_id = ?'),
      forwards: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND stream_revision >= ? ORDER BY stream_revision LIMIT ?',
      ),
      backwards: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND stream_revision <= ? ORDER BY stream_revision DESC LIMIT ?',
      ),
      all: this.db.prepare<[number, number], EventRow>(
        'SELECT * FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?',
      ),
      head: this.db.prepare<[], { head: number | null }>('SELECT MAX(global_position) AS head FROM events'),
      at: this.db.prepare<[number], EventRow>('SELECT * FROM events WHERE global_position = ?'),
    };
  }

  /**
   * Group commit: appends asked for while the event loop was busy are written in one transaction
   * (one fsync), each in a savepoint of its own, so that one append's conflict rolls back only
   * itself. No append is acknowledged before the transaction holding it is durable.
   */
  append(streamId: string, events: ProposedEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events, expectedRevision, resolve, reject });
      if (this.pending.length === 1) setImmediate(this.flush);
    });
  }

  private pending: PendingAppend[] = [];

  private readonly flush = (): void => {
    const batch = this.pending;
    this.pending = [];
    let outcomes: Array<{ ok: true; result: AppendResult; written: boolean } | { ok: false; error: unknown }>;
    try {
      outcomes = this.db
        .transaction(() =>
          batch.map((item) => {
            try {
              return {
                ok: true as const,
                ...this.appendTransaction(item.streamId, item.events, item.expectedRevision),
              };
            } catch (error) {
              return { ok: false as const, error };
            }
          }),
        )
        .immediate();
    } catch (error) {
      // the commit itself failed: nothing of the batch is stored
      for (const item of batch) item.reject(error);
      return;
    }
    if (outcomes.some((o) => o.ok && o.written)) this.notify();
    outcomes.forEach((o, i) => (o.ok ? batch[i].resolve(o.result) : batch[i].reject(o.error)));
  };

  /**
   * One append, inside the group's transaction: the head and the stored events that carry the
   * proposed ids (by the unique index on event_id), then the shared plan (append-semantics.ts).
   */
  private readonly appendTransaction = (
    streamId: string,
    events: ProposedEvent[],
    expected: ExpectedRevision,
  ): { result: AppendResult; written: boolean } =>
    this.db
      .transaction(() => {
        const row = this.statements.stream.get(streamId);
        const head: StreamHead = row ? { revision: row.revision, hash: row.last_hash } : streamHead(undefined);
        const found = events.flatMap((e) => {
          const stored = this.statements.byEventId.get(e.eventId);
          return stored ? [toEnvelope(stored)] : [];
        });
        const recordedAt = new Date().toISOString();
        const plan = planAppend({ streamId, proposed: events, expected, head, found, recordedAt });
        if (plan.kind === 'replay') return { result: plan.result, written: false };
        if (plan.events.length === 0) {
          return {
            result: { nextExpectedRevision: plan.nextExpectedRevision, lastPosition: this.headSync(), events: [] },
            written: false,
          };
        }
        const stored = plan.events.map((event) => {
          const info = this.statements.insert.run({
            ...event,
            actor: JSON.stringify(event.actor),
            data: JSON.stringify(event.data),
          });
          return { ...event, globalPosition: Number(info.lastInsertRowid) };
        });
        const last = stored[stored.length - 1];
        this.statements.upsertStream.run(streamId, last.streamRevision, last.hash);
        return { result: storedResult(plan, stored), written: true };
      })
      .immediate();

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const rows =
      options.direction === 'backwards'
        ? this.statements.backwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, max)
        : this.statements.forwards.all(streamId, options.fromRevision ?? 0, max);
    return Promise.resolve(rows.map(toEnvelope));
  }

  readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    const rows = this.statements.all.all(options.fromPosition ?? 0, options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return Promise.resolve(rows.map(toEnvelope));
  }

  headPosition(): Promise<number> {
    return Promise.resolve(this.headSync());
  }

  eventAt(position: number): Promise<EventEnvelope | null> {
    const row = this.statements.at.get(position);
    return Promise.resolve(row ? toEnvelope(row) : null);
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

  close(): Promise<void> {
    if (this.db.open && this.pending.length > 0) this.flush(); // appends already asked for are written
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  private headSync(): number {
    return this.statements.head.get()?.head ?? 0;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function toEnvelope(row: EventRow): EventEnvelope {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    streamRevision: row.stream_revision,
    globalPosition: row.global_position,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    actor: JSON.parse(row.actor),
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    data: JSON.parse(row.data),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
