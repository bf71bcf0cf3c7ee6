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
 * The run's start, the first event of its stream, followed by its inputs in `inputParts`
 * RunInputsRecorded events (bounded like the details' parts): the first in the start's append,
 * the others each in an append of its own (`groupRunInputs`), so that no append nears the event
 * store's limit (EventStoreDB: 1 MiB per append). A run whose inputs are not all recorded (the
 * request died between those appends) takes no part and no completion.
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
  /** `inputs`: the first of the run's input parts (all of them, or fewer: the rest follow) */
  | { type: 'StartRun'; run: RunStarted; inputs: RunInputsRecorded[] }
  | { type: 'RecordRunInputs'; inputs: RunInputsRecorded[] }
  | { type: 'RecordRunPart'; part: RunPartRecorded }
  | { type: 'CompleteRun'; run: RunCompleted & { parts: number } };
export type RunEvent =
  | { type: 'matching.RunStarted'; data: RunStarted }
  | { type: 'matching.RunInputsRecorded'; data: RunInputsRecorded }
  | { type: 'matching.RunPartRecorded'; data: RunPartRecorded }
  | { type: 'matching.RunCompleted'; data: RunCompleted };
/**
 * `started`: false for a run recorded before starts existed (parts, then completion, in one
 * request); `inputs` of `inputParts` input parts recorded.
 */
export type RunState = { started: boolean; completed: boolean; parts: number; inputs: number; inputParts: number };

export const runStreamId = (runId: string) => `matching.run-${runId}`;

/**
 * A run is recorded once: its start with its inputs (in order, in one append or several), its
 * parts in order, then its summary, which names how many parts there are.
 */
export const runDecider: Decider<RunCommand, RunEvent, RunState> = {
  initialState: () => ({ started: false, completed: false, parts: 0, inputs: 0, inputParts: 0 }),
  decide(command, state) {
    if (state.completed) throw new InvalidStateTransition('run already recorded');
    if (command.type === 'StartRun') {
      if (state.started || state.parts > 0) throw new InvalidStateTransition('run already started');
      if (command.inputs.length > command.run.inputParts || command.inputs.some((p, i) => p.part !== i))
        throw new InvalidStateTransition(`the run names ${command.run.inputParts} input parts, not these`);
      return [{ type: 'matching.RunStarted', data: command.run }, ...inputsRecorded(command.inputs)];
    }
    if (command.type === 'RecordRunInputs') {
      if (!state.started) throw new InvalidStateTransition('the run has no recorded start');
      const next = state.inputs + command.inputs.length;
      if (next > state.inputParts || command.inputs.some((p, i) => p.part !== state.inputs + i))
        throw new InvalidStateTransition(
          `input parts ${command.inputs.map((p) => p.part).join(', ')} of the run, expected from part ${state.inputs} of ${state.inputParts}`,
        );
      return inputsRecorded(command.inputs);
    }
    if (state.inputs < state.inputParts)
      throw new InvalidStateTransition(
        `the run's start was cut short: ${state.inputs} of its ${state.inputParts} input parts are recorded`,
        { inputs: state.inputs, inputParts: state.inputParts },
        'run_start_incomplete',
      );
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
        return { ...state, started: true, inputParts: event.data.inputParts };
      case 'matching.RunInputsRecorded':
        return { ...state, inputs: state.inputs + 1 };
      case 'matching.RunPartRecorded':
        return { ...state, parts: state.parts + 1 };
      case 'matching.RunCompleted':
        return { ...state, completed: true };
    }
  },
};

const inputsRecorded = (inputs: RunInputsRecorded[]) =>
  inputs.map((data) => ({ type: 'matching.RunInputsRecorded' as const, data }));

/**
 * The UTF-8 bytes of a value's JSON, as an event store counts an event (a Chinese character is
 * three bytes where `JSON.stringify(v).length` counts one) — plus one for the comma between items.
 */
const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8') + 1;

/** Cuts a run's inputs into parts whose JSON stays under `maxBytes` of UTF-8 (roughly, whole items each). */
export function splitRunInputs(runId: string, inputs: RunInputs, maxBytes: number): RunInputsRecorded[] {
  const parts: RunInputsRecorded[] = [];
  let current: RunInputsRecorded = { runId, part: 0, needs: [], offers: [], supersedes: [] };
  let bytes = 0;
  const add = (item: unknown, put: (part: RunInputsRecorded) => void) => {
    const size = jsonBytes(item);
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

/**
 * The input parts in the appends that record them: consecutive parts, at most `maxBytes` of JSON
 * an append (at least one part each). The first goes with the run's start.
 */
export function groupRunInputs(parts: RunInputsRecorded[], maxBytes: number): RunInputsRecorded[][] {
  const groups: RunInputsRecorded[][] = [];
  let bytes = Infinity;
  for (const part of parts) {
    const size = jsonBytes(part);
    if (bytes + size > maxBytes) {
      groups.push([]);
      bytes = 0;
    }
    groups[groups.length - 1].push(part);
    bytes += size;
  }
  return groups;
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
 * items). A need's pairs and exclusions go in the same part where they fit, so that reading one
 * need's alternatives stays simple; a need with more eligible offers than one part holds (a
 * district's need eligible for thousands) has its pairs over several parts, its exclusions in
 * each, so that no part outgrows the budget. The content is ASCII (ids, codes, numbers): counted
 * in UTF-8 or in characters, the cut is the same (a run resumed across versions cuts the parts its
 * first recording cut).
 */
export function splitRunDetails(
  runId: string,
  details: Omit<RunDetails, 'pairs'> & { pairs: Iterable<Pair> },
  maxBytes: number,
): RunPartRecorded[] {
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
  const size = jsonBytes;
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
    const exclusionBytes = excluded ? size(excluded) + needId.length + 3 : 0;
    for (const chunk of chunked(pairs, maxBytes - exclusionBytes))
      add(size(chunk) + exclusionBytes, (part) => {
        part.pairs.push(...chunk);
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

/** `pairs` whole if they fit in `maxBytes`, else cut in runs of pairs that do (one pair at least). */
function chunked(pairs: Pair[], maxBytes: number): Pair[][] {
  if (jsonBytes(pairs) <= maxBytes) return [pairs];
  const chunks: Pair[][] = [[]];
  let bytes = 2;
  for (const pair of pairs) {
    const size = jsonBytes(pair);
    if (chunks[chunks.length - 1].length > 0 && bytes + size > maxBytes) {
      chunks.push([]);
      bytes = 2;
    }
    chunks[chunks.length - 1].push(pair);
    bytes += size;
  }
  return chunks;
}

function emptyPart(runId: string, part: number): RunPartRecorded {
  return { runId, part, pairs: [], unmatched: [], exclusions: {}, capacities: {}, proposalIds: [] };
}

/** A matching run, bound once to its stream. */
export const runAggregate = defineAggregate({ name: 'run', decider: runDecider, streamId: runStreamId });
