import { SchedulerRegistry } from '@nestjs/schedule';
import { ExpiryScheduler } from '../apps/matching/src/expiry/expiry.scheduler';
import { defineAggregate } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { needAggregate } from '../apps/matching/src/needs/need.decider';
import { offerAggregate } from '../apps/matching/src/offers/offer.decider';
import { projectAggregate } from '../apps/matching/src/projects/project.decider';
import { proposalAggregate } from '../apps/matching/src/proposals/proposal.decider';
import { type Client, type Region, seedRegion, startSeeded, TestPlatform } from './support/platform';

const need = (communityId: string, over: Record<string, unknown> = {}) => ({
  communityId,
  title: '社区老年食堂助餐',
  category: 'elderly_care',
  tags: ['助餐'],
  quantity: { amount: 20, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2027-01-31' },
  urgency: 'normal',
  ...over,
});
const offer = (unitId: string, serviceArea: string[], over: Record<string, unknown> = {}) => ({
  unitId,
  title: '职工志愿服务',
  category: 'elderly_care',
  tags: ['助餐'],
  capacity: { amount: 40, unit: 'person_hours' },
  window: { from: '2026-11-01', to: '2027-02-28' },
  serviceArea,
  ...over,
});

/** What a POST that must create returns (201), as its body. */
const created = async (client: Client, path: string, body: object) =>
  (await client.post(path).send(body).expect(201)).body;

describe('editing offers', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  it('lets the unit edit an open offer; refuses bad edits, other units and reserved offers, appending nothing', async () => {
    const o = await created(r.unitContact, '/offers', offer(r.unitId, [r.communityId]));
    const edited = await r.unitContact
      .patch(`/offers/${o.id}`)
      .send({ title: '  职工助餐服务 ', capacity: { amount: 60, unit: 'person_hours' }, serviceArea: [r.streetId] })
      .expect(200);
    expect(edited.body).toMatchObject({
      title: '职工助餐服务',
      capacity: { amount: 60 },
      remaining: { amount: 60 },
      serviceArea: [r.streetId],
      version: o.version + 1,
    });
    const listed = await r.auditor.get('/offers').query({ q: '职工助餐' }).expect(200);
    expect(listed.body.items.map((x: { id: string }) => x.id)).toEqual([o.id]);

    const before = await t.eventCount();
    await r.unitContact
      .patch(`/offers/${o.id}`)
      .send({ capacity: { amount: 5, unit: 'yuan' } })
      .expect(422)
      .expect((res) => expect(res.body.details).toMatchObject({ field: 'capacity.unit' }));
    await r.unitContact
      .patch(`/offers/${o.id}`)
      .send({ window: { from: '2027-03-01', to: '2027-01-01' } })
      .expect(422);
    await r.unitContact
      .patch(`/offers/${o.id}`)
      .send({ capacity: { amount: -1, unit: 'person_hours' } })
      .expect(400);
    await r.unitContact
      .patch(`/offers/${o.id}`)
      .send({ serviceArea: ['nowhere'] })
      .expect(422);
    await r.otherCommunityAdmin.patch(`/offers/${o.id}`).send({ title: '冒名修改' }).expect(403);
    await r.auditor.patch(`/offers/${o.id}`).send({ title: '审计修改' }).expect(403);
    await r.unitContact.patch('/offers/no-such-offer').send({ title: 'x' }).expect(404);
    await r.unitContact.patch(`/offers/${o.id}`).set('If-Match', String(o.version)).send({ title: 'y' }).expect(412);
    expect(await t.eventCount()).toBe(before);

    // once a project reserves part of it, the offer is no longer editable
    const n = await created(r.communityAdmin, '/needs', need(r.communityId));
    const run = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    const p = run.proposals.find((x: { needId: string }) => x.needId === n.id);
    await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
    await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200);
    await r.unitContact.patch(`/offers/${o.id}`).send({ title: '再改' }).expect(409);
  });
});

