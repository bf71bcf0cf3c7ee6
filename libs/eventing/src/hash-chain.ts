import { createHash, hash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventEnvelope } from './envelope';
import { StoredEnvelope } from './stored-envelope';

/** prevHash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The fields covered by the hash. `globalPosition` is left out on purpose: it is assigned by the
 * store after the event is written (EventStoreDB's commit position), so it cannot be part of what
 * the writer signs; the per-stream revision and prevHash already fix the event's place in its
 * stream.
 */
export type HashedFields = Omit<EventEnvelope, 'globalPosition' | 'hash'>;

/**
 * SHA-256 over prevHash + the RFC 8785 canonical JSON of the envelope (without hash/position).
 * The canonical text is built field by field in its sorted order, and each nested value
 * (actor, data) by `canonicalJson`: the same text `canonicalize(body)` gives, at less than half
 * the cost (hashing is most of an audit replay's work: DECISIONS 88).
 */
export function computeEventHash(event: HashedFields): string {
  if (!hasEveryField(event)) return hashOf(event.prevHash, canonicalize(bodyOf(event)) ?? '');
  return eventHashOfText(event, canonicalJson(event.actor), canonicalJson(event.data));
}

/**
 * The hash of an envelope whose actor and data are given as their canonical JSON text (what the
 * SQLite store keeps, so that a verifier hashes the stored text without parsing or re-serialising
 * it: DECISIONS 100). The same as `computeEventHash` when the texts are `canonicalJson` of the
 * values and the scalar fields have the shape writers give (`hasEveryField`).
 */
export function eventHashOfText(
  event: Omit<HashedFields, 'actor' | 'data'>,
  actorText: string,
  dataText: string,
): string {
  const text =
    '{"actor":' +
    actorText +
    ',"causationId":' +
    json(event.causationId) +
    ',"correlationId":' +
    json(event.correlationId) +
    ',"data":' +
    dataText +
    ',"eventId":' +
    json(event.eventId) +
    ',"occurredAt":' +
    json(event.occurredAt) +
    ',"prevHash":' +
    json(event.prevHash) +
    ',"recordedAt":' +
    json(event.recordedAt) +
    ',"schemaVersion":' +
    json(event.schemaVersion) +
    ',"streamId":' +
    json(event.streamId) +
    ',"streamRevision":' +
    json(event.streamRevision) +
    ',"type":' +
    json(event.type) +
    '}';
  return hashOf(event.prevHash, text);
}

/** A character JSON.stringify escapes in a string: a quote, a backslash, a control character, a surrogate. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * JSON.stringify(value), with a string that needs no escape quoted by hand (ids, times, hashes,
 * types: every scalar field of an envelope), which is several times cheaper.
 */
function json(value: unknown): string {
  return typeof value === 'string' && !ESCAPED.test(value) ? '"' + value + '"' : JSON.stringify(value);
}

function bodyOf(event: HashedFields): HashedFields {
  return {
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
}

/** Strings, numbers and null in every scalar field, the nested ones present: the shape writers give. */
export function hasEveryField(event: HashedFields): boolean {
  return (
    typeof event.eventId === 'string' &&
    typeof event.type === 'string' &&
    typeof event.schemaVersion === 'number' &&
    typeof event.streamId === 'string' &&
    typeof event.streamRevision === 'number' &&
    typeof event.occurredAt === 'string' &&
    typeof event.recordedAt === 'string' &&
    typeof event.correlationId === 'string' &&
    (event.causationId === null || typeof event.causationId === 'string') &&
    typeof event.prevHash === 'string' &&
    typeof event.actor === 'object' &&
    event.actor !== null &&
    event.data !== undefined &&
    typeof event.data !== 'function' &&
    typeof event.data !== 'symbol'
  );
}

const hashOf = (prevHash: string, canonical: string): string =>
  typeof hash === 'function'
    ? hash('sha256', prevHash + canonical)
    : createHash('sha256').update(prevHash).update(canonical).digest('hex');

/** Returned by `sortedCopy` for a value it does not copy (the canonicalize library serialises it). */
const NOT_PLAIN = Symbol('not plain JSON');

/**
 * The RFC 8785 text of a JSON value, exactly as `canonicalize` writes it. Plain JSON (what a JSON
 * round trip gives: objects, arrays, strings, numbers, booleans, null) is copied with its keys in
 * sorted order and written by the native `JSON.stringify`; anything else (a Date, a class
 * instance, a function, an object with a key that looks like an array index, whose place in
 * the key order JavaScript fixes) goes to the library.
 */
export function canonicalJson(value: unknown): string {
  const copy = sortedCopy(value);
  return copy === NOT_PLAIN ? (canonicalize(value) ?? '') : JSON.stringify(copy);
}

function sortedCopy(value: unknown): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object':
      return Array.isArray(value) ? sortedArray(value) : sortedObject(value as Record<string, unknown>);
    default:
      return NOT_PLAIN;
  }
}

function sortedArray(values: unknown[]): unknown {
  const copy = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) {
    if (!(i in values)) return NOT_PLAIN; // canonicalize leaves a hole out, JSON.stringify writes null
    const item = values[i];
    const sorted = item === undefined ? null : sortedCopy(item); // null in both writers
    if (sorted === NOT_PLAIN) return NOT_PLAIN;
    copy[i] = sorted;
  }
  return copy;
}

function sortedObject(object: Record<string, unknown>): unknown {
  const prototype = Object.getPrototypeOf(object) as unknown;
  if ((prototype !== Object.prototype && prototype !== null) || object.toJSON != null) return NOT_PLAIN;
  const keys = Object.keys(object);
  let inOrder = true;
  for (let i = 1; i < keys.length && inOrder; i++) inOrder = keys[i - 1] < keys[i];
  if (!inOrder) keys.sort();
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    const first = key.charCodeAt(0);
    // "0".."9…" may be an index key, which JavaScript lists first; "__proto__" would set the prototype
    if ((first >= 48 && first <= 57) || key === '__proto__') return NOT_PLAIN;
    const item = object[key];
    if (item === undefined) continue; // left out by both writers
    const sorted = sortedCopy(item);
    if (sorted === NOT_PLAIN) return NOT_PLAIN;
    copy[key] = sorted;
  }
  return copy;
}

/**
 * Whether `event.hash` is the hash of the event. An envelope read with the stored text its hash
 * covers is hashed over that text as it is; only when that does not match is the event hashed
 * from its values, as every envelope is without such text. So this accepts exactly what hashing
 * the values accepts (a text that is not canonical, yet hashes to the stored hash, would take
 * someone who computed the hash over it: whoever can do that can rewrite the chain anyway), and
 * a row changed in the file fails both (DECISIONS 100).
 */
export function hashMatches(event: EventEnvelope): boolean {
  const actorText = StoredEnvelope.actorTextOf(event);
  const dataText = StoredEnvelope.dataTextOf(event);
  if (actorText !== null && dataText !== null && eventHashOfText(event, actorText, dataText) === event.hash)
    return true;
  return computeEventHash(event) === event.hash;
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
    if (!hashMatches(event)) breaks.push({ ...at, reason: 'hash_mismatch' });
    expectedPrev = event.hash;
    expectedRevision = event.streamRevision + 1;
  }
  return breaks;
}
