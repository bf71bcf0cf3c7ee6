import { type Decider, defineAggregate, InvalidStateTransition } from '@gongjian/eventing';
import type { Exclusion, NeedInput, OfferInput, Pair } from '../engine/engine';

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

/**
 * What a run was decided on: the needs and offers as the request read them (less what
 * half-accepted proposals hold) and the pending proposals it supersedes. The engine is a pure
 * function of these and the weights, so whoever records the run — the request, or the run flow
 * after a crash — computes the same pairs and proposals from them.
 */
export interface RunInputs {
  needs: NeedInput[];
  offers: OfferInput[];
  /** ids of the pending proposals (no side accepted) the run supersedes */
  supersedes: string[];
}

/**
 * The run's start, the first event of its stream, followed in the same append by its inputs in
 * `inputParts` RunInputsRecorded events (bounded like the details' parts).
 */
export interface RunStarted {
  runId: string;
  scopeOrgId: string;
  weights: Record<string, number>;
  /** epoch milliseconds: the timestamp of the ids the run flow derives from the run id */
  startedAt: number;
  /** the bound of a part's JSON (MATCHING_RUN_PART_BYTES when it started): a resume cuts the same parts */
  partBytes: number;
  inputParts: number;
}

export interface RunInputsRecorded extends RunInputs {
  runId: string;
  /** 0, 1, 2… */
  part: number;
}

export type RunCommand =
  | { type: 'StartRun'; run: RunStarted; inputs: RunInputsRecorded[] }
  | { type: 'RecordRunPart'; part: RunPartRecorded }
  | { type: 'CompleteRun'; run: RunCompleted & { parts: number } };
export type RunEvent =
  | { type: 'matching.RunStarted'; data: RunStarted }
  | { type: 'matching.RunInputsRecorded'; data: RunInputsRecorded }
  | { type: 'matching.RunPartRecorded'; data: RunPartRecorded }
  | { type: 'matching.RunCompleted'; data: RunCompleted };
/** `started`: false for a run recorded before starts existed (parts, then completion, in one request) */
export type RunState = { started: boolean; completed: boolean; parts: number };

export const runStreamId = (runId: string) => `matching.run-${runId}`;

/**
 * A run is recorded once: its start with its inputs, its parts in order, then its summary, which
 * names how many parts there are.
 */
export const runDecider: Decider<RunCommand, RunEvent, RunState> = {
  initialState: () => ({ started: false, completed: false, parts: 0 }),
  decide(command, state) {
    if (state.completed) throw new InvalidStateTransition('run already recorded');
    if (command.type === 'StartRun') {
      if (state.started || state.parts > 0) throw new InvalidStateTransition('run already started');
      if (command.inputs.length !== command.run.inputParts || command.inputs.some((p, i) => p.part !== i))
        throw new InvalidStateTransition(`the run names ${command.run.inputParts} input parts, not these`);
      return [
        { type: 'matching.RunStarted', data: command.run },
        ...command.inputs.map((data) => ({ type: 'matching.RunInputsRecorded' as const, data })),
      ];
    }
    if (command.type === 'RecordRunPart') {
      if (command.part.part !== state.parts)
        throw new InvalidStateTransition(`part ${command.part.part} of the run, expected part ${state.parts}`);
      return [{ type: 'matching.RunPartRecorded', data: command.part }];
    }
    if (command.run.parts !== state.parts)
      throw new InvalidStateTransition(`the run has ${state.parts} parts recorded, not ${command.run.parts}`);
    return [{ type: 'matching.RunCompleted', data: command.run }];
  },
  evolve(state, event) {
    switch (event.type) {
      case 'matching.RunStarted':
        return { ...state, started: true };
      case 'matching.RunInputsRecorded':
        return state;
      case 'matching.RunPartRecorded':
        return { ...state, parts: state.parts + 1 };
      case 'matching.RunCompleted':
        return { ...state, completed: true };
    }
  },
};

/** Cuts a run's inputs into parts whose JSON stays under `maxBytes` (roughly, whole items each). */
export function splitRunInputs(runId: string, inputs: RunInputs, maxBytes: number): RunInputsRecorded[] {
  const parts: RunInputsRecorded[] = [];
  let current: RunInputsRecorded = { runId, part: 0, needs: [], offers: [], supersedes: [] };
  let bytes = 0;
  const add = (item: unknown, put: (part: RunInputsRecorded) => void) => {
    const size = JSON.stringify(item).length + 1;
    if (bytes > 0 && bytes + size > maxBytes) {
      parts.push(current);
      current = { runId, part: parts.length, needs: [], offers: [], supersedes: [] };
      bytes = 0;
    }
    put(current);
    bytes += size;
  };
  for (const need of inputs.needs) add(need, (part) => part.needs.push(need));
  for (const offer of inputs.offers) add(offer, (part) => part.offers.push(offer));
  for (const id of inputs.supersedes) add(id, (part) => part.supersedes.push(id));
  parts.push(current);
  return parts;
}

/** The inputs put back together from their parts, in order. */
export function joinRunInputs(parts: RunInputsRecorded[]): RunInputs {
  const inputs: RunInputs = { needs: [], offers: [], supersedes: [] };
  for (const part of [...parts].sort((a, b) => a.part - b.part)) {
    for (const need of part.needs) inputs.needs.push(need);
    for (const offer of part.offers) inputs.offers.push(offer);
    for (const id of part.supersedes) inputs.supersedes.push(id);
  }
  return inputs;
}

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

/** A matching run, bound once to its stream. */
export const runAggregate = defineAggregate({ name: 'run', decider: runDecider, streamId: runStreamId });
