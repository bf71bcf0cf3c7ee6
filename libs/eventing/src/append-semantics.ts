import type { EventEnvelope, ProposedEvent } from './envelope';
import { AppendTooLarge, ConcurrencyConflict, DuplicateEventId } from './errors';
import type { AppendResult, ExpectedRevision } from './event-store.port';
import { canonicalJson, computeEventHash, eventHashOfText, GENESIS_HASH, hasEveryField } from './hash-chain';

/**
 * What `EventStore.append` means, written once for every adapter (SQLite, EventStoreDB, and the
 * PostgreSQL one to come). Plain functions with no I/O: an adapter reads what its storage can
 * tell (the stream's head, the stored events that carry the proposed ids), calls `planAppend`,
 * writes the plan's events in one atomic step conditioned on the head it read, and checks what
 * it stored with `storedResult`. What stays in the adapter is how it reads, locks and writes.
 *
 * The rules, in the order `planAppend` applies them:
 * 1. a batch that repeats an event id is refused (DuplicateEventId), before anything else;
 * 2. a retry is recognised by its event ids: when every proposed id is stored, in this stream, at
 *    consecutive revisions in the proposed order, the append already happened and its stored
 *    events are returned, whatever the expected revision (the stream has moved on since, by
 *    that very append); some of the ids stored, but not as that run → DuplicateEventId;
 * 3. the expected revision is checked against the head (`matchesExpectedRevision`);
 * 4. the events are numbered after the head and chained onto its hash (`chainEvents`);
 * 5. a batch larger than the store takes in one append (MAX_APPEND_BYTES) is refused (AppendTooLarge).
 *
 * What the adapter itself must guarantee, because it depends on how positions are given out:
 * the global positions of one append ascend in the order of its events (`storedResult` checks
 * it), and the log grows as a prefix — no event becomes readable at a position lower than one
 * a reader has already seen. SQLite has one writer, so rowid order is commit order; EventStoreDB
 * indexes `$all` in log order before it acknowledges. A sequence in a database with concurrent
 * writers (PostgreSQL) does not give this by itself: positions taken by transactions that commit
 * out of order must not be readable until the ones before them are.
 */

/** What an adapter knows of a stream before it appends: its last event's revision and hash. */
export interface StreamHead {
  /** Revision of the last event; undefined when the stream does not exist. */
  revision: number | undefined;
  /** Hash of the last event (GENESIS_HASH for a new stream). */
  hash: string;
}

/** The head of a stream whose last event is `last` (none: the stream does not exist). */
export function streamHead(last: Pick<EventEnvelope, 'streamRevision' | 'hash'> | undefined): StreamHead {
  return last ? { revision: last.streamRevision, hash: last.hash } : { revision: undefined, hash: GENESIS_HASH };
}

/** A revision as ConcurrencyConflict names it: the number, or `no_stream`. */
export function revisionName(revision: number | undefined): string {
  return revision === undefined ? 'no_stream' : String(revision);
}

/** Whether a stream at `current` (undefined: no stream) may be appended to with `expected`. */
export function matchesExpectedRevision(expected: ExpectedRevision, current: number | undefined): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current === undefined;
  if (expected === 'stream_exists') return current !== undefined;
  return current === expected;
}

/** @throws ConcurrencyConflict when a stream at `current` may not be appended to with `expected`. */
export function assertExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  current: number | undefined,
): void {
  if (!matchesExpectedRevision(expected, current)) {
    throw new ConcurrencyConflict(streamId, String(expected), revisionName(current));
  }
}

/** @throws DuplicateEventId when the batch holds one event id twice. */
export function assertDistinctEventIds(proposed: readonly ProposedEvent[]): void {
  if (proposed.length < 2) return;
  const ids = new Set<string>();
  for (const event of proposed) {
    if (ids.has(event.eventId)) throw new DuplicateEventId(event.eventId);
    ids.add(event.eventId);
  }
}

/** An envelope before the store assigns its position: what the writer hashes and appends. */
export type ChainedEvent = Omit<EventEnvelope, 'globalPosition'>;

/**
 * The envelopes of `proposed` appended after `head`: numbered from the revision after it,
 * stamped with `recordedAt`, each hash chained onto the one before (the first onto the head's).
 * `data` is what a reader gets back from the JSON text stored, so that the hash covers exactly
 * that: the caller's own value when a round trip gives it back equal (`isPlainJson`), else the
 * parse of its text; only the envelope's own fields are kept.
 * @throws TypeError for an event without data (undefined is not JSON).
 */
