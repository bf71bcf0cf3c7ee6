import type { EventEnvelope } from '@gongjian/eventing';
import { RunFlow } from '../apps/matching/src/runs/run-flow';
import type { ProposalMade } from '../apps/matching/src/proposals/proposal.decider';
import type { RunPartRecorded } from '../apps/matching/src/runs/run.decider';
import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';

const need = (communityId: string, i: number) => ({
  communityId,
  title: `社区老年食堂助餐 ${i}`,
  category: 'elderly_care',
  tags: ['助餐'],
  quantity: { amount: 10 + i, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2027-01-31' },
  urgency: 'normal',
});
const offer = (unitId: string, serviceArea: string[], i: number) => ({
  unitId,
  title: `职工志愿服务 ${i}`,
  category: 'elderly_care',
  tags: ['助餐'],
  capacity: { amount: 30, unit: 'person_hours' },
  window: { from: '2026-11-01', to: '2027-02-28' },
  serviceArea,
});

/**
 * Issue 21 item 4: a matching run whose process stops midway through recording it (the embedded
 * platform really closed and started again on the same data directory) is recorded to its end
 * at the next start, each proposal, supersession and part exactly once.
 */
describe.each([
  ['its proposals', 'proposal', 3],
  ['its parts', 'part', 4],
] as const)('a run stopped midway through %s finishes after a restart', (_what, kind, at) => {
  const t = new TestPlatform();
  let r: Region;
  const previousPartBytes = process.env.MATCHING_RUN_PART_BYTES;

  beforeAll(async () => {
    // small parts: a handful of needs and offers make a run of many parts
    process.env.MATCHING_RUN_PART_BYTES = '1024';
    await t.start();
    r = await seedRegion(t);
    for (let j = 0; j < 4; j++)
      await r.unitContact
        .post('/offers')
        .send(offer(r.unitId, [r.streetId], j))
        .expect(201);
    for (let i = 0; i < 10; i++)
      await (i % 2 ? r.communityAdmin : r.otherCommunityAdmin)
        .post('/needs')
        .send(need(i % 2 ? r.communityId : r.otherCommunityId, i))
        .expect(201);
  });
  afterAll(async () => {
    process.env.MATCHING_RUN_PART_BYTES = previousPartBytes;
    await t.stop();
  });

  const all = async (type: string): Promise<EventEnvelope[]> =>
    (await t.platform.inspect.store.readAll()).filter((e) => e.type === type);

  it('records every proposal and part once, and the run completes', async () => {
    const instant = (await r.root.get('/proposals').query({ status: 'pending', limit: 100 }).expect(200)).body.items;
    expect(instant.length).toBeGreaterThan(0); // instant proposals the run supersedes

    // stop the platform when the flow reaches the chosen step: it holds there until the process
    // begins to stop, then stops before the step (as a crash between two appends would)
    const flow = t.platform.app.get(RunFlow);
    let runId = '';
    flow.onStep = async (step) => {
      runId = step.runId;
      if (step.kind === kind && step.index === at) {
        reached();
        await flow.stopped;
      }
    };
    let reached!: () => void;
    const midway = new Promise<void>((resolve) => (reached = resolve));
    const response = (r.root as Client)
      .post('/matching/runs')
      .send({ scopeOrgId: r.streetId })
      .then((res) => res);
    await midway;
    const closing = t.restart();
    const interrupted = await response;
    expect(interrupted.status).toBe(503);
    expect(interrupted.body.error).toBe('run_interrupted'); // docs/ops/matching-runs.md
    await closing;

    // the new process resumed the run on its start (clients made before the restart talk to the old one)
    const resumed = await t.platform.app.get(RunFlow).resumed();
    expect(resumed).toEqual([runId]);
    const auditor = await t.login('shenji', 'shenji-password');
    const run = (await auditor.get(`/matching/runs/${runId}`).expect(200)).body;
    expect(run).toMatchObject({ id: runId, status: 'completed', scopeOrgId: r.streetId });
    expect(run.parts).toBeGreaterThan(at + 1);

    // the run stream: its start, its inputs, each part once and in order, one completion
    const stream = await t.platform.inspect.store.readStream(`matching.run-${runId}`);
    const types = stream.map((e) => e.type);
    expect(types.filter((type) => type === 'matching.RunStarted')).toHaveLength(1);
    expect(types.filter((type) => type === 'matching.RunCompleted')).toHaveLength(1);
    const parts = stream
      .filter((e) => e.type === 'matching.RunPartRecorded')
      .map((e) => (e.data as RunPartRecorded).part);
    expect(parts).toEqual([...Array(run.parts).keys()]);

    // each proposal of the run made once, one per pair the optimum assigned a quantity to
    const made = (await all('matching.ProposalMade'))
      .map((e) => e.data as ProposalMade)
      .filter((p) => p.runId === runId);
    const ids = made.map((p) => p.proposalId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(made.map((p) => `${p.needId}|${p.offerId}`)).size).toBe(made.length);
    const pairs: Array<{ needId: string; offerId: string; quantity: number }> = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: { items: typeof pairs; nextCursor: string | null } = (
        await auditor.get(`/matching/runs/${runId}/pairs`).query(cursor ? { cursor, limit: 100 } : { limit: 100 })
      ).body;
      pairs.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(made.map((p) => `${p.needId}|${p.offerId}|${p.quantity.amount}`).sort()).toEqual(
      pairs
        .filter((p) => p.quantity > 0)
        .map((p) => `${p.needId}|${p.offerId}|${p.quantity}`)
        .sort(),
    );
    const root = await t.root(); // a client of the new process (r.root's is of the closed one)
    const listed = (await root.get('/proposals').query({ status: 'pending', limit: 100 }).expect(200)).body.items;
    expect(listed.map((p: { id: string }) => p.id).sort()).toEqual([...ids].sort());

    // each instant proposal superseded once, by this run
    const superseded = await all('matching.ProposalSuperseded');
    expect(superseded.map((e) => e.streamId).sort()).toEqual(
      instant.map((p: { id: string }) => `matching.proposal-${p.id}`).sort(),
    );
    expect(superseded.every((e) => (e.data as { byRunId: string }).byRunId === runId)).toBe(true);
    // recording it again (a second resumer) appends nothing and gives the same proposals
    const before = await t.eventCount();
    const again = await t.platform.app.get(RunFlow).record(runId);
    expect(again.proposals.map((p) => p.proposalId)).toEqual(ids);
    expect(await t.eventCount()).toBe(before);

    // the audit chain: every step of the flow is caused by the run's start
    const startId = stream[0].eventId;
    expect(superseded.every((e) => e.causationId === startId)).toBe(true);
  });
});