describe('expiry at the end of the window', () => {
  const t = new TestPlatform();
  let r: Region;
  const sweep = (at: string) => t.platform.app.get(ExpiryScheduler).sweep(new Date(at));
  startSeeded(t, (region) => (r = region));

  it('expires what still waits for a match, keeps what projects reserved, and drops it from runs', async () => {
    const early = await created(
      r.communityAdmin,
      '/needs',
      need(r.communityId, {
        title: '元旦慰问',
        category: 'culture_sports',
        window: { from: '2026-12-01', to: '2026-12-31' },
      }),
    );
    const partial = await created(
      r.communityAdmin,
      '/needs',
      need(r.communityId, {
        title: '冬季助餐',
        quantity: { amount: 50, unit: 'person_hours' },
        window: { from: '2026-12-01', to: '2026-12-31' },
      }),
    );
    const late = await created(
      r.communityAdmin,
      '/needs',
      need(r.communityId, { title: '春节助学', category: 'education' }),
    );
    const o = await created(
      r.unitContact,
      '/offers',
      offer(r.unitId, [r.communityId], {
        capacity: { amount: 30, unit: 'person_hours' },
        window: { from: '2026-11-01', to: '2026-12-31' },
      }),
    );
    // reserve 30 of the 50 hours of `partial`
    const run = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    const p = run.proposals.find((x: { needId: string }) => x.needId === partial.id);
    expect(p?.quantity.amount).toBe(30);
    await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
    await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200);
    expect((await r.root.get(`/needs/${partial.id}`).expect(200)).body.status).toBe('partially_matched');

    // nothing has ended yet on the last day of the window
    expect(await sweep('2026-12-31T23:59:00Z')).toEqual({ needs: [], offers: [] });
    const before = await t.eventCount();
    const swept = await sweep('2027-01-01T00:00:01Z');
    expect(swept.needs.sort()).toEqual([early.id, partial.id].sort());
    expect(swept.offers).toEqual([]); // fully reserved: nothing left to expire
    expect((await r.root.get(`/offers/${o.id}`).expect(200)).body.status).toBe('reserved');
    expect(await t.eventCount()).toBe(before + 2);
    expect(await sweep('2027-01-01T00:00:01Z')).toEqual({ needs: [], offers: [] }); // idempotent

    expect((await r.root.get(`/needs/${early.id}`).expect(200)).body).toMatchObject({ status: 'expired' });
    expect((await r.root.get(`/needs/${partial.id}`).expect(200)).body).toMatchObject({
      status: 'expired',
      remaining: { amount: 20 },
    });
    expect((await r.root.get(`/needs/${late.id}`).expect(200)).body.status).toBe('open');
    const expired = await r.auditor.get('/needs').query({ status: 'expired' }).expect(200);
    expect(expired.body.items.map((x: { id: string }) => x.id).sort()).toEqual([early.id, partial.id].sort());
    // the organizations service no longer counts them as open
    await waitFor(async () => {
      const tree = await r.root.get(`/organizations/${r.communityId}/tree`).expect(200);
      return tree.body.counts.openNeeds === 1;
    });

    // an expired need can be neither cancelled nor reserved; its project carries on
    await r.communityAdmin.post(`/needs/${early.id}/cancel`).send({}).expect(409);
    await r.communityAdmin.patch(`/needs/${early.id}`).send({ title: 'x' }).expect(409);
    const project = (await r.root.get('/projects').query({ needId: partial.id }).expect(200)).body.items[0];
    await r.unitContact.post(`/projects/${project.id}/start`).expect(200);
    await r.unitContact.post(`/projects/${project.id}/complete`).send({ report: '完成' }).expect(200);
    expect((await r.root.get(`/needs/${partial.id}`).expect(200)).body).toMatchObject({
      status: 'expired',
      served: 30,
    });
    // a fresh offer and need of the same category: the run pairs them, never the expired need
    await r.unitContact
      .post('/offers')
      .send(offer(r.unitId, [r.communityId]))
      .expect(201);
    const fresh = await created(r.communityAdmin, '/needs', need(r.communityId, { title: '新助餐' }));
    const after = (await r.root.post('/matching/runs').send({ scopeOrgId: r.districtId }).expect(201)).body;
    const considered = (await r.auditor.get(`/matching/runs/${after.runId}/pairs`).expect(200)).body.items;
    const consideredNeeds = considered.map((x: { needId: string }) => x.needId);
    expect(consideredNeeds).toContain(fresh.id);
    expect(consideredNeeds).not.toContain(early.id);
    expect(consideredNeeds).not.toContain(partial.id);
  });

  it('expires an open offer and leaves it out of later runs', async () => {
    const o = await created(
      r.unitContact,
      '/offers',
      offer(r.unitId, [r.communityId], { title: '短期场地', window: { from: '2026-11-01', to: '2027-01-15' } }),
    );
    const swept = await sweep('2027-01-16T00:00:00Z');
    expect(swept.offers).toContain(o.id);
    expect((await r.root.get(`/offers/${o.id}`).expect(200)).body.status).toBe('expired');
    await r.unitContact.post(`/offers/${o.id}/withdraw`).send({}).expect(409);
  });
});