export function chainEvents(
  streamId: string,
  proposed: readonly ProposedEvent[],
  head: StreamHead,
  recordedAt: string,
): ChainedEvent[] {
  return chainAndMeasure(streamId, proposed, head, recordedAt).events;
}

/**
 * The most an append may hold, in bytes as `chainAndMeasure` counts them: EventStoreDB's default
 * maximum append size (1 MiB), kept by every store so that what the embedded platform accepts the
 * distributed one accepts too. The platform's own appends stay far below it (DECISIONS 85).
 */
export const MAX_APPEND_BYTES = 1_048_576;

/**
 * A measure of an append's size that is never below what EventStoreDB counts against its maximum
 * append size: each event's data and envelope as UTF-8 JSON, plus what the metadata adds (the two
 * hashes, the times, EventStoreDB's own correlation names) and a margin for the record's framing.
 */
const ENVELOPE_OVERHEAD_BYTES = 512;

/**
 * The JSON text an event's actor and data are stored as (what `chainAndMeasure` measured): their
 * RFC 8785 canonical text, the very text the hash covers (`hashed`), so that a verifier hashes the
 * stored text as it is (DECISIONS 100). An envelope whose fields have not the shape writers give
 * (`hasEveryField`) is hashed by the library over the whole body: its text is plain JSON then.
 */
export interface StoredText {
  actor: string;
  data: string;
  /** `eventHashOfText(event, actor, data)` is the event's hash. */
  hashed: boolean;
}

function chainAndMeasure(
  streamId: string,
  proposed: readonly ProposedEvent[],
  head: StreamHead,
  recordedAt: string,
): { events: ChainedEvent[]; texts: StoredText[]; bytes: number } {
  const firstRevision = (head.revision ?? -1) + 1;
  let prevHash = head.hash;
  let bytes = 0;
  const texts: StoredText[] = new Array<StoredText>(proposed.length);
  const events = new Array<ChainedEvent>(proposed.length);
  for (let i = 0; i < proposed.length; i++) {
    const event = proposed[i];
    if (event.data === undefined) throw new TypeError(`event ${event.eventId}: data must be JSON, got undefined`);
    const chained: ChainedEvent = {
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId,
      streamRevision: firstRevision + i,
      occurredAt: event.occurredAt,
      recordedAt,
      actor: event.actor,
      correlationId: event.correlationId,
      causationId: event.causationId,
      // what a reader parses back from the stored text: the caller's own value when it is that
      data: isPlainJson(event.data) ? event.data : (JSON.parse(JSON.stringify(event.data)) as unknown),
      prevHash,
      hash: '',
    };
    let text: StoredText;
    if (hasEveryField(chained)) {
      // the events of one command share their actor: its text is made once
      const shared = i > 0 && event.actor === proposed[i - 1].actor && texts[i - 1].hashed;
      const actor = shared ? texts[i - 1].actor : canonicalJson(event.actor);
      text = { actor, data: canonicalJson(chained.data), hashed: true };
      chained.hash = eventHashOfText(chained, text.actor, text.data);
    } else {
      text = { actor: JSON.stringify(event.actor), data: JSON.stringify(chained.data), hashed: false };
      chained.hash = computeEventHash(chained);
    }
    prevHash = chained.hash;
    texts[i] = text;
    events[i] = chained;
    bytes +=
      Buffer.byteLength(text.data) +
      Buffer.byteLength(text.actor) +
      Buffer.byteLength(event.type) +
      Buffer.byteLength(event.eventId) +
      2 * Buffer.byteLength(event.correlationId) +
      2 * Buffer.byteLength(event.causationId ?? '') +
      ENVELOPE_OVERHEAD_BYTES;
  }
  return { events, texts, bytes };
}

/**
 * Whether a JSON round trip gives `value` back equal (not only equivalent): strings, booleans,
 * finite numbers but -0, null, arrays without holes and objects of Object's prototype (or none)
 * without toJSON, undefined values or symbol keys, all the way down. Such data is what a reader
 * parses back from its text, so the envelope carries and hashes it as it is; anything else (a
 * Date, a class instance, an undefined value) is replaced by the parse of its text, as stored.
 */
function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype === Array.prototype) {
    const array = value as unknown[];
    for (let i = 0; i < array.length; i++) if (!(i in array) || !isPlainJson(array[i])) return false;
    return Object.keys(array).length === array.length && Object.getOwnPropertySymbols(array).length === 0;
  }
  if (prototype !== Object.prototype && prototype !== null) return false;
  const object = value as Record<string, unknown>;
  if (object.toJSON !== undefined) return false;
  const keys = Object.keys(object);
  for (let i = 0; i < keys.length; i++) {
    const item = object[keys[i]];
    if (item === undefined || !isPlainJson(item)) return false;
  }
  return Object.getOwnPropertySymbols(object).length === 0;
}

