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
