import type { DomainEvent } from './envelope';

/**
 * An aggregate as three pure functions (STYLE §2): no classes, no I/O, no Nest.
 * `decide` throws typed errors (DomainRuleViolation, InvalidStateTransition, NotFound).
 */
export interface Decider<TCommand, TEvent extends DomainEvent, TState> {
  decide(command: TCommand, state: TState): TEvent[];
  evolve(state: TState, event: TEvent): TState;
  initialState(): TState;
}

export function fold<TEvent extends DomainEvent, TState>(
  decider: Pick<Decider<unknown, TEvent, TState>, 'evolve' | 'initialState'>,
  events: Iterable<TEvent>,
): TState {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
