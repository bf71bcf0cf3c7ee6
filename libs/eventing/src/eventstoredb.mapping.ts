import type {
  AppendExpectedRevision,
  JSONEventData,
  JSONType,
  Position,
  ReadPosition,
  RecordedEvent,
} from '@eventstore/db-client';
import { v5 as uuidv5 } from 'uuid';
import type { ChainedEvent } from './append-semantics';
import type { Actor, EventEnvelope } from './envelope';

/**
 * Pure mapping between our envelope and EventStoreDB (KurrentDB) records, used by
 * eventstoredb.event-store.ts and unit-tested without a server (eventstoredb.mapping.spec.ts).
 *
 * Layout of one event in EventStoreDB:
 * - event id   = our `eventId` (a UUIDv7 is a valid UUID). An id that is not a lower-case canonical
 *                UUID is mapped to a deterministic UUIDv5 and kept verbatim in the metadata, so that
 *                EventStoreDB's own retry deduplication still sees the same id for the same event.
 * - event type = our `type`; stream = our `streamId`; stream revision = our `streamRevision`.
 * - data       = our `data` (JSON, content type application/json).
 * - metadata   = everything else of the envelope (JSON), plus `$correlationId` / `$causationId`, the
 *                names EventStoreDB's own projections ($by_correlation_id) and UI understand.
 * - `globalPosition` = the event's commit position in the transaction log (see esdbPositionToNumber).
 */

/** The metadata JSON of every event this adapter writes. */
export interface EsdbEnvelopeMetadata {
  schemaVersion: number;
  occurredAt: string;
  recordedAt: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  prevHash: string;
  hash: string;
  /** Our event id, only when it is not itself the EventStoreDB event id (see esdbEventId). */
  eventId?: string;
  $correlationId: string;
  $causationId?: string;
}

/** UUIDv5 namespace for event ids that are not UUIDs (a fixed, random UUID: never change it). */
export const ESDB_EVENT_ID_NAMESPACE = '0f6a8a1e-6c1b-4a52-9d0e-3b7c5a2f9e41';
const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The EventStoreDB event id of one of our event ids (itself when it is a canonical UUID). */
export function esdbEventId(eventId: string): string {
  return CANONICAL_UUID.test(eventId) ? eventId : uuidv5(eventId, ESDB_EVENT_ID_NAMESPACE);
}

/** The EventStoreDB event (id, type, JSON data, JSON metadata) for one chained envelope. */
export function toEsdbEvent(event: ChainedEvent): JSONEventData {
  const id = esdbEventId(event.eventId);
  const metadata: EsdbEnvelopeMetadata = {
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: event.actor,
    correlationId: event.correlationId,
    causationId: event.causationId,
    prevHash: event.prevHash,
    hash: event.hash,
    ...(id === event.eventId ? {} : { eventId: event.eventId }),
    $correlationId: event.correlationId,
    ...(event.causationId === null ? {} : { $causationId: event.causationId }),
  };
  return {
    id,
    contentType: 'application/json',
    type: event.type,
    // any JSON value: the client JSON.stringify-s it (its type only names objects, arrays, strings)
    data: event.data as JSONType,
    metadata: metadata as unknown as JSONType,
  };
}

/** Events of EventStoreDB itself: `$`-prefixed types ($metadata, $>, $streamDeleted…) or streams. */
export function isEsdbSystemEvent(recorded: Pick<RecordedEvent, 'type' | 'streamId'>): boolean {
  return recorded.type.startsWith('$') || recorded.streamId.startsWith('$');
}

function isActor(value: unknown): value is Actor {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.accountId === 'string' && typeof a.role === 'string' && (a.orgId === null || typeof a.orgId === 'string')
  );
}

/** True when the metadata has the shape this adapter writes (EsdbEnvelopeMetadata). */
export function isEsdbEnvelopeMetadata(value: unknown): value is EsdbEnvelopeMetadata {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.schemaVersion === 'number' &&
    typeof m.occurredAt === 'string' &&
    typeof m.recordedAt === 'string' &&
    isActor(m.actor) &&
    typeof m.correlationId === 'string' &&
    (m.causationId === null || typeof m.causationId === 'string') &&
    typeof m.prevHash === 'string' &&
    typeof m.hash === 'string' &&
    (m.eventId === undefined || typeof m.eventId === 'string')
  );
}

/**
 * True for the events this store wrote: JSON, not a system event, with our metadata. Anything else
 * found in `$all` (EventStoreDB's own events, another application's) is not part of our log.
 */
