import { v7 as uuidv7 } from 'uuid';
import type { Decider } from './decider';
import type { Actor, DomainEvent, EventEnvelope, ProposedEvent } from './envelope';
import type { EventStore, ExpectedRevision } from './event-store.port';
import { ConcurrencyConflict } from './errors';
import type { KeyedExecution, KeyedRequest } from './keyed-request';
import type { Upcasters } from './upcasting';
import { upcast } from './upcasting';

/** Who asked, and the request that caused the command (correlation and causation). */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
  /** `If-Match`: the stream must be at this revision, else ConcurrencyConflict (409). */
  expectedVersion?: number;
  /** The request's Idempotency-Key, when it has one: its ids and event ids are derived from it. */
  request?: KeyedRequest;
}

/**
 * The context of a command that `event` causes — a reactor's step, or a request's next step on
 * another stream: the event's id as causation id (so the audit chain links each event to the
 * event that caused it, never to an aggregate id), the event's correlation id, and its actor
 * unless `context` names who acts (a reactor's system actor; a request going on keeps its own
 * context, its Idempotency-Key included). No expected version: If-Match guarded the decision, not
 * the steps after it. Without an event (the step before decided nothing) the step is caused by
 * what `context` says.
 */
export function causedBy(
  event: Pick<EventEnvelope, 'eventId' | 'correlationId' | 'actor'> | undefined,
  context: Partial<CommandContext> = {},
): CommandContext {
  if (!event) {
    if (!context.actor || context.correlationId === undefined) throw new Error('causedBy: no event and no context');
    return { ...context, actor: context.actor, correlationId: context.correlationId, expectedVersion: undefined };
  }
  return {
    actor: event.actor,
    correlationId: event.correlationId,
    ...context,
    expectedVersion: undefined,
    causationId: event.eventId,
  };
}

export interface CommandResult<TState> {
  state: TState;
  /** Stream revision after the command (the resource's `version`). */
  version: number;
  events: EventEnvelope[];
  /** The events were already in the stream: an earlier attempt of the same keyed request appended them. */
  replayed?: boolean;
}

export interface Schema {
  /** Current schemaVersion of each event type written by this aggregate (default 1). */
  versions?: Record<string, number>;
  upcasters?: Upcasters;
}

/**
 * Read the stream, fold it, decide, append with the exact revision read (DESIGN §3, emmett's
 * CommandHandler). Appending with an exact revision is what makes a concurrent writer fail with
 * ConcurrencyConflict instead of silently interleaving, and what lets EventStoreDB deduplicate
 * retried appends.
 *
 * A keyed request (`context.request`, an Idempotency-Key) appends events whose ids are derived
 * from the key: when the stream read already holds this execution's first event, an earlier
 * attempt of the request appended it, and the command returns the stream as it is (`replayed`)
 * without deciding or appending again — before `If-Match`, which that attempt moved past. A
 * concurrent attempt that lost the append finds them the same way after its conflict.
 */
export async function handleCommand<C, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  schema: Schema = {},
): Promise<CommandResult<S>> {
  const execution = context.request?.execution(streamId, commandType(command));
  const loaded = await loadStream(store, streamId, decider, schema.upcasters);
  const { state, revision } = loaded;
  const earlier = execution && appendedBefore(loaded.stored, execution);
  if (earlier) {
    execution.done();
    return { state, version: revision, events: earlier, replayed: true };
  }
  if (context.expectedVersion !== undefined && context.expectedVersion !== revision) {
    throw new ConcurrencyConflict(streamId, String(context.expectedVersion), String(revision));
  }
  const decided = decider.decide(command, state);
  if (decided.length === 0) {
    execution?.done();
    return { state, version: revision, events: [] };
  }
  if (context.request) context.request.touched = true;
  try {
    const result = await appendDecided(store, streamId, decider, decided, context, loaded, execution?.eventId, schema);
    execution?.done();
    return result;
  } catch (error) {
    if (!(error instanceof ConcurrencyConflict) || !execution) throw error;
    // a concurrent attempt of this very request may have won the race: then its events are ours
    const now = await loadStream(store, streamId, decider, schema.upcasters);
    const appended = appendedBefore(now.stored, execution);
    if (!appended) throw error;
    execution.done();
    return { state: now.state, version: now.revision, events: appended, replayed: true };
  }
}

/** A stream's state and revision as its writer holds them (revision -1: no stream yet). */
export interface StreamAt<S> {
  state: S;
  revision: number;
}

/**
 * A command on a stream whose state the caller already holds, because it read the stream once
 * and appended its later events itself: decide on that state and append with that revision,
 * without reading the stream again. What lets one writer append many events to one stream (a
 * run's parts) in linear time; a concurrent writer still fails it with ConcurrencyConflict.
 * `eventIds` derives the ids of the events (for a process manager that must find its own appends
 * after a crash; an exact replay of them at the same place is a no-op of the store).
 */
export async function handleCommandAt<C, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  at: StreamAt<S>,
  eventIds?: (index: number) => string,
  schema: Schema = {},
): Promise<CommandResult<S>> {
  const decided = decider.decide(command, at.state);
  if (decided.length === 0) return { state: at.state, version: at.revision, events: [] };
  return appendDecided(store, streamId, decider, decided, context, at, eventIds, schema);
}

/** Appends what was decided on `at` with `at`'s revision, and evolves `at`'s state by it. */
async function appendDecided<E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, E, S>, 'evolve'>,
  decided: E[],
  context: CommandContext,
  at: StreamAt<S>,
  eventIds: ((index: number) => string) | undefined,
  schema: Schema,
): Promise<CommandResult<S>> {
  const proposed = decided.map((event, i) => toProposed(event, context, schema.versions, eventIds?.(i)));
  const expected: ExpectedRevision = at.revision < 0 ? 'no_stream' : at.revision;
  const result = await store.append(streamId, proposed, expected);
  const state = decided.reduce((s, e) => decider.evolve(s, e), at.state);
  return { state, version: result.nextExpectedRevision, events: result.events };
}

/** The events of `execution` already in the stream (from its first event on), or null. */
function appendedBefore(stored: EventEnvelope[], execution: KeyedExecution): EventEnvelope[] | null {
  const first = stored.findIndex((e) => e.eventId === execution.eventId(0));
  if (first < 0) return null;
  let end = first + 1;
  while (end < stored.length && stored[end].eventId === execution.eventId(end - first)) end++;
  return stored.slice(first, end);
}

function commandType(command: unknown): string {
  const type = (command as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : '';
}

export async function loadState<E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initialState'>,
  upcasters: Upcasters = {},
): Promise<{ state: S; revision: number }> {
  const { state, revision } = await loadStream(store, streamId, decider, upcasters);
  return { state, revision };
}

async function loadStream<E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initialState'>,
  upcasters: Upcasters = {},
): Promise<{ state: S; revision: number; stored: EventEnvelope[] }> {
  const stored = await store.readStream(streamId);
  let state = decider.initialState();
  for (const envelope of stored) state = decider.evolve(state, upcast(envelope, upcasters) as unknown as E);
  return { state, revision: stored.length === 0 ? -1 : stored[stored.length - 1].streamRevision, stored };
}

export function toProposed(
  event: DomainEvent,
  context: CommandContext,
  versions: Record<string, number> = {},
  eventId: string = uuidv7(),
): ProposedEvent {
  return {
    eventId,
    type: event.type,
    schemaVersion: versions[event.type] ?? 1,
    occurredAt: new Date().toISOString(),
    actor: context.actor,
    correlationId: context.correlationId,
    causationId: context.causationId ?? null,
    data: event.data,
  };
}
