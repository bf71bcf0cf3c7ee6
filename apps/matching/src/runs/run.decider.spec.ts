import { InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type RunCompleted, type RunEvent, runDecider, runStreamId } from './run.decider';

const breakdown = { base: 1, tags: 0.5, proximity: 1, pairing: 0, urgency: 0.67, window: 1, evaluation: 0.5 };
const run: RunCompleted = {
  runId: 'r-1',
  scopeOrgId: 'org-1',
  weights: { base: 1, tags: 3, proximity: 2, pairing: 2, urgency: 1.5, window: 1, evaluation: 1 },
  stats: { needs: 2, offers: 1, eligiblePairs: 1, assignedQuantity: 10, objective: 91.7, millis: 3 },
  pairs: [{ needId: 'n-1', offerId: 'o-1', score: 9.17, breakdown, quantity: 10 }],
  unmatched: [{ needId: 'n-2', excludedBy: { category: 1, unit: 0, window: 0, area: 0 } }],
  exclusions: {
    'n-1': { category: 0, unit: 0, window: 0, area: 0 },
    'n-2': { category: 1, unit: 0, window: 0, area: 0 },
  },
  capacities: { 'o-1': 40 },
  proposalIds: ['p-1'],
};
const recorded: RunEvent = { type: 'matching.RunCompleted', data: run };
const spec = deciderSpecification(runDecider);

describe('run decider', () => {
  it('lives in its own stream', () => expect(runStreamId('r-1')).toBe('matching.run-r-1'));

  it('records a run with everything needed to check it afterwards', () =>
    spec.given([]).when({ type: 'CompleteRun', run }).then([recorded]));

  it('records an empty run too', () => {
    const empty: RunCompleted = {
      ...run,
      stats: { needs: 0, offers: 0, eligiblePairs: 0, assignedQuantity: 0, objective: 0, millis: 0 },
      pairs: [],
      unmatched: [],
      exclusions: {},
      capacities: {},
      proposalIds: [],
    };
    spec
      .given([])
      .when({ type: 'CompleteRun', run: empty })
      .then([{ type: 'matching.RunCompleted', data: empty }]);
  });

  it('a recorded run is completed', () => {
    expect(runDecider.initialState()).toEqual({ completed: false });
    expect(runDecider.evolve(runDecider.initialState(), recorded)).toEqual({ completed: true });
  });

  it('records a run only once, even with different results', () => {
    spec
      .given([recorded])
      .when({ type: 'CompleteRun', run })
      .thenThrows(InvalidStateTransition, /run already recorded/);
    spec
      .given([recorded])
      .when({ type: 'CompleteRun', run: { ...run, proposalIds: [] } })
      .thenThrows(InvalidStateTransition, /run already recorded/);
  });
});
