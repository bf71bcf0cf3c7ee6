import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  ServiceUnavailableException,
} from '@nestjs/common';
import {
  causedBy,
  type CommandContext,
  ConcurrencyConflict,
  derivedUuidV7,
  type EventEnvelope,
  InvalidStateTransition,
  KeyedRequest,
  NotFound,
  sameJson,
} from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { type RunResult, runMatching } from '../engine/engine';
import type { Weights } from '../engine/scoring';
import { proposalAggregate, type ProposalMade } from '../proposals/proposal.decider';
import { MatchingReadModels } from '../read-models';
import {
  groupRunInputs,
  joinRunInputs,
  runAggregate,
  runDecider,
  type RunInputs,
  type RunInputsRecorded,
  type RunStarted,
  type RunState,
  type RunStats,
  splitRunDetails,
} from './run.decider';

/** What a recorded run gives its request: its proposals, figures and unserved needs. */
export interface RecordedRun {
  runId: string;
  proposals: ProposalMade[];
  stats: RunStats;
  unmatched: RunResult['unmatched'];
}

/**
 * The process stops: the run is left where it is, and recorded to its end at the next start. A 503
 * HTTP exception, not a domain error: the service is going away (a transport matter), and the
 * client may ask again once it is back.
 */
export class RecordingInterrupted extends ServiceUnavailableException {
  constructor(runId: string) {
    super({
      statusCode: 503,
      error: 'run_interrupted',
      message: `the service is stopping: run ${runId} is recorded to its end when it starts again`,
    });
  }
}

/**
 * Called before each step of a recording (the tests and the bench watch them): what it returns is
 * awaited, a throw stops the recording there.
 */
export type RunStep = (step: {
  runId: string;
  kind: 'supersede' | 'proposal' | 'part' | 'complete';
  /** 0, 1, 2… within its kind */
  index: number;
}) => void | Promise<void>;

/**
 * The process manager of a matching run. The request decides the run and records its start —
 * RunStarted and the inputs it was decided on, in one append — then asks this flow to record the
 * rest: supersede the stale proposals, make the new ones, append the details' parts, complete.
 * Every step is idempotent, so the flow can be run again on a run from its start after a crash:
 * - the engine is a pure function of the recorded inputs, so the pairs, proposals and parts
 *   come out the same; proposal ids are derived from the run id and the proposal's rank, event
 *   ids from the run id and the stream (a proposal already made, a supersession already
 *   appended, a part already there are found and skipped, never appended twice);
 * - the parts go on the run stream read once, each appended at the revision the flow holds
 *   (`executeAt`): linear in the parts, where re-reading the stream per part was quadratic.
 * At every start of the service the flow resumes the runs the read model shows `recording`
 * (a process that died, or stopped, midway). It is not a bus reactor: a run's start is an
 * internal event, and recording a district run would hold the bus for its whole length.
 */