export function isEsdbEnvelopeEvent(recorded: RecordedEvent): boolean {
  return recorded.isJson && !isEsdbSystemEvent(recorded) && isEsdbEnvelopeMetadata(recorded.metadata);
}

/**
 * Our global position for an EventStoreDB log position: the commit position, as a JS number.
 *
 * Commit positions are byte offsets in the transaction log, so a JS number is exact up to
 * 2^53 - 1 bytes (9 PB of log); beyond that we refuse rather than round. Events appended through
 * gRPC (EventStoreDB 20+, KurrentDB) are "committed prepares": every event is its own log record
 * and its commit position equals its prepare position, so the commit position alone is unique and
 * orders `$all`. (Only the legacy TCP API's explicit transactions gave several events one commit
 * position; this adapter never writes those.)
 */
export function esdbPositionToNumber(position: Position): number {
  const { commit } = position;
  if (commit < 0n || commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(
      `EventStoreDB commit position ${commit} is outside 0..2^53-1 ` +
        '(a stream read from a server older than 22.6 reports no position)',
    );
  }
  return Number(commit);
}

/**
 * The EventStoreDB position to read `$all` from for one of our positions: 0 → the start,
 * otherwise { commit: n, prepare: n }, which is the exact position of the event whose
 * globalPosition is n (commit == prepare, see esdbPositionToNumber). EventStoreDB reads forwards
 * from a position inclusively, so callers drop the events at or before n themselves
 * (isEsdbPositionAfter).
 */
export function numberToEsdbPosition(position: number): ReadPosition {
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new RangeError(`invalid global position ${position}: expected a safe non-negative integer`);
  }
  if (position === 0) return 'start';
  const p = BigInt(position);
  return { commit: p, prepare: p };
}

/** Whether an EventStoreDB position lies strictly after one of our positions. */
export function isEsdbPositionAfter(position: Position, after: number): boolean {
  return position.commit > BigInt(after);
}

/** The exact expected revision of an append, from the stream's current revision (none: no stream). */
export function toEsdbExpectedRevision(currentRevision: number | undefined): AppendExpectedRevision {
  return currentRevision === undefined ? 'no_stream' : BigInt(currentRevision);
}

/**
 * Our envelope for an event this adapter wrote. `position` is the record's own position (present
 * on `$all` reads, and on stream reads from EventStoreDB 22.6 on).
 * @throws TypeError for an event that is not ours (see isEsdbEnvelopeEvent), RangeError without a position.
 */
export function fromEsdbEvent(recorded: RecordedEvent): EventEnvelope {
  if (!recorded.isJson || !isEsdbEnvelopeMetadata(recorded.metadata)) {
    throw new TypeError(`event ${recorded.id} in ${recorded.streamId} was not written by this event store`);
  }
  if (!recorded.position) {
    throw new RangeError(`event ${recorded.id} has no log position: EventStoreDB 22.6 or later is required`);
  }
  const m = recorded.metadata;
  return {
    eventId: m.eventId ?? recorded.id,
    type: recorded.type,
    schemaVersion: m.schemaVersion,
    streamId: recorded.streamId,
    streamRevision: Number(recorded.revision),
    globalPosition: esdbPositionToNumber(recorded.position),
    occurredAt: m.occurredAt,
    recordedAt: m.recordedAt,
    actor: m.actor,
    correlationId: m.correlationId,
    causationId: m.causationId,
    data: recorded.data,
    prevHash: m.prevHash,
    hash: m.hash,
  };
}

/**
 * A record in `$all` or in one of our streams that this store did not write (not a system record
 * either): a raw event appended from EventStoreDB's UI or another client, or another application's
 * event on a shared server. Marked `foreign`, with what the record tells (id, type, stream, revision,
 * position, creation time, data) and an empty actor and hashes, for the integrity check to name it.
 */
export function foreignEnvelope(recorded: RecordedEvent): EventEnvelope {
  const created = recorded.created instanceof Date ? recorded.created.toISOString() : String(recorded.created);
  return {
    eventId: recorded.id,
    type: recorded.type,
    schemaVersion: 0,
    streamId: recorded.streamId,
    streamRevision: Number(recorded.revision),
    globalPosition: recorded.position ? esdbPositionToNumber(recorded.position) : -1,
    occurredAt: created,
    recordedAt: created,
    actor: { accountId: '', role: '', orgId: null } as unknown as Actor,
    correlationId: '',
    causationId: null,
    data: recorded.isJson ? recorded.data : null,
    prevHash: '',
    hash: '',
    foreign: true,
  };
}
