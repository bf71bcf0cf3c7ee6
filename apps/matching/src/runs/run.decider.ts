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

/** What a run records to be checked afterwards: every eligible pair, and why needs went unserved. */
export interface RunDetails {
  /** every eligible pair the run considered, with its score, breakdown and assigned quantity */
  pairs: Pair[];
  unmatched: Array<{ needId: string; excludedBy: Record<Exclusion, number> }>;
  exclusions: Record<string, Record<Exclusion, number>>;
  capacities: Record<string, number>;
  proposalIds: string[];
}

/**
 * One part of a run's details. A district's run considers a million pairs and more (hundreds of
 * megabytes of JSON), far beyond what one event may carry on Kafka (1 MB by default), EventStoreDB
 * (1 MB per append) or MongoDB (16 MB per document): the details go in parts of a bounded size,
 * each its own event, in order, before the run completes.
 */
export interface RunPartRecorded extends RunDetails {
  runId: string;
  /** 0, 1, 2… */
  part: number;
}

/**
 * The run's summary: its details are in the `parts` `RunPartRecorded` events before it. A run
 * recorded before parts existed has no `parts` and carries its details itself (read as one part).
 */
export interface RunCompleted extends Partial<RunDetails> {
  runId: string;
  scopeOrgId: string;
  weights: Record<string, number>;
  stats: RunStats;
  parts?: number;
}

export type RunCommand =
  { type: 'RecordRunPart'; part: RunPartRecorded } | { type: 'CompleteRun'; run: RunCompleted & { parts: number } };
export type RunEvent =
  { type: 'matching.RunPartRecorded'; data: RunPartRecorded } | { type: 'matching.RunCompleted'; data: RunCompleted };
export type RunState = { completed: boolean; parts: number };

export const runStreamId = (runId: string) => `matching.run-${runId}`;

/** A run is recorded once: its parts in order, then its summary, which names how many parts there are. */
export const runDecider: Decider<RunCommand, RunEvent, RunState> = {
  initialState: () => ({ completed: false, parts: 0 }),
  decide(command, state) {
    if (state.completed) throw new InvalidStateTransition('run already recorded');
    if (command.type === 'RecordRunPart') {
      if (command.part.part !== state.parts)
        throw new InvalidStateTransition(`part ${command.part.part} of the run, expected part ${state.parts}`);
      return [{ type: 'matching.RunPartRecorded', data: command.part }];
    }
    if (command.run.parts !== state.parts)
      throw new InvalidStateTransition(`the run has ${state.parts} parts recorded, not ${command.run.parts}`);
    return [{ type: 'matching.RunCompleted', data: command.run }];
  },
  evolve: (state, event) =>
    event.type === 'matching.RunPartRecorded' ? { ...state, parts: state.parts + 1 } : { ...state, completed: true },
};

/**
 * Cuts a run's details into parts whose JSON stays under `maxBytes` (roughly: a part holds whole
 * items; one item larger than the budget gets a part of its own). A need's pairs and exclusions go
 * in the same part where they fit, so that reading one need's alternatives stays simple.
 */
export function splitRunDetails(runId: string, details: RunDetails, maxBytes: number): RunPartRecorded[] {
  const parts: RunPartRecorded[] = [];
  let current = emptyPart(runId, 0);
  let bytes = 0;
  const add = (size: number, put: (part: RunPartRecorded) => void) => {
    if (bytes > 0 && bytes + size > maxBytes) {
      parts.push(current);
      current = emptyPart(runId, parts.length);
      bytes = 0;
    }
    put(current);
    bytes += size;
  };
  const size = (value: unknown) => JSON.stringify(value).length + 1;
  const byNeed = new Map<string, Pair[]>();
  for (const pair of details.pairs) {
    const pairs = byNeed.get(pair.needId);
    if (pairs) pairs.push(pair);
    else byNeed.set(pair.needId, [pair]);
  }
  const needIds = new Set([...byNeed.keys(), ...Object.keys(details.exclusions)]);
  for (const needId of needIds) {
    const pairs = byNeed.get(needId) ?? [];
    const excluded = details.exclusions[needId];
    add(size(pairs) + (excluded ? size(excluded) + needId.length + 3 : 0), (part) => {
      part.pairs.push(...pairs);
      if (excluded) part.exclusions[needId] = excluded;
    });
  }
  for (const unmatched of details.unmatched) add(size(unmatched), (part) => part.unmatched.push(unmatched));
  for (const [offerId, capacity] of Object.entries(details.capacities))
    add(offerId.length + 20, (part) => (part.capacities[offerId] = capacity));
  for (const proposalId of details.proposalIds) add(proposalId.length + 3, (part) => part.proposalIds.push(proposalId));
  parts.push(current);
  return parts;
}

function emptyPart(runId: string, part: number): RunPartRecorded {
  return { runId, part, pairs: [], unmatched: [], exclusions: {}, capacities: {}, proposalIds: [] };
}
