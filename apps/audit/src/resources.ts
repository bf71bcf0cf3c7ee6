import {
  any,
  array,
  boolean,
  date,
  id,
  integer,
  list,
  named,
  nullable,
  object,
  oneOf,
  openObject,
  page,
  record,
  string,
} from '@gongjian/http';
import { ACTOR, EFFECT } from '@gongjian/runtime';

/** What the audit service's routes answer (`@Returns()`), for the OpenAPI document. */

const envelope = {
  eventId: id(),
  type: string(),
  streamRevision: integer(),
  globalPosition: integer(),
  occurredAt: date(),
  actor: ACTOR,
  correlationId: string(),
  causationId: nullable(string()),
  data: any("the event's data, as its type defines it"),
  prevHash: string(),
  hash: string(),
};

const indexed = { ...envelope, service: string(), streamId: string(), recordedAt: date(), orgIds: array(id()) };

/** An event of the log as the audit index keeps it: which service and stream, which organisations it concerns. */
export const AUDIT_EVENT = named('AuditEvent', object(indexed));

export const AUDIT_EVENTS = page(AUDIT_EVENT);

/** An event with what caused it, what it caused, and every event of its correlation. */
export const TRACED_EVENT = object({
  ...indexed,
  causedBy: array(AUDIT_EVENT),
  caused: array(AUDIT_EVENT),
  correlation: array(AUDIT_EVENT),
});

const chainBreak = object({
  streamId: string(),
  streamRevision: integer(),
  eventId: id(),
  reason: oneOf(['hash_mismatch', 'prev_hash_mismatch', 'revision_gap'] as const),
});

/** A stream's whole history: each event with its effects on the read models, the chain, the state it left. */
export const STREAM_HISTORY = object({
  streamId: string(),
  revision: integer(),
  chain: object({ intact: boolean(), breaks: array(chainBreak) }),
  events: array(object({ ...envelope, effects: array(EFFECT) })),
  state: record(record(any('a document as its projection folds it'))),
});

export const INTEGRITY = object({
  intact: boolean(),
  checkedEvents: integer(),
  streams: integer(),
  breaks: array(chainBreak),
  millis: integer(),
});

/** A stream's state, or a read model's documents, at a past moment (a time or a position of the log). */
export const AS_OF = openObject(
  { events: integer() },
  'the moment (`at` or `position`), then a stream (`streamId`, `revision`, `lastEvent`, `state`) or a read model (`projection`, `items`)',
);

export const PROJECTIONS = list(string());
