import { v7 as uuidv7 } from 'uuid';
import type { Decider } from './decider';
import type { Actor, DomainEvent, EventEnvelope, ProposedEvent } from './envelope';
import type { EventStore, ExpectedRevision } from './event-store.port';
import { ConcurrencyConflict } from './errors';
import type { Upcasters } from './upcasting';
import { upcast } from './upcasting';

/** Who asked, and the request that caused the command (correlation and causation). */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
  /** `If-Match`: the stream must be at this revision, else ConcurrencyConflict (409). */
  expectedVersion?: number;
}

export interface CommandResult<TState> {
  state: TState;
  /** Stream revision after the command (the resource's `version`). */
  version: number;
  events: EventEnvelope[];
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
 */
export async function handleCommand<C, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  schema: Schema = {},
): Promise<CommandResult<S>> {
  const { state, revision } = await loadState(store, streamId, decider, schema.upcasters);
  if (context.expectedVersion !== undefined && context.expectedVersion !== revision) {
    throw new ConcurrencyConflict(streamId, String(context.expectedVersion), String(revision));
  }
  const decided = decider.decide(command, state);
  if (decided.length === 0) return { state, version: revision, events: [] };
  const proposed = decided.map((event) => toProposed(event, context, schema.versions));
  const expected: ExpectedRevision = revision < 0 ? 'no_stream' : revision;
  const result = await store.append(streamId, proposed, expected);
  const next = decided.reduce((s, e) => decider.evolve(s, e), state);
  return { state: next, version: result.nextExpectedRevision, events: result.events };
}

export async function loadState<E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initialState'>,
  upcasters: Upcasters = {},
): Promise<{ state: S; revision: number }> {
  const stored = await store.readStream(streamId);
  let state = decider.initialState();
  for (const envelope of stored) state = decider.evolve(state, upcast(envelope, upcasters) as unknown as E);
  return { state, revision: stored.length === 0 ? -1 : stored[stored.length - 1].streamRevision };
}

export function toProposed(
  event: DomainEvent,
  context: CommandContext,
  versions: Record<string, number> = {},
): ProposedEvent {
  return {
    eventId: uuidv7(),
    type: event.type,
    schemaVersion: versions[event.type] ?? 1,
    occurredAt: new Date().toISOString(),
    actor: context.actor,
    correlationId: context.correlationId,
    causationId: context.causationId ?? null,
    data: event.data,
  };
}
