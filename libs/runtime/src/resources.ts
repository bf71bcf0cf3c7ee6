import {
  any,
  array,
  boolean,
  date,
  id,
  integer,
  list,
  named,
  type NamedSchema,
  nullable,
  number,
  object,
  oneOf,
  openObject,
  record,
  string,
} from '@gongjian/http';
import type { Replay } from './read-models';

/** What the runtime's own routes answer (read models, replays, probes), for the OpenAPI document. */

export const ACTOR = object({ accountId: string(), role: string(), orgId: nullable(id()) });

const fieldChange = object({ field: string(), before: any('the value before'), after: any('the value after') });

/** A replay of a projection into a shadow, compared with the live read model (and swapped in on demand). */
export const REPLAY: NamedSchema<Replay> = named(
  'Replay',
  object({
    id: id(),
    projection: string(),
    until: nullable(date()),
    status: oneOf(['running', 'completed', 'cancelled', 'failed'] as const),
    startedBy: ACTOR,
    startedAt: date(),
    finishedAt: nullable(date()),
    progress: object({
      done: integer(),
      total: integer(),
      totalEstimated: boolean(),
      eventsPerSecond: number(),
      etaSeconds: nullable(number()),
    }),
    documents: nullable(integer()),
    differences: nullable(
      array(
        object({
          documentId: string(),
          kind: oneOf(['missing', 'extra', 'different'] as const),
          fields: array(fieldChange),
        }),
      ),
    ),
    chainBreaks: array(
      object({
        streamId: string(),
        streamRevision: integer(),
        eventId: id(),
        reason: oneOf(['hash_mismatch', 'prev_hash_mismatch', 'revision_gap'] as const),
      }),
    ),
    swappedAt: nullable(date()),
    error: nullable(string()),
  }),
);

export const REPLAYS = object({ items: array(REPLAY), nextCursor: nullable(string()) });

/** What one event did to one read-model document. */
export const EFFECT = object({
  projection: string(),
  documentId: string(),
  change: oneOf(['created', 'updated', 'deleted', 'unchanged'] as const),
  fields: array(fieldChange),
});

/** What a stream's events did to this process's read models, and the documents they left. */
export const STREAM_EFFECTS = object({
  effects: record(array(EFFECT)),
  state: record(record(any('a document as its projection folds it'))),
});

export const READ_MODEL_NAMES = list(string());

/** A read model as it was at a past moment. */
export const READ_MODEL_AS_OF = openObject(
  { items: array(any('a document as its projection folds it')), events: integer() },
  'the documents of the read model at the moment, and how many events made them',
);

export const HEALTH = openObject(
  { status: oneOf(['ok', 'degraded', 'down'] as const) },
  'the checks of the process and its dependencies (docs/ops/health.md)',
);

export const LIVENESS = openObject({ status: string() }, 'the process answers');
