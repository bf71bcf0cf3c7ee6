import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventEnvelope } from './envelope';

/** prevHash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The fields covered by the hash. `globalPosition` is left out on purpose: it is assigned by the
 * store after the event is written (EventStoreDB's commit position), so it cannot be part of what
 * the writer signs; the per-stream revision and prevHash already fix the event's place in its
 * stream.
 */
export type HashedFields = Omit<EventEnvelope, 'globalPosition' | 'hash'>;

/** SHA-256 over prevHash + the RFC 8785 canonical JSON of the envelope (without hash/position). */
export function computeEventHash(event: HashedFields): string {
  const body: HashedFields = {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamRevision: event.streamRevision,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: event.actor,
    correlationId: event.correlationId,
    causationId: event.causationId,
    data: event.data,
    prevHash: event.prevHash,
  };
  return createHash('sha256')
    .update(event.prevHash)
    .update(canonicalize(body) ?? '')
    .digest('hex');
}

export interface ChainBreak {
  streamId: string;
  streamRevision: number;
  eventId: string;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'revision_gap' | 'foreign_event';
}

/** Verifies one stream's events, oldest first; returns every break found. */
export function verifyChain(events: Iterable<EventEnvelope>): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let expectedPrev = GENESIS_HASH;
  let expectedRevision = 0;
  for (const event of events) {
    const at = { streamId: event.streamId, streamRevision: event.streamRevision, eventId: event.eventId };
    if (event.foreign) {
      // a record gongjian did not write: one break, and the next event is checked against our last hash
      breaks.push({ ...at, reason: 'foreign_event' });
      expectedRevision = event.streamRevision + 1;
      continue;
    }
    if (event.streamRevision !== expectedRevision) breaks.push({ ...at, reason: 'revision_gap' });
    if (event.prevHash !== expectedPrev) breaks.push({ ...at, reason: 'prev_hash_mismatch' });
    if (computeEventHash(event) !== event.hash) breaks.push({ ...at, reason: 'hash_mismatch' });
    expectedPrev = event.hash;
    expectedRevision = event.streamRevision + 1;
  }
  return breaks;
}
