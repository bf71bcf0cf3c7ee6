import type { EnvelopeField, EventEnvelope } from '@gongjian/eventing';
import type { IndexSpec, ReadModelDocument } from './document-store.port';

/**
 * A projection is a small fold (STYLE §6): `(document | null, event) → document`, one document
 * per stream, carrying the stream revision it reflects in `version`. The runner, not the
 * projection, handles checkpoints and idempotency.
 */
export interface Projection<D extends ReadModelDocument = ReadModelDocument> {
  /** Name used by rebuilds and replays, e.g. `needs`. */
  readonly name: string;
  /** Collection the documents live in, e.g. `matching.needs`. */
  readonly collection: string;
  /** Event types this projection folds; `['*']` folds every event. */
  readonly handles: readonly string[];
  readonly indexes?: IndexSpec[];
  /**
   * Raised when what the fold produces changes in a way its own source does not show (a helper it
   * calls): snapshots of the read models (read-model-snapshot.ts) made by an older fold are then
   * not loaded. The fold's source, name, collection and handled types are compared anyway.
   */
  readonly version?: number;
  /**
   * Document id for an event (default: the stream id after its first `-`). Every document must be
   * fed by one stream only: the runner skips an event whose stream revision the document's
   * `version` already reaches, so folding two streams into one document would drop events. To
   * aggregate across streams, keep one document per stream (or per event) and sum when reading.
   */
  documentId?(event: EventEnvelope): string;
  /**
   * A copy of the events it handles, one document per event (a service's input log): the audit's
   * effects of a stream leave it out, since the events themselves are what it holds.
   */
  readonly copiesEvents?: true;
  /**
   * `'disk'`: the embedded platform keeps the collection in an SQLite file instead of memory
   * (tiered.document-store.ts), for a read model that grows with the log (the audit index). Where
   * read models live in MongoDB, it changes nothing.
   */
  readonly storage?: 'disk';
  /**
   * The envelope fields `apply` and `documentId` read beside those every read gives (`ALWAYS_READ`:
   * globalPosition, type, streamId, streamRevision, data). Given, a rebuild or a replay of this
   * projection (with the others it folds beside, if they say so too) reads only those columns of
   * the log; the others are null in the envelopes it folds. Left out: every field is read. A spec
   * folds the projection with every other field taken away (`foldsWithOnly`, DECISIONS 100).
   */
  readonly reads?: readonly EnvelopeField[];
  /**
   * `apply` returns a new object every time (or null): never the document it was given, the
   * event's data or anything else held elsewhere. A rebuild or a replay then sets `_id` and
   * `version` on it instead of copying it whole (a copy per event was a fifth of a rebuild's fold,
   * with its garbage). Projection specs hold a projection that says so to it (DECISIONS 100).
   */
  readonly returnsFresh?: true;
  /** Return the next document, or null to ignore the event. `version` is set by the runner. */
  apply(document: D | null, event: EventEnvelope): Omit<D, 'version'> | null;
}

export function defaultDocumentId(event: EventEnvelope): string {
  const dash = event.streamId.indexOf('-');
  return dash < 0 ? event.streamId : event.streamId.slice(dash + 1);
}
