import type { EventEnvelope, ProposedEvent } from './envelope';

/**
 * Expected revision of a stream for an append:
 * `any` (no check), `no_stream` (the stream must not exist), `stream_exists` (it must exist),
 * or the exact revision of its last event (0-based).
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  /** Revision of the last event of the stream after the append. */
  nextExpectedRevision: number;
  /** Global position of the last event written (or found, for an idempotent replay). */
  lastPosition: number;
  /** The events as stored. */
  events: EventEnvelope[];
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start revision (forwards: default 0; backwards: default the end). */
  fromRevision?: number;
  maxCount?: number;
  /**
   * Also return records the store did not write (marked `foreign`), instead of throwing
   * ForeignEventInStream: the audit's integrity check reads so. Stores that only hold their own
   * records (SQLite) ignore it.
   */
  includeForeign?: boolean;
}

export interface ReadAllOptions {
  /** Exclusive: events with globalPosition > fromPosition are returned. Default 0 (everything). */
  fromPosition?: number;
  maxCount?: number;
  /**
   * Also return records the store did not write, marked `foreign` (the store's own system records,
   * EventStoreDB's `$` streams and types, never): the audit's integrity check reads so.
   */
  includeForeign?: boolean;
  /**
   * Only events of these types are wanted: a store may leave the others out (the SQLite store
   * does, in SQL, so that it makes no envelope of them) or return them all; callers filter
   * anyway. A page may then hold fewer than `maxCount` events before the end of the log: the log
   * ends at an empty page. A replay whose chains are checked apart reads so (DECISIONS 100).
   */
  types?: readonly string[];
  /**
   * Only these fields of each envelope are wanted, beside the five every read gives
   * (`ALWAYS_READ`: globalPosition, type, streamId, streamRevision, data): a store may leave the
   * others null (the SQLite store does, in SQL, so that it makes no JS value of their columns) or
   * fill them all. A fold of projections that each say what they read (`Projection.reads`) reads
   * so; never a read whose events are verified (their hashes need every field) (DECISIONS 100).
   */
  fields?: readonly EnvelopeField[];
}

/** The envelope fields a read may leave out (`ReadAllOptions.fields`). */
export type EnvelopeField =
  | 'eventId'
  | 'schemaVersion'
  | 'occurredAt'
  | 'recordedAt'
  | 'actor'
  | 'correlationId'
  | 'causationId'
  | 'prevHash'
  | 'hash';

/** The envelope fields every read gives, `ReadAllOptions.fields` or not. */
export const ALWAYS_READ = ['globalPosition', 'type', 'streamId', 'streamRevision', 'data'] as const;

export interface Subscription {
  /** Stops delivery; resolves once the handler in progress (if any) has returned. */
  stop(): Promise<void>;
  /** Resolves when the subscription has delivered everything up to the current head. */
  caughtUp(): Promise<void>;
}

export interface SubscribeOptions {
  /** Exclusive start position, usually a stored checkpoint. */
  fromPosition?: number;
  /** Called when the handler throws; the subscription stops after it. */
  onError?: (error: unknown) => void;
}

/**
 * The event store port (DESIGN §3). Adapters: sqlite.event-store.ts (embedded),
 * eventstoredb.event-store.ts (distributed), imported from their own paths (this lib's index
 * loads no database client). What an append means is written once in append-semantics.ts; every
 * adapter plans its appends with it and passes event-store.contract.ts.
 */
export interface EventStore {
  /**
   * Appends atomically. Idempotent on eventId: re-appending events already stored, as the same
   * run in the same stream, returns the original result and writes nothing, whatever the stream's
   * revision now (append-semantics.ts: findReplay).
   * @throws ConcurrencyConflict when the stream is not at `expectedRevision`.
   * @throws DuplicateEventId when an event id is repeated in the batch or already stored otherwise.
   */
  append(streamId: string, events: ProposedEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<EventEnvelope[]>;
  readAll(options?: ReadAllOptions): Promise<EventEnvelope[]>;
  /** Position of the last event in the store (0 when empty). */
  headPosition(): Promise<number>;
  /**
   * The event stored at exactly `position` (null when no event of ours is there: beyond the head,
   * or a position this log never gave out). With headPosition, what a start compares a stored
   * checkpoint with: the same log has the checkpoint's event at the checkpoint's position.
   */
  eventAt(position: number): Promise<EventEnvelope | null>;
  /**
   * Delivers every event after `fromPosition` in global order: first the stored ones (catch-up),
   * then live ones, one at a time, awaiting the handler — no gap and no duplicate at the hand-over.
   */
  subscribeToAll(handler: (event: EventEnvelope) => Promise<void>, options?: SubscribeOptions): Subscription;
  close(): Promise<void>;
}

/** DI token of the EventStore port. */
export const EVENT_STORE = Symbol('EVENT_STORE');