@Injectable()
export class RunFlow implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RunFlow');
  private readonly recording = new Map<string, Promise<RecordedRun>>();
  private stopping = false;
  private stop!: () => void;
  /** Resolves when the process begins to stop (the recordings stop at their next step). */
  readonly stopped = new Promise<void>((resolve) => (this.stop = resolve));
  private resuming: Promise<string[]> | null = null;
  /** called before each step (tests, bench) */
  onStep: RunStep | null = null;

  private readonly runs;
  private readonly proposals;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
  ) {
    this.runs = commands.for(runAggregate);
    this.proposals = commands.for(proposalAggregate);
  }

  /** After the read models are prepared (startApp prepares them before the app's init). */
  onApplicationBootstrap(): void {
    this.resuming = this.resumeUnfinished();
  }

  /** Before the stores close: the recordings stop at their next step, and are awaited. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.stop();
    await Promise.allSettled([...this.recording.values(), this.resuming]);
  }

  /** The unfinished runs recorded to their end (the ids of those it finished). */
  async resumeUnfinished(): Promise<string[]> {
    const finished: string[] = [];
    for (const run of await this.readModels.runs.find({ status: 'recording' })) {
      if (this.stopping) break;
      try {
        await this.record(run._id);
        finished.push(run._id);
        this.logger.log(`resumed run ${run._id}: recorded to its end`);
      } catch (error) {
        if (!(error instanceof RecordingInterrupted)) this.logger.error(`run ${run._id} not resumed: ${String(error)}`);
      }
    }
    return finished;
  }

  /**
   * Records a run's start: RunStarted with the first of its input parts in one append, then the
   * other parts, each append at most `run.partBytes` of inputs (groupRunInputs), so that a
   * district's run (~6.5 MB of inputs for 20,000 needs × 5,000 offers) makes no append near the
   * event store's limit (EventStoreDB: 1 MiB). The start's events as appended, or `replayed`: an
   * Idempotency-Key's retry found its start (`record` then reads where the stream got to), and
   * appended the parts a start cut short lacks when the retry read the same inputs.
   */
  async start(run: RunStarted, inputs: RunInputsRecorded[], context: CommandContext) {
    const [first = [], ...rest] = groupRunInputs(inputs, run.partBytes);
    const started = await this.runs.execute(run.runId, { type: 'StartRun', run, inputs: first }, context);
    if (started.replayed) {
      await this.finishStart(run.runId, inputs);
      return { events: undefined, replayed: true };
    }
    const events = [...started.events];
    events.push(...(await this.appendInputs(run, rest, causedBy(events[0]), toAt(started))));
    return { events, replayed: false };
  }

  /**
   * The input parts after the first, each group in an append of its own at the revision held:
   * caused by the start, their ids derived from the run and the part, as the flow's steps.
   */
  private async appendInputs(
    run: RunStarted,
    groups: RunInputsRecorded[][],
    ctx: CommandContext,
    at: { state: RunState; revision: number },
  ) {
    const events: EventEnvelope[] = [];
    for (const group of groups) {
      const ids = (index: number) => derivedUuidV7(run.startedAt, index, ['run', run.runId, `inputs ${group[0].part}`]);
      const recorded = await this.runs.executeAt(run.runId, { type: 'RecordRunInputs', inputs: group }, ctx, at, ids);
      events.push(...recorded.events);
      at = toAt(recorded);
    }
    return events;
  }

  /**
   * A keyed retry found its run started. Were the start cut short (an outage between its
   * appends), the parts it lacks are appended — only when the retry read the very inputs the
   * recorded parts hold (the same parts, so the run is decided on one read of the read models);
   * else the run stays cut short and `record` refuses it.
   */
  private async finishStart(runId: string, inputs: RunInputsRecorded[]): Promise<void> {
    const stored = await this.runs.events(runId);
    if (stored[0]?.type !== 'matching.RunStarted') return;
    const run = stored[0].data as RunStarted;
    const recorded = stored.filter((e) => e.type === 'matching.RunInputsRecorded').map((e) => e.data);
    if (recorded.length >= run.inputParts || inputs.length !== run.inputParts) return;
    if (recorded.some((part, i) => !sameJson(part, inputs[i]))) return;
    const rest = groupRunInputs(inputs.slice(recorded.length), run.partBytes);
    await this.appendInputs(run, rest, causedBy(stored[0]), fold(stored));
  }

  /** Resolves once the resumption the start began is over (tests). */
  resumed(): Promise<string[]> {
    return this.resuming ?? Promise.resolve([]);
  }

  /**
   * Records the run to its end, from wherever its stream is. `start`: the start events the
   * caller just appended (so the stream is not read back); else the stream is read once. A run
   * being recorded in this process is not recorded twice at once: the caller joins it.
   */
  record(runId: string, start?: EventEnvelope[]): Promise<RecordedRun> {
    const inFlight = this.recording.get(runId);
    if (inFlight) return inFlight;
    const recording = this.recordFrom(runId, start).finally(() => this.recording.delete(runId));
    this.recording.set(runId, recording);
    return recording;
  }

  private async recordFrom(runId: string, known?: EventEnvelope[]): Promise<RecordedRun> {
    // the run's inputs are in its stream only (its state keeps no more than where it got to)
    let stored = known ?? (await this.runs.events(runId));
    const first = stored[0];
    if (first?.type !== 'matching.RunStarted') throw new NotFound(`run ${runId} has no recorded start`);
    const run = first.data as RunStarted;
    const inputParts = stored
      .filter((e) => e.type === 'matching.RunInputsRecorded')
      .map((e) => e.data as RunInputsRecorded);
    // the request died between the appends of the start: the run was never decided on all its
    // inputs, and the read models have moved on since, so it is not recorded (it stays `recording`)
    if (inputParts.length < run.inputParts)
      throw new InvalidStateTransition(
        `run ${runId} cannot be recorded: its start was cut short (${inputParts.length} of ${run.inputParts} input parts)`,
        { runId, inputs: inputParts.length, inputParts: run.inputParts },
        'run_start_incomplete',
      );
    const inputs = joinRunInputs(inputParts);
    const solveStarted = performance.now();
    const result = runMatching(inputs.needs, inputs.offers, run.weights as Weights);
    const millis = Math.round(performance.now() - solveStarted);
    const proposals = proposalsOf(run, result, inputs);
    const stats: RunStats = {
      needs: inputs.needs.length,
      offers: inputs.offers.length,
      eligiblePairs: result.pairs.length,
      assignedQuantity: result.assignedQuantity,
      objective: result.objective,
      millis,
    };
    const outcome = { runId, proposals, stats, unmatched: result.unmatched };
    let at = fold(stored);
    stored = []; // the inputs' events may be megabytes: keep only what was derived from them
    if (at.state.completed) return outcome;

    // the run's own steps: the starter's actor and correlation, caused by the start; the event ids
    // of each step derived from the run id (KeyedRequest), so a second pass finds the first's
    const ctx: CommandContext = { ...causedBy(first), request: new KeyedRequest('matching.run', runId, run.startedAt) };
    for (const [index, proposalId] of inputs.supersedes.entries()) {
      await this.step(runId, 'supersede', index);
      await this.once(() => this.proposals.execute(proposalId, { type: 'SupersedeProposal', byRunId: runId }, ctx));
    }
    for (const [index, proposal] of proposals.entries()) {
      await this.step(runId, 'proposal', index);
      await this.once(() => this.proposals.execute(proposal.proposalId, { type: 'MakeProposal', proposal }, ctx));
    }
    const details = {
      pairs: result.pairs,
      unmatched: result.unmatched,
      exclusions: result.exclusions,
      capacities: result.capacities,
      proposalIds: proposals.map((p) => p.proposalId),
    };
    const parts = splitRunDetails(runId, details, run.partBytes);
    const eventId = (what: string) => (index: number) => derivedUuidV7(run.startedAt, index, ['run', runId, what]);
    while (!at.state.completed) {
      try {
        if (at.state.parts < parts.length) {
          const part = parts[at.state.parts];
          await this.step(runId, 'part', part.part);
          at = toAt(
            await this.runs.executeAt(runId, { type: 'RecordRunPart', part }, ctx, at, eventId(`part ${part.part}`)),
          );
        } else {
          const summary = { runId, scopeOrgId: run.scopeOrgId, weights: run.weights, stats, parts: parts.length };
          await this.step(runId, 'complete', 0);
          at = toAt(
            await this.runs.executeAt(runId, { type: 'CompleteRun', run: summary }, ctx, at, eventId('completed')),
          );
        }
      } catch (error) {
        // another process resuming the same run appended first: read where it got to, go on from there
        if (!(error instanceof ConcurrencyConflict)) throw error;
        at = await this.runs.load(runId);
      }
    }
    return outcome;
  }

  private async step(runId: string, kind: Parameters<RunStep>[0]['kind'], index: number): Promise<void> {
    if (this.stopping) throw new RecordingInterrupted(runId);
    await this.onStep?.({ runId, kind, index });
    if (this.stopping) throw new RecordingInterrupted(runId);
  }

  /** A step whose decider refuses it: done already (by this run, replayed) or no longer to do. */
  private async once(step: () => Promise<unknown>): Promise<void> {
    try {
      await step();
    } catch (error) {
      // superseding a proposal accepted, rejected or superseded by another run since the start
      if (!(error instanceof InvalidStateTransition) && !(error instanceof NotFound)) throw error;
    }
  }
}

