import { type Actor, SYSTEM_ACTOR } from '@gongjian/eventing';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import {
  envelopes,
  type GivenEvent,
  projectionSpecification,
} from '@gongjian/read-models/testing/projection-specification';
import type { Pair } from '../engine/engine';
import type { RunCompleted, RunPartRecorded, RunStarted, RunStats } from './run.decider';
import { loadRun, runPartsProjection, runsProjection, unfinishedRuns } from './runs.projection';

const stream = 'matching.run-r1';
const streetAdmin = { accountId: 'jiedao-admin', role: 'street_admin', orgId: 'street-1' };
const weights = { base: 1, tags: 3, proximity: 2, pairing: 2, urgency: 1.5, window: 1, evaluation: 1 };
const breakdown = { base: 1, tags: 0.5, proximity: 1, pairing: 0, urgency: 0.67, window: 1, evaluation: 0.5 };
const stats: RunStats = { needs: 2, offers: 2, eligiblePairs: 3, assignedQuantity: 30, objective: 275.1, millis: 12 };
const pair = (needId: string, offerId: string, quantity: number): Pair => ({
  needId,
  offerId,
  score: 9.17,
  breakdown,
  quantity,
});

const startedData: RunStarted = {
  runId: 'r1',
  scopeOrgId: 'street-1',
  weights,
  startedAt: Date.parse('2026-12-01T08:00:00.000Z'),
  partBytes: 262_144,
  inputParts: 1,
};
const started: GivenEvent = { type: 'matching.RunStarted', streamId: stream, actor: streetAdmin, data: startedData };
const inputs: GivenEvent = {
  type: 'matching.RunInputsRecorded',
  streamId: stream,
  data: { runId: 'r1', part: 0, needs: [], offers: [], supersedes: [] },
};
const part0: RunPartRecorded = {
  runId: 'r1',
  part: 0,
  pairs: [pair('n1', 'o1', 20), pair('n1', 'o2', 0)],
  unmatched: [],
  exclusions: { n1: { category: 1, unit: 0, window: 0, area: 0 } },
  capacities: { o1: 20, o2: 10 },
  proposalIds: ['p1'],
};
const part1: RunPartRecorded = {
  runId: 'r1',
  part: 1,
  pairs: [pair('n2', 'o2', 10)],
  unmatched: [{ needId: 'n3', excludedBy: { category: 2, unit: 0, window: 0, area: 0 } }],
  exclusions: { n2: { category: 0, unit: 0, window: 1, area: 0 } },
  capacities: { o3: 5 },
  proposalIds: ['p2'],
};
const recorded = (part: RunPartRecorded): GivenEvent => ({
  type: 'matching.RunPartRecorded',
  streamId: stream,
  data: part,
});
const summary: RunCompleted = { runId: 'r1', scopeOrgId: 'street-1', weights, stats, parts: 2 };
const completed = (data: RunCompleted = summary, actor: Actor = streetAdmin): GivenEvent => ({
  type: 'matching.RunCompleted',
  streamId: stream,
  actor,
  data,
});
/** A run recorded before parts and starts existed: one event with its details. */
const legacy: RunCompleted = {
  runId: 'r1',
  scopeOrgId: 'street-1',
  weights,
  stats,
  pairs: [pair('n1', 'o1', 20)],
  unmatched: [{ needId: 'n3', excludedBy: { category: 2, unit: 0, window: 0, area: 0 } }],
  exclusions: {},
  capacities: { o1: 20 },
  proposalIds: ['p1'],
};

const runs = projectionSpecification(runsProjection, runPartsProjection);
const parts = projectionSpecification(runPartsProjection, runsProjection);

/** Both projections folded into one store, as the matching service keeps them, for its queries. */
async function store(events: GivenEvent[]) {
  const documents = new MemoryDocumentStore();
  const runner = new ProjectionRunner(documents, [runsProjection, runPartsProjection]);
  for (const event of envelopes(events)) await runner.project(event);
  return documents;
}