describe('the expiry sweep on its schedule', () => {
  /** Starts a platform with MATCHING_EXPIRY_INTERVAL_MS set to `interval` for its start only. */
  const startWith = async (t: TestPlatform, interval: string) => {
    process.env.MATCHING_EXPIRY_INTERVAL_MS = interval;
    try {
      return await t.start();
    } finally {
      delete process.env.MATCHING_EXPIRY_INTERVAL_MS;
    }
  };

  it('sweeps every MATCHING_EXPIRY_INTERVAL_MS as the interval matching.expiry, cleared at shutdown', async () => {
    const t = new TestPlatform();
    await startWith(t, '20');
    const registry = t.platform.app.get(SchedulerRegistry);
    expect(registry.getIntervals()).toEqual([ExpiryScheduler.interval]);
    const sweep = jest.spyOn(t.platform.app.get(ExpiryScheduler), 'sweep');
    for (let i = 0; i < 200 && sweep.mock.calls.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(sweep.mock.calls.length).toBeGreaterThanOrEqual(2);
    await t.stop();
    expect(registry.getIntervals()).toEqual([]);
  });

  it('does not sweep on its own at 0, and refuses to start on an interval that is not a number', async () => {
    const off = new TestPlatform();
    await startWith(off, '0');
    expect(off.platform.app.get(SchedulerRegistry).getIntervals()).toEqual([]);
    await off.stop();
    const wrong = new TestPlatform();
    await expect(startWith(wrong, 'hourly')).rejects.toThrow(
      'MATCHING_EXPIRY_INTERVAL_MS="hourly": must be a whole number, at least 0',
    );
    await wrong.stop();
  });
});

describe('resident evaluations feed the matching score', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  it('scores a unit by the mean rating of its completed projects (0.5 of the weight when unrated)', async () => {
    const o = await created(r.unitContact, '/offers', offer(r.unitId, [r.communityId]));
    const first = await created(r.communityAdmin, '/needs', need(r.communityId));
    const run = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    const p = run.proposals.find((x: { needId: string }) => x.needId === first.id);
    expect(p.breakdown.evaluation).toBe(0.5);
    await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
    const accepted = await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200);
    const projectId = accepted.body.projectId;
    await r.unitContact.post(`/projects/${projectId}/start`).expect(200);
    await r.unitContact.post(`/projects/${projectId}/complete`).send({ report: '完成' }).expect(200);
    await r.communityAdmin.post(`/projects/${projectId}/evaluations`).send({ score: 4 }).expect(201);

    await r.communityAdmin
      .post('/needs')
      .send(need(r.communityId, { title: '第二批助餐' }))
      .expect(201);
    const again = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    const pairs = (await r.auditor.get(`/matching/runs/${again.runId}/pairs`).expect(200)).body.items;
    const ofUnit = pairs.filter((x: { offerId: string }) => x.offerId === o.id);
    expect(ofUnit.length).toBeGreaterThan(0);
    // mean 4 → (4 − 1) / 4 = 0.75 at weight 1
    for (const pair of ofUnit) expect(pair.breakdown.evaluation).toBe(0.75);
  });
});

