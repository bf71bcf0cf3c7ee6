import type { Decider } from '../decider';
import type { DomainEvent } from '../envelope';

/**
 * Given/when/then for deciders (emmett's DeciderSpecification):
 *   spec.given([NeedPosted]).when(CancelNeed).then([NeedCancelled])
 *   spec.given([]).when(CancelNeed).thenThrows(NotFound)
 */
export function deciderSpecification<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(events: E[]) {
      const state = events.reduce((s, e) => decider.evolve(s, e), decider.initialState());
      return {
        when(command: C) {
          const run = () => decider.decide(command, state);
          return {
            then(expected: E[] | ((events: E[]) => void)) {
              const actual = run();
              if (typeof expected === 'function') expected(actual);
              else expect(actual).toEqual(expected);
            },
            thenThrows(errorType: abstract new (...args: any[]) => Error, message?: string | RegExp) {
              expect(run).toThrow(errorType as any);
              if (message) expect(run).toThrow(message);
            },
          };
        },
      };
    },
  };
}