/**
 * The original result when `proposed` is a retry of an append already stored, null when none of
 * its ids is stored (a new append). `found`: the stored events that carry any of the proposed
 * ids, as far as the adapter can look them up (a SQL store by its unique event id, anywhere;
 * EventStoreDB only in the target stream). `head`: the stream's head now.
 * @throws DuplicateEventId when some of the ids are stored, but not as this exact run of events.
 */
export function findReplay(
  streamId: string,
  proposed: readonly ProposedEvent[],
  found: readonly EventEnvelope[],
  head: StreamHead,
): AppendResult | null {
  if (found.length === 0) return null; // none of the ids is stored: a new append
  const byId = new Map(found.map((e) => [e.eventId, e]));
  const reused = proposed.find((e) => byId.has(e.eventId));
  if (!reused) return null;
  const stored = proposed.map((e) => byId.get(e.eventId));
  const first = stored[0];
  const replay =
    first !== undefined &&
    stored.every((e, i) => e?.streamId === streamId && e.streamRevision === first.streamRevision + i);
  if (!replay) throw new DuplicateEventId(reused.eventId);
  const events = stored as EventEnvelope[];
  const last = events[events.length - 1];
  return {
    nextExpectedRevision: head.revision ?? last.streamRevision,
    lastPosition: last.globalPosition,
    events,
  };
}

/** What an append does: return the result of the append it retries, or write these events. */
export type AppendPlan =
  | { kind: 'replay'; result: AppendResult }
  | {
      kind: 'write';
      /** The envelopes to store, in order (none for an empty batch). */
      events: ChainedEvent[];
      /** Their actor and data as JSON, to store as they are (one per event). */
      texts: StoredText[];
      /** The stream's revision once they are stored. */
      nextExpectedRevision: number;
    };

export interface AppendInput {
  streamId: string;
  proposed: readonly ProposedEvent[];
  expected: ExpectedRevision;
  /** The head the write will be conditioned on. */
  head: StreamHead;
  /** Stored events carrying proposed ids (see findReplay). */
  found: readonly EventEnvelope[];
  /** The time the store records the events at (ISO 8601). */
  recordedAt: string;
  /** The store's limit per append (default MAX_APPEND_BYTES). */
  maxAppendBytes?: number;
}

/**
 * Decides an append from what the adapter read (rules 1–4 above, then the size: a batch over the
 * store's limit is refused whole, as EventStoreDB would refuse it, before anything is written).
 * @throws DuplicateEventId, ConcurrencyConflict, AppendTooLarge
 */
export function planAppend(input: AppendInput): AppendPlan {
  const { streamId, proposed, expected, head } = input;
  assertDistinctEventIds(proposed);
  const result = findReplay(streamId, proposed, input.found, head);
  if (result) return { kind: 'replay', result };
  assertExpectedRevision(streamId, expected, head.revision);
  const { events, texts, bytes } = chainAndMeasure(streamId, proposed, head, input.recordedAt);
  const limit = input.maxAppendBytes ?? MAX_APPEND_BYTES;
  if (bytes > limit) throw new AppendTooLarge(streamId, bytes, limit);
  return { kind: 'write', events, texts, nextExpectedRevision: (head.revision ?? -1) + events.length };
}

/**
 * The result of a written plan from its events as stored (with their positions).
 * @throws Error when they are not the planned events, in order, at ascending positions: a store
 * that acknowledged an append it did not make as planned, never the caller's fault.
 */
export function storedResult(plan: Extract<AppendPlan, { kind: 'write' }>, stored: EventEnvelope[]): AppendResult {
  const asPlanned =
    stored.length === plan.events.length &&
    stored.every(
      (e, i) =>
        e.eventId === plan.events[i].eventId &&
        e.streamRevision === plan.events[i].streamRevision &&
        (i === 0 || e.globalPosition > stored[i - 1].globalPosition),
    );
  const first = plan.events[0];
  if (!asPlanned || !first) {
    throw new Error(
      `append to ${first?.streamId ?? '(empty)'} acknowledged but its events are not as planned from revision ${first?.streamRevision}`,
    );
  }
  return {
    nextExpectedRevision: plan.nextExpectedRevision,
    lastPosition: stored[stored.length - 1].globalPosition,
    events: stored,
  };
}
