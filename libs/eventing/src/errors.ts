/**
 * Typed errors raised by deciders and stores, mapped once to HTTP at the edge
 * (libs/http: DomainErrorFilter).
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A business rule forbids the command (HTTP 422). */
export class DomainRuleViolation extends DomainError {
  constructor(message: string, code = 'domain_rule_violation', details?: Record<string, unknown>) {
    super(message, code, details);
  }
}

/**
 * The command is not allowed in the aggregate's current state (HTTP 409); `code` names the state
 * where a client must tell states apart (`already_checked_in`), else `invalid_state_transition`.
 */
export class InvalidStateTransition extends DomainError {
  constructor(message: string, details?: Record<string, unknown>, code = 'invalid_state_transition') {
    super(message, code, details);
  }
}

/** The aggregate does not exist (HTTP 404). */
export class NotFound extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, 'not_found', details);
  }
}

/**
 * The actor may not do this (HTTP 403): a role or an organisation scope rule. Policy functions
 * throw it; the message says which rule, in words a person can act on.
 */
export class Forbidden extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, 'forbidden', details);
  }
}

/**
 * The caller could not be authenticated (HTTP 401): a wrong password, an unknown username (the
 * same answer), a disabled account signing in.
 */
export class Unauthenticated extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, 'unauthorized', details);
  }
}

/** Too many attempts (HTTP 429); the edge sends `retryAfterSeconds` as the Retry-After header. */
export class TooManyRequests extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 'too_many_requests');
  }
}

/** The stream is not at the expected revision (HTTP 409). */
export class ConcurrencyConflict extends DomainError {
  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`stream ${streamId} is at revision ${actual}, expected ${expected}`, 'concurrency_conflict', {
      streamId,
      expected,
      actual,
    });
  }
}

/** Re-appending with an event id that already exists, but not as an exact replay (HTTP 409). */
export class DuplicateEventId extends DomainError {
  constructor(readonly eventId: string) {
    super(`event ${eventId} already exists with different content or position`, 'duplicate_event_id', {
      eventId,
    });
  }
}

/**
 * An append larger than the event store takes in one write (HTTP 422 `append_too_large`): the
 * store's limit (EventStoreDB's maximum append size, 1 MiB by default) measured before anything
 * is written, so nothing is. `bytes` is the estimate of the batch, `limit` the store's.
 */
export class AppendTooLarge extends DomainRuleViolation {
  constructor(
    readonly streamId: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `${bytes} bytes of events for stream ${streamId} exceed the event store's limit of ${limit} bytes per append`,
      'append_too_large',
      { streamId, bytes, limit },
    );
  }
}

/**
 * The stream was deleted in the event store itself (EventStoreDB: soft-deleted or tombstoned from
 * its UI or API, never by gongjian, which deletes nothing). Appending would continue its revisions
 * after events no one can read and break its hash chain, so nothing is appended (HTTP 409
 * `stream_deleted`); an operator restores the stream from a backup or retires the aggregate.
 */
export class StreamDeleted extends DomainError {
  constructor(
    readonly streamId: string,
    readonly how: 'soft_deleted' | 'tombstoned',
  ) {
    super(`stream ${streamId} was ${how.replace('_', ' ')} in the event store`, 'stream_deleted', { streamId, how });
  }
}

/**
 * The event store cannot be reached, or gave no answer, within the retry window (HTTP 503
 * `event_store_unavailable` with Retry-After). An append that failed so may have been written: a
 * retry of the same command (the same event ids) is recognised and answered with what was stored.
 */
export class EventStoreUnavailable extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'EventStoreUnavailable';
  }
}

/**
 * A record in one of our streams that this store did not write (EventStoreDB: a raw event appended
 * from its UI or another client). The stream's aggregate cannot be loaded; the audit integrity
 * check names the record (`foreign_event`).
 */
export class ForeignEventInStream extends Error {
  constructor(
    readonly streamId: string,
    readonly streamRevision: number,
    readonly recordId: string,
  ) {
    super(`stream ${streamId} holds at revision ${streamRevision} a record (${recordId}) that gongjian did not write`);
    this.name = 'ForeignEventInStream';
  }
}

/**
 * A log position this store never gave out (EventStoreDB: not the exact start of a record, e.g. a
 * checkpoint of another or a restored store). Reading from it would fail or skip events.
 */
export class InvalidLogPosition extends Error {
  constructor(readonly position: number) {
    super(`position ${position} is not the position of an event in this log (a checkpoint of another log?)`);
    this.name = 'InvalidLogPosition';
  }
}
