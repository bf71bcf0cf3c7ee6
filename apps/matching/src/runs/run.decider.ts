import { type Decider, InvalidStateTransition } from '@gongjian/eventing';
import type { Exclusion, Pair } from '../engine/engine';

export interface RunStats {
  needs: number;
  offers: number;
  eligiblePairs: number;
  assignedQuantity: number;
  objective: number;
  millis: number;
}

export interface RunCompleted {
  runId: string;
  scopeOrgId: string;
  weights: Record<string, number>;
  stats: RunStats;
  /** every eligible pair the run considered, with its score, breakdown and assigned quantity */
  pairs: Pair[];
  unmatched: Array<{ needId: string; excludedBy: Record<Exclusion, number> }>;
  exclusions: Record<string, Record<Exclusion, number>>;
  capacities: Record<string, number>;
  proposalIds: string[];
}

export type RunCommand = { type: 'CompleteRun'; run: RunCompleted };
export type RunEvent = { type: 'matching.RunCompleted'; data: RunCompleted };
export type RunState = { completed: boolean };

export const runStreamId = (runId: string) => `matching.run-${runId}`;

/** A run is recorded once, with everything needed to check it afterwards. */
export const runDecider: Decider<RunCommand, RunEvent, RunState> = {
  initialState: () => ({ completed: false }),
  decide(command, state) {
    if (state.completed) throw new InvalidStateTransition('run already recorded');
    return [{ type: 'matching.RunCompleted', data: command.run }];
  },
  evolve: () => ({ completed: true }),
};