describe('runs projection (the run summary)', () => {
  it('a started run is recording, with its scope and weights, started by the actor at the time', async () => {
    const [event] = envelopes([started]);
    const [run] = await runs.given([event]).documents();
    expect(run).toEqual({
      _id: 'r1',
      version: 0,
      status: 'recording',
      scopeOrgId: 'street-1',
      weights,
      parts: 0,
      startedAt: event.occurredAt,
      startedBy: 'jiedao-admin',
    });
  });

  it('stays recording while its inputs and parts are recorded; completed, it has its stats and number of parts', async () => {
    await runs
      .given([started, inputs, recorded(part0)])
      .then([{ _id: 'r1', version: 0, status: 'recording', parts: 0 }]);
    const events = envelopes([started, inputs, recorded(part0), recorded(part1), completed()]);
    const [run] = await runs.given(events).documents();
    expect(run).toEqual({
      _id: 'r1',
      version: 4,
      status: 'completed',
      scopeOrgId: 'street-1',
      weights,
      stats,
      parts: 2,
      startedAt: events[0].occurredAt,
      completedAt: events[4].occurredAt,
      startedBy: 'jiedao-admin',
    });
  });

  it('a run completed by the run flow after a restart keeps who started it', async () => {
    await runs
      .given([started, inputs, recorded(part0), recorded(part1), completed(summary, SYSTEM_ACTOR)])
      .then([{ _id: 'r1', status: 'completed', startedBy: 'jiedao-admin' }]);
  });

  it('a run recorded before starts existed (parts, then completion) is completed by the completion’s actor, without a start', async () => {
    const [run] = await runs.given([recorded(part0), recorded(part1), completed()]).documents();
    expect(run).toMatchObject({ _id: 'r1', version: 2, status: 'completed', parts: 2, startedBy: 'jiedao-admin' });
    expect(run).not.toHaveProperty('startedAt');
  });

  it('a run recorded before parts existed counts its details as one part and keeps them out of the summary', async () => {
    const [run] = await runs.given([completed(legacy)]).documents();
    expect(run).toMatchObject({ _id: 'r1', version: 0, status: 'completed', parts: 1, stats });
    for (const field of ['pairs', 'unmatched', 'exclusions', 'capacities', 'proposalIds', 'runId'])
      expect(run).not.toHaveProperty(field);
  });

  it('ignores a redelivered start after the completion', async () => {
    const events = envelopes([started, inputs, recorded(part0), recorded(part1), completed()]);
    await runs.given([...events, events[0]]).then([{ _id: 'r1', version: 4, status: 'completed', stats }]);
  });

  it('unfinishedRuns: the runs started and not completed, which the run flow resumes', async () => {
    const other = 'matching.run-r2';
    const documents = await store([
      started,
      inputs,
      recorded(part0),
      { type: 'matching.RunStarted', streamId: other, data: { ...startedData, runId: 'r2' } },
      { type: 'matching.RunCompleted', streamId: other, data: { ...summary, runId: 'r2', parts: 0 } },
    ]);
    expect((await unfinishedRuns(documents)).map((r) => r._id)).toEqual(['r1']);
  });
});

describe('run parts projection (the run details)', () => {
  it('keeps each part as its own document, `<runId>:<part>`, with the run id', async () => {
    await parts.given([started, inputs, recorded(part0), recorded(part1), completed()]).then([
      { _id: 'r1:0', version: 2, ...part0 },
      { _id: 'r1:1', version: 3, ...part1 },
    ]);
  });

  it('a run recorded before parts existed has its details as part 0; a completion naming its parts adds none', async () => {
    const { runId: _r, stats: _s, weights: _w, scopeOrgId: _o, ...details } = legacy;
    await parts.given([completed(legacy)]).then([{ _id: 'r1:0', version: 0, runId: 'r1', part: 0, ...details }]);
    await parts
      .given([
        completed({
          ...legacy,
          unmatched: undefined,
          exclusions: undefined,
          capacities: undefined,
          proposalIds: undefined,
        }),
      ])
      .then([{ _id: 'r1:0', pairs: legacy.pairs, unmatched: [], exclusions: {}, capacities: {}, proposalIds: [] }]);
    await parts.given([completed({ ...summary, parts: 0 })]).then([]);
  });

  it('ignores a redelivered part', async () => {
    const events = envelopes([started, inputs, recorded(part0), recorded(part1)]);
    await parts.given([...events, events[2]]).then([
      { _id: 'r1:0', version: 2 },
      { _id: 'r1:1', version: 3 },
    ]);
  });

  it('loadRun: the summary and its parts put back together in order; null for an unknown run', async () => {
    // the parts folded last first: the query puts them in order
    const documents = await store([started, inputs, recorded(part1), recorded(part0), completed()]);
    const run = await loadRun(documents, 'r1');
    expect(run).toMatchObject({
      _id: 'r1',
      status: 'completed',
      parts: 2,
      pairs: [...part0.pairs, ...part1.pairs],
      unmatched: part1.unmatched,
      exclusions: { ...part0.exclusions, ...part1.exclusions },
      capacities: { o1: 20, o2: 10, o3: 5 },
      proposalIds: ['p1', 'p2'],
    });
    expect(await loadRun(documents, 'r9')).toBeNull();
    const old = await loadRun(await store([completed(legacy)]), 'r1');
    expect(old).toMatchObject({ parts: 1, pairs: legacy.pairs, proposalIds: ['p1'] });
  });
});