async function waitFor(check: () => Promise<boolean>, millis = 2000): Promise<void> {
  const until = Date.now() + millis;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('pending proposals when a need or offer closes, and when a new run comes', () => {
  const t = new TestPlatform();
  let r: Region;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  startSeeded(t, (region) => (r = region));

  /** the proposal as the API shows it, once `done` holds (the closer runs on the bus) */
  async function proposalWhen(id: string, done: (p: { status: string }) => boolean) {
    for (let i = 0; i < 200; i++) {
      const p = (await r.auditor.get(`/proposals/${id}`).expect(200)).body;
      if (done(p)) return p;
      await sleep(10);
    }
    throw new Error(`proposal ${id} never reached the expected state`);
  }

  it('closes the pending proposals of a cancelled need and of a withdrawn offer, with the reason', async () => {
    const o = await created(r.unitContact, '/offers', offer(r.unitId, [r.streetId], { title: '关闭测试资源' }));
    const n1 = await created(r.communityAdmin, '/needs', need(r.communityId, { title: '取消的需求' }));
    const run = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    const p1 = run.proposals.find((p: { needId: string; offerId: string }) => p.needId === n1.id && p.offerId === o.id);
    expect(p1).toBeDefined();
    await r.communityAdmin.post(`/proposals/${p1.id}/accept`).send({ side: 'community' }).expect(200);

    await r.communityAdmin.post(`/needs/${n1.id}/cancel`).send({ reason: '居民已搬离' }).expect(200);
    const closed = await proposalWhen(p1.id, (p) => p.status !== 'pending');
    expect(closed).toMatchObject({ status: 'closed', closedBecause: 'need_cancelled' });
    await r.unitContact.post(`/proposals/${p1.id}/accept`).send({ side: 'unit' }).expect(409);
    const pendingOfNeed = (await r.auditor.get('/proposals').query({ needId: n1.id, status: 'pending' }).expect(200))
      .body.items;
    expect(pendingOfNeed).toEqual([]);
    // the audit trail names the cancellation as the cause
    const history = (await r.auditor.get(`/audit/streams/matching.proposal-${p1.id}`).expect(200)).body.events;
    expect(history.map((e: { type: string }) => e.type)).toEqual([
      'matching.ProposalMade',
      'matching.ProposalSideAccepted',
      'matching.ProposalClosed',
    ]);

    const n2 = await created(r.communityAdmin, '/needs', need(r.communityId, { title: '另一需求' }));
    const again = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    const p2 = again.proposals.find((p: { needId: string }) => p.needId === n2.id);
    await r.unitContact.post(`/offers/${p2.offerId}/withdraw`).send({ reason: '人手不足' }).expect(200);
    expect(await proposalWhen(p2.id, (p) => p.status !== 'pending')).toMatchObject({
      status: 'closed',
      closedBecause: 'offer_withdrawn',
    });
  });

  it('keeps a half-accepted proposal through a new run, and proposes its quantity to no one else', async () => {
    // a category of its own, so that this need and this offer can only meet each other
    const legal = { category: 'legal', tags: ['法律'] };
    const o = await created(
      r.unitContact,
      '/offers',
      offer(r.unitId, [r.streetId], {
        title: '半接受测试资源',
        ...legal,
        capacity: { amount: 20, unit: 'sessions' },
      }),
    );
    const n = await created(
      r.communityAdmin,
      '/needs',
      need(r.communityId, { title: '半接受需求', ...legal, quantity: { amount: 20, unit: 'sessions' } }),
    );
    const first = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    const p = first.proposals.find((x: { needId: string; offerId: string }) => x.needId === n.id && x.offerId === o.id);
    expect(p.quantity.amount).toBe(20);
    await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);

    // a district-wide run by someone else: the community's acceptance stands
    const second = (await r.root.post('/matching/runs').send({ scopeOrgId: r.districtId }).expect(201)).body;
    expect((await r.auditor.get(`/proposals/${p.id}`).expect(200)).body).toMatchObject({
      status: 'pending',
      acceptedBy: ['community'],
    });
    // the need's 20 and the offer's 20 are held by that proposal: the run proposes neither again
    expect(second.proposals.filter((x: { needId: string }) => x.needId === n.id)).toEqual([]);
    expect(second.proposals.filter((x: { offerId: string }) => x.offerId === o.id)).toEqual([]);
    const accepted = await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200);
    expect(accepted.body.projectId).toEqual(expect.any(String));
  });
});

