import type { Schema } from './command-handler';
import type { Decider } from './decider';
import type { DomainEvent } from './envelope';

/**
 * An aggregate bound once (emmett's `CommandHandler(evolve, initialState)` + `mapToStreamId`): its
 * pure decider, how an id names its stream, and the schema of its events. Use cases send commands
 * to it through `Commands.for(aggregate)` (libs/runtime) instead of writing the stream id and the
 * decider out at every call site.
 */
export interface Aggregate<C, E extends DomainEvent, S> {
  /** the aggregate's name in the domain's words (`need`, `member`), for messages and metrics */
  readonly name: string;
  readonly decider: Decider<C, E, S>;
  /** the stream of one instance, `<service>.<aggregate>-<id>` (DESIGN §3) */
  streamId(id: string): string;
  readonly schema?: Schema;
}

/** Binds a decider to its stream naming: `defineAggregate({ name: 'need', decider, streamId })`. */
export function defineAggregate<C, E extends DomainEvent, S>(definition: Aggregate<C, E, S>): Aggregate<C, E, S> {
  return Object.freeze({ ...definition });
}

/** The command type an aggregate accepts. */
export type CommandOf<A> = A extends Aggregate<infer C, any, any> ? C : never;
/** The state an aggregate folds to. */
export type StateOf<A> = A extends Aggregate<any, any, infer S> ? S : never;
