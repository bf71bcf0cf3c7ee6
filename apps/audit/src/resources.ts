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
  type Schema,
  string,
} from '@gongjian/http';
import { ACTOR, EFFECT } from '@gongjian/runtime';
import type { SearchStreamsHandler } from './trail/search-streams/search-streams.handler';
import { TRACE_STEP_CODES } from './trail/trace-spending/trace-spending.handler';

/** What the audit service's routes answer (`@Returns()`), for the OpenAPI document. */

/**
 * The names behind the ids an answer shows (issue 17), by id: organisations and units, and the
 * needs, offers, projects, members (those the reader may see)… its streams named. An id nobody
 * named is not in it.
 */
const names = record(string());

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

export const AUDIT_EVENTS = page(AUDIT_EVENT, { names });

/** An event with what caused it, what it caused, and every event of its correlation. */
export const TRACED_EVENT = object({
  ...indexed,
  causedBy: array(AUDIT_EVENT),
  caused: array(AUDIT_EVENT),
  correlation: array(AUDIT_EVENT),
  names,
});

/**
 * A break of a stream's hash chain. `foreign_event`: a record gongjian did not write (a raw event
 * appended from the event store's UI, another application's event), named by its id, `type` and
 * `globalPosition` (the store's position, for its own tools).
 */
const chainBreak = object(
  {
    streamId: string(),
    streamRevision: integer(),
    eventId: id(),
    reason: oneOf(['hash_mismatch', 'prev_hash_mismatch', 'revision_gap', 'foreign_event'] as const),
  },
  { type: string(), globalPosition: integer() },
);

/** A stream's whole history: each event with its effects on the read models, the chain, the state it left. */
export const STREAM_HISTORY = object({
  streamId: string(),
  revision: integer(),
  chain: object({ intact: boolean(), breaks: array(chainBreak) }),
  events: array(object({ ...envelope, effects: array(EFFECT) })),
  state: record(record(any('a document as its projection folds it'))),
  names,
});

const streamHit = {
  streamId: string(),
  /** the stream's id up to its subject's: `matching.need`, `members.member`… */
  kind: string(),
  subjectId: string(),
  /** the subject's title or name as its latest event gives it; null without one, or for a member the reader may not see */
  label: nullable(string()),
  events: integer(),
  firstAt: date(),
  lastAt: date(),
  lastType: string(),
};

/** A stream as the audit search shows it: its subject's kind and name, how many events, when last. */
export const AUDIT_STREAM = named('AuditStream', object(streamHit));

/**
 * `GET /audit/search`: the subjects whose title or name holds the words, each with the newest
 * streams about it (`relatedTotal` counts them all, `relatedKinds` by kind).
 */
export const AUDIT_SEARCH: Schema<Awaited<ReturnType<SearchStreamsHandler['execute']>>> = page(
  named(
    'AuditSearchHit',
    object({
      ...streamHit,
      related: array(AUDIT_STREAM),
      relatedTotal: integer(),
      relatedKinds: record(integer()),
    }),
  ),
);

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

/**
 * `GET /audit/traces/spendings/:spendingId` (issue 19): a spending back to its fund, step by step
 * from the fund's stream, each with its actor, place in the log, hash and whether the chain holds.
 */
export const SPENDING_TRACE = named(
  'SpendingTrace',
  object({
    spendingId: id(),
    fundId: id(),
    allocationId: id(),
    streamId: string(),
    reversed: boolean(),
    chain: object({ intact: boolean(), checkedEvents: integer(), breaks: array(chainBreak) }),
    steps: array(
      object({
        step: oneOf(TRACE_STEP_CODES),
        eventId: id(),
        type: string(),
        at: date(),
        actor: object({
          accountId: string(),
          role: string(),
          orgId: nullable(id()),
          /** the account's username, where the audit service knows the account; null for the system */
          username: nullable(string()),
          displayName: nullable(string()),
        }),
        streamRevision: integer(),
        globalPosition: integer(),
        correlationId: string(),
        causationId: nullable(string()),
        prevHash: string(),
        hash: string(),
        /** the fund's hash chain verifies from its first event up to this one */
        chainVerified: boolean(),
        data: any("the event's data, as its type defines it"),
      }),
    ),
    names,
  }),
);