describe('accepting and rejecting without naming the side; If-Match on the acceptance; completing without a report', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  async function proposalFor(title: string) {
    const o = await created(r.unitContact, '/offers', offer(r.unitId, [r.communityId], { title }));
    const n = await created(r.communityAdmin, '/needs', need(r.communityId, { title }));
    const run = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    // its offer, or an equally good one posted before (ties go to the older id)
    const found = run.proposals.find((p: { needId: string }) => p.needId === n.id);
    expect(found).toBeDefined();
    expect(found.offerId <= o.id).toBe(true);
    return found;
  }

  it('takes the only side the caller may act for, and asks an admin above both to name it', async () => {
    const p = await proposalFor('推断一方');
    const before = await t.eventCount();
    // the community admin's community hosts the unit, and the district is above both: both must name it
    for (const admin of [r.communityAdmin, r.root]) {
      const res = await admin.post(`/proposals/${p.id}/accept`).send({}).expect(422);
      expect(res.body).toMatchObject({ error: 'side_required', details: { field: 'side' } });
      expect(res.body.message).toMatch(/name the side/);
    }
    await r.otherCommunityAdmin.post(`/proposals/${p.id}/accept`).send({}).expect(403);
    await r.auditor.post(`/proposals/${p.id}/reject`).send({}).expect(403);
    expect(await t.eventCount()).toBe(before);
    const accepted = await r.unitContact.post(`/proposals/${p.id}/accept`).send({}).expect(200);
    expect(accepted.body.acceptedBy).toEqual(['unit']);

    const q = await proposalFor('推断拒绝');
    const rejected = await r.unitContact.post(`/proposals/${q.id}/reject`).send({}).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejected: { side: 'unit' } });
  });

  it('holds If-Match for the acceptance that makes the project: a stale version reserves nothing', async () => {
    const p = await proposalFor('条件接受');
    const first = await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
    const before = await t.eventCount();
    const remaining = (await r.auditor.get(`/offers/${p.offerId}`).expect(200)).body.remaining.amount;
    await r.unitContact
      .post(`/proposals/${p.id}/accept`)
      .set('If-Match', String(first.body.version - 1))
      .send({ side: 'unit' })
      .expect(412);
    expect(await t.eventCount()).toBe(before);
    expect((await r.auditor.get(`/offers/${p.offerId}`).expect(200)).body.remaining.amount).toBe(remaining);
    const done = await r.unitContact
      .post(`/proposals/${p.id}/accept`)
      .set('If-Match', String(first.body.version))
      .send({ side: 'unit' })
      .expect(200);
    expect(done.body.status).toBe('accepted');

    await r.unitContact.post(`/projects/${done.body.projectId}/start`).send({}).expect(200);
    const completed = await r.unitContact.post(`/projects/${done.body.projectId}/complete`).send({}).expect(200);
    expect(completed.body).toMatchObject({ status: 'completed', report: '' });
  });
});