/**
 * One proposal per pair the optimum assigned a quantity to, in the order of the pairs, with an id
 * derived from the run id and its rank: the same ids however often the run is recorded.
 */
export function proposalsOf(run: RunStarted, result: RunResult, inputs: RunInputs): ProposalMade[] {
  const needById = new Map(inputs.needs.map((n) => [n.id, n]));
  const offerById = new Map(inputs.offers.map((o) => [o.id, o]));
  const proposals: ProposalMade[] = [];
  for (const pair of result.pairs.chosen()) {
    const need = needById.get(pair.needId)!;
    proposals.push({
      proposalId: derivedUuidV7(run.startedAt, proposals.length, ['proposal', run.runId]),
      runId: run.runId,
      scopeOrgId: run.scopeOrgId,
      needId: pair.needId,
      offerId: pair.offerId,
      communityId: need.communityId,
      unitId: offerById.get(pair.offerId)!.unitId,
      quantity: { amount: pair.quantity, unit: need.remaining.unit },
      score: pair.score,
      breakdown: pair.breakdown,
    });
  }
  return proposals;
}

function fold(stored: EventEnvelope[]): { state: RunState; revision: number } {
  let state = runDecider.initialState();
  for (const event of stored) state = runDecider.evolve(state, event as never);
  return { state, revision: stored.length === 0 ? -1 : stored[stored.length - 1].streamRevision };
}

const toAt = ({ state, version }: { state: RunState; version: number }) => ({ state, revision: version });