describe("a run's details recorded in parts of bounded size", () => {
  const t = new TestPlatform();
  let r: Region;

  beforeAll(async () => {
    process.env.MATCHING_RUN_PART_BYTES = '2048';
    await t.start();
    delete process.env.MATCHING_RUN_PART_BYTES;
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  it('splits a run into small events, and lists, explains and replays it whole', async () => {
    for (let i = 0; i < 3; i++)
      await r.unitContact
        .post('/offers')
        .send(offer(r.unitId, [r.communityId], { title: `资源${i}`, capacity: { amount: 15, unit: 'person_hours' } }))
        .expect(201);
    for (let i = 0; i < 6; i++)
      await r.communityAdmin
        .post('/needs')
        .send(need(r.communityId, { title: `需求${i}`, quantity: { amount: 10, unit: 'person_hours' } }))
        .expect(201);
    const run = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    expect(run.stats.eligiblePairs).toBe(18);

    const events = await t.platform.inspect.store.readStream(`matching.run-${run.runId}`);
    const parts = events.filter((e) => e.type === 'matching.RunPartRecorded');
    expect(parts.length).toBeGreaterThan(2);
    expect(events.at(-1)).toMatchObject({ type: 'matching.RunCompleted', data: { parts: parts.length } });
    for (const e of events) expect(JSON.stringify(e.data).length).toBeLessThan(2048 + 1024);

    const summary = (await r.auditor.get(`/matching/runs/${run.runId}`).expect(200)).body;
    expect(summary).toMatchObject({ parts: parts.length, stats: run.stats });
    expect(summary.proposalIds).toHaveLength(run.proposals.length);
    const listed = [];
    for (let cursor: string | null = null; ;) {
      const page: { body: { items: unknown[]; nextCursor: string | null; total: number } } = await r.auditor
        .get(`/matching/runs/${run.runId}/pairs`)
        .query({ limit: 5, ...(cursor ? { cursor } : {}) })
        .expect(200);
      listed.push(...page.body.items);
      expect(page.body.total).toBe(18);
      cursor = page.body.nextCursor;
      if (!cursor) break;
    }
    expect(listed).toHaveLength(18);
    const objective = listed.reduce(
      (sum: number, p) => sum + (p as { score: number; quantity: number }).score * (p as { quantity: number }).quantity,
      0,
    );
    expect(objective).toBeCloseTo(run.stats.objective, 6);
    const explained = (await r.communityAdmin.get(`/proposals/${run.proposals[0].id}`).expect(200)).body.explanation;
    expect(explained.alternatives.length).toBe(2);
    expect(explained.excludedBy).toEqual({ category: 0, unit: 0, window: 0, area: 0 });

    for (const projection of ['runs', 'run-parts']) {
      const replay = (await r.auditor.post('/audit/replays').send({ projection }).expect(202)).body;
      let done = replay;
      while (done.status === 'running') done = (await r.auditor.get(`/audit/replays/${replay.id}`).expect(200)).body;
      expect(done).toMatchObject({ status: 'completed', differences: [] });
    }
  });

  it('still reads a run recorded whole, before parts existed', async () => {
    const runId = '0190aaaa-0000-7000-8000-000000000001';
    const v1 = {
      runId,
      scopeOrgId: r.communityId,
      weights: { base: 1 },
      stats: { needs: 1, offers: 1, eligiblePairs: 1, assignedQuantity: 5, objective: 40, millis: 1 },
      pairs: [{ needId: 'n-old', offerId: 'o-old', score: 8, breakdown: { base: 1 }, quantity: 5 }],
      unmatched: [],
      exclusions: { 'n-old': { category: 0, unit: 0, window: 0, area: 0 } },
      capacities: { 'o-old': 5 },
      proposalIds: ['p-old'],
    };
    const v1Run = defineAggregate({
      name: 'run',
      streamId: (id: string) => `matching.run-${id}`,
      decider: {
        initialState: () => null,
        decide: () => [{ type: 'matching.RunCompleted', data: v1 }],
        evolve: (state: null) => state,
      },
    });
    await t.platform.app
      .get(Commands)
      .for(v1Run)
      .execute(
        runId,
        {},
        { actor: { accountId: 'root', role: 'district_admin', orgId: null }, correlationId: 'v1-run' },
      );
    expect((await r.auditor.get(`/matching/runs/${runId}`).expect(200)).body).toMatchObject({
      parts: 1,
      proposalIds: ['p-old'],
    });
    const pairs = (await r.auditor.get(`/matching/runs/${runId}/pairs`).expect(200)).body;
    expect(pairs).toMatchObject({ total: 1, items: [v1.pairs[0]] });
  });
});

describe('the project flow finishes what a request that died half-way started', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  async function eventually<T>(read: () => Promise<T | undefined>): Promise<T> {
    for (let i = 0; i < 300; i++) {
      const value = await read();
      if (value !== undefined) return value;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('never happened');
  }

  it('creates the project of a proposal accepted just before a crash, then records the need served', async () => {
    const o = await created(r.unitContact, '/offers', offer(r.unitId, [r.communityId]));
    const n = await created(
      r.communityAdmin,
      '/needs',
      need(r.communityId, { quantity: { amount: 10, unit: 'person_hours' } }),
    );
    const p = (await r.communityAdmin.get('/proposals').query({ needId: n.id }).expect(200)).body.items[0];
    expect(p.offerId).toBe(o.id);
    await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);

    // what the unit's acceptance appends before it creates the project — and then the process dies
    const { inspect } = t.platform;
    const commands = t.platform.app.get(Commands);
    const unit = { actor: { accountId: 'yiyuan', role: 'unit_contact', orgId: r.unitId }, correlationId: 'died-1' };
    const inner = { ...unit, causationId: p.id };
    const reserve = { proposalId: p.id, quantity: p.quantity };
    await commands.for(offerAggregate).execute(o.id, { type: 'ReserveOffer', ...reserve }, inner);
    await commands.for(needAggregate).execute(n.id, { type: 'ReserveNeed', ...reserve }, inner);
    const projectId = '0190bbbb-0000-7000-8000-00000000000a';
    await commands.for(proposalAggregate).execute(p.id, { type: 'AcceptProposal', side: 'unit', projectId }, unit);

    const project = await eventually(async () => {
      const res = await r.auditor.get(`/projects/${projectId}`);
      return res.status === 200 ? res.body : undefined;
    });
    expect(project).toMatchObject({ status: 'planned', needId: n.id, offerId: o.id, quantity: p.quantity });
    const [creation] = await inspect.store.readStream(`matching.project-${projectId}`);
    const acceptance = (await inspect.store.readStream(`matching.proposal-${p.id}`)).find(
      (e) => e.type === 'matching.ProposalAccepted',
    )!;
    // caused by the acceptance event (not the proposal's id), as when the request creates it
    expect(creation).toMatchObject({
      actor: { accountId: 'yiyuan' },
      correlationId: 'died-1',
      causationId: acceptance.eventId,
    });

    // the completion appends ProjectCompleted — and the process dies before the need hears of it
    await commands.for(projectAggregate).execute(projectId, { type: 'StartProject' }, unit);
    await commands
      .for(projectAggregate)
      .execute(projectId, { type: 'CompleteProject', report: '', participants: [] }, unit);
    const served = await eventually(async () => {
      const res = (await r.auditor.get(`/needs/${n.id}`).expect(200)).body;
      return res.status === 'fulfilled' ? res : undefined;
    });
    expect(served.status).toBe('fulfilled');
    const needEvents = await inspect.store.readStream(`matching.need-${n.id}`);
    expect(needEvents.filter((e) => e.type === 'matching.NeedServed')).toHaveLength(1);
  });

  it('links every step of an acceptance and a completion to the event that caused it (causationId)', async () => {
    const n = await created(
      r.communityAdmin,
      '/needs',
      need(r.communityId, { quantity: { amount: 5, unit: 'person_hours' } }),
    );
    // the offer of the previous test may be the better one: whichever the proposal names
    const p = (await r.communityAdmin.get('/proposals').query({ needId: n.id }).expect(200)).body.items[0];
    await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
    await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200);
    const { store } = t.platform.inspect;
    const last = async (stream: string, type: string) =>
      (await store.readStream(stream)).filter((e) => e.type === type).at(-1)!;
    const offerReserved = await last(`matching.offer-${p.offerId}`, 'matching.OfferReserved');
    const needReserved = await last(`matching.need-${n.id}`, 'matching.NeedReserved');
    const accepted = await last(`matching.proposal-${p.id}`, 'matching.ProposalAccepted');
    const { projectId } = accepted.data as { projectId: string };
    const [creation] = await store.readStream(`matching.project-${projectId}`);
    expect(offerReserved.causationId).toBeNull(); // the request's own first step
    expect(needReserved.causationId).toBe(offerReserved.eventId);
    expect(accepted.causationId).toBe(needReserved.eventId);
    expect(creation.causationId).toBe(accepted.eventId);

    await r.unitContact.post(`/projects/${projectId}/start`).expect(200);
    await r.unitContact.post(`/projects/${projectId}/complete`).send({ report: 'done' }).expect(200);
    const completed = await last(`matching.project-${projectId}`, 'matching.ProjectCompleted');
    const served = await last(`matching.need-${n.id}`, 'matching.NeedServed');
    expect(served.causationId).toBe(completed.eventId);
  });
});
