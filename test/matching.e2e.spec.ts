import { type Region, seedRegion, TestPlatform } from './support/platform';

const need = (communityId: string, over: Record<string, unknown> = {}) => ({
  communityId,
  title: '独居老人助餐',
  category: 'elderly_care',
  tags: ['助餐'],
  quantity: { amount: 30, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2027-03-31' },
  urgency: 'high',
  ...over,
});
const offer = (unitId: string, serviceArea: string[], over: Record<string, unknown> = {}) => ({
  unitId,
  title: '医护志愿者',
  category: 'elderly_care',
  tags: ['助餐', '陪诊'],
  capacity: { amount: 40, unit: 'person_hours' },
  window: { from: '2026-11-01', to: '2027-06-30' },
  serviceArea,
  ...over,
});

describe('offers, matching runs, proposals and explanations', () => {
  const t = new TestPlatform();
  let r: Region;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  it('lets the unit contact post an offer for its own unit only, within its district', async () => {
    const otherDistrict = (await r.root.post('/organizations').send({ name: '外县', kind: 'district' }).expect(201))
      .body.id;
    const before = await t.eventCount();
    await r.unitContact
      .post('/offers')
      .send(offer(r.unitId, [r.streetId], { category: 'space' }))
      .expect(400);
    await r.unitContact
      .post('/offers')
      .send(offer(r.unitId, [r.streetId], { capacity: { amount: -1, unit: 'person_hours' } }))
      .expect(400);
    await r.unitContact
      .post('/offers')
      .send(offer(r.unitId, [r.streetId], { window: { from: '2027-01-01', to: '2026-12-01' } }))
      .expect(422);
    const outside = await r.unitContact
      .post('/offers')
      .send(offer(r.unitId, [otherDistrict]))
      .expect(422);
    expect(outside.body.error).toBe('service_area_outside_district');
    await r.communityAdmin
      .post('/offers')
      .send(offer(r.unitId, [r.streetId]))
      .expect(201);
    await r.otherCommunityAdmin
      .post('/offers')
      .send(offer(r.unitId, [r.streetId]))
      .expect(403);
    await r.auditor
      .post('/offers')
      .send(offer(r.unitId, [r.streetId]))
      .expect(403);
    const appended = (await t.platform.inspect.store.readAll({ fromPosition: before })).map((e) => e.type);
    expect(appended).toEqual(['matching.OfferPosted']);
    const posted = await r.unitContact
      .post('/offers')
      .send(offer(r.unitId, [r.streetId]))
      .expect(201);
    expect(posted.body).toMatchObject({
      status: 'open',
      remaining: { amount: 40, unit: 'person_hours' },
      postedBy: 'yiyuan',
    });
    const withdrawn = await r.unitContact
      .post(`/offers/${posted.body.id}/withdraw`)
      .send({ reason: '人手不足' })
      .expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const list = await r.auditor.get('/offers').query({ unitId: r.unitId, status: 'open' }).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('runs matching for a street: optimal proposals, every pair listed, an explanation per proposal', async () => {
    // a second unit in the other community, paired with nothing
    const farUnit = (
      await r.root
        .post('/units')
        .send({ name: '供电公司', sector: 'state_enterprise', locatedIn: r.otherCommunityId })
        .expect(201)
    ).body.id;
    await r.communityAdmin.post('/pairings').send({ unitId: r.unitId, orgId: r.gridId }).expect(201);
    const n1 = (
      await r.communityAdmin
        .post('/needs')
        .send(need(r.communityId, { gridId: r.gridId }))
        .expect(201)
    ).body;
    const n2 = (
      await r.otherCommunityAdmin
        .post('/needs')
        .send(need(r.otherCommunityId, { urgency: 'low', tags: [] }))
        .expect(201)
    ).body;
    const n3 = (
      await r.communityAdmin
        .post('/needs')
        .send(need(r.communityId, { category: 'legal', quantity: { amount: 2, unit: 'sessions' } }))
        .expect(201)
    ).body;
    const far = (
      await r.root
        .post('/offers')
        .send(offer(farUnit, [r.districtId], { tags: [], capacity: { amount: 20, unit: 'person_hours' } }))
        .expect(201)
    ).body;

    await r.unitContact.post('/matching/runs').send({ scopeOrgId: r.streetId }).expect(403);
    await r.root.post('/matching/runs').send({ scopeOrgId: r.gridId }).expect(422);
    const run = await r.root.post('/matching/runs').send({ scopeOrgId: r.streetId }).expect(201);
    expect(run.body.stats).toMatchObject({ needs: 3, offers: 3 - 1, eligiblePairs: 4 });
    // 40 h of the near, paired unit and 20 h of the far one cover 60 h of demand; the optimum
    // gives the paired unit to n1 (its grid) and splits the rest
    const byNeed = (id: string) => run.body.proposals.filter((p: { needId: string }) => p.needId === id);
    expect(byNeed(n1.id).reduce((s: number, p: { quantity: { amount: number } }) => s + p.quantity.amount, 0)).toBe(30);
    expect(byNeed(n2.id).reduce((s: number, p: { quantity: { amount: number } }) => s + p.quantity.amount, 0)).toBe(30);
    expect(run.body.unmatched).toEqual([
      {
        needId: n3.id,
        excludedBy: { category: 2, unit: 0, window: 0, area: 0 },
        // by name, beside its id (issue 17)
        need: expect.objectContaining({ title: n3.title, communityName: '二社区', quantity: n3.quantity }),
      },
    ]);

    const pairs = await r.auditor.get(`/matching/runs/${run.body.runId}/pairs`).query({ limit: 2 }).expect(200);
    expect(pairs.body.total).toBe(4);
    expect(pairs.body.items).toHaveLength(2);
    const rest = await r.auditor
      .get(`/matching/runs/${run.body.runId}/pairs`)
      .query({ cursor: pairs.body.nextCursor })
      .expect(200);
    const all = [...pairs.body.items, ...rest.body.items];
    expect(all.reduce((s: number, p: { score: number; quantity: number }) => s + p.score * p.quantity, 0)).toBeCloseTo(
      run.body.stats.objective,
      4,
    );

    const chosen = byNeed(n1.id)[0];
    const explained = await r.communityAdmin.get(`/proposals/${chosen.id}`).expect(200);
    expect(explained.body).toMatchObject({ status: 'pending', needId: n1.id, quantity: { amount: 30 } });
    expect(explained.body.explanation.breakdown).toMatchObject({ pairing: 2 });
    expect(explained.body.explanation.alternatives[0]).toMatchObject({ offerId: far.id, whyNot: expect.any(String) });
    expect(explained.body.explanation.excludedBy).toEqual({ category: 0, unit: 0, window: 0, area: 0 });

    // a new run supersedes the pending proposals in its scope
    const again = await r.root.post('/matching/runs').send({ scopeOrgId: r.streetId }).expect(201);
    const old = await r.root.get(`/proposals/${chosen.id}`).expect(200);
    expect(old.body).toMatchObject({ status: 'superseded', supersededBy: again.body.runId });
    const pending = await r.root.get('/proposals').query({ status: 'pending' }).expect(200);
    expect(pending.body.items).toHaveLength(again.body.proposals.length);
    // same input, same output
    expect(
      again.body.proposals.map((p: { needId: string; offerId: string; quantity: unknown }) => [
        p.needId,
        p.offerId,
        p.quantity,
      ]),
    ).toEqual(
      run.body.proposals.map((p: { needId: string; offerId: string; quantity: unknown }) => [
        p.needId,
        p.offerId,
        p.quantity,
      ]),
    );
  });

  it('lets each side reject only its own proposals', async () => {
    const [proposal] = (
      await r.root.get('/proposals').query({ status: 'pending', communityId: r.communityId }).expect(200)
    ).body.items;
    await r.otherCommunityAdmin.post(`/proposals/${proposal.id}/reject`).send({ side: 'community' }).expect(403);
    await r.unitContact.post(`/proposals/${proposal.id}/reject`).send({ side: 'community' }).expect(403);
    const rejected = await r.communityAdmin
      .post(`/proposals/${proposal.id}/reject`)
      .send({ side: 'community', reason: '已另行安排' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejected: { side: 'community', reason: '已另行安排' } });
    await r.communityAdmin.post(`/proposals/${proposal.id}/reject`).send({ side: 'community' }).expect(409);
  });
});

describe('proposals to projects: acceptance by both sides, reservations, lifecycle, evaluations', () => {
  const t = new TestPlatform();
  let r: Region;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  const remaining = async (kind: 'needs' | 'offers', id: string) =>
    (await r.root.get(`/${kind}/${id}`).expect(200)).body;

  it('turns a proposal into a project once both sides accept, reserving the quantity', async () => {
    const n = (await r.communityAdmin.post('/needs').send(need(r.communityId)).expect(201)).body;
    const o = (
      await r.unitContact
        .post('/offers')
        .send(offer(r.unitId, [r.communityId]))
        .expect(201)
    ).body;
    const run = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
    const [p] = run.proposals;
    expect(p).toMatchObject({ needId: n.id, offerId: o.id, quantity: { amount: 30 } });

    const before = await t.eventCount();
    await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(403);
    await r.otherCommunityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(403);
    await r.otherCommunityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(403);
    await r.auditor.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(403);
    await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'both' }).expect(400);
    expect(await t.eventCount()).toBe(before);

    const half = await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
    expect(half.body).toMatchObject({ status: 'pending', acceptedBy: ['community'] });
    expect((await remaining('offers', o.id)).remaining.amount).toBe(40);

    const both = await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200);
    expect(both.body).toMatchObject({
      status: 'accepted',
      acceptedBy: ['community', 'unit'],
      projectId: expect.any(String),
    });
    expect(await remaining('needs', n.id)).toMatchObject({ status: 'matched', remaining: { amount: 0 } });
    expect(await remaining('offers', o.id)).toMatchObject({ status: 'partially_reserved', remaining: { amount: 10 } });

    const projectId = both.body.projectId;
    const project = await r.auditor.get(`/projects/${projectId}`).expect(200);
    expect(project.body).toMatchObject({
      status: 'planned',
      needId: n.id,
      offerId: o.id,
      quantity: { amount: 30 },
      title: '独居老人助餐',
    });
    await r.communityAdmin.post(`/projects/${projectId}/evaluations`).send({ score: 5 }).expect(409);
    await r.communityAdmin.post(`/projects/${projectId}/complete`).send({ report: 'x' }).expect(409);
    await r.unitContact.post(`/projects/${projectId}/start`).expect(200);
    await r.otherCommunityAdmin.post(`/projects/${projectId}/complete`).send({ report: 'x' }).expect(403);
    const m1 = (
      await r.communityAdmin
        .post('/members')
        .send({
          name: '赵医生',
          phone: '13500003333',
          branchId: r.unitId,
          joinedPartyOn: '2010-07-01',
          employerUnitId: r.unitId,
        })
        .expect(201)
    ).body.id;
    const beforeStranger = await t.eventCount();
    const stranger = await r.unitContact
      .post(`/projects/${projectId}/complete`)
      .send({ report: 'x', participantMemberIds: [m1, 'not-a-member'] })
      .expect(422);
    expect(stranger.body).toMatchObject({ error: 'invalid_participant', details: { unknown: ['not-a-member'] } });
    expect(await t.eventCount()).toBe(beforeStranger);
    const done = await r.unitContact
      .post(`/projects/${projectId}/complete`)
      .send({ report: '完成送餐 30 小时', participantMemberIds: [m1, m1] })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'completed', report: '完成送餐 30 小时', participantMemberIds: [m1] });
    expect(await remaining('needs', n.id)).toMatchObject({ status: 'fulfilled', served: 30 });
    await r.communityAdmin.post(`/projects/${projectId}/evaluations`).send({ score: 6 }).expect(400);
    await r.unitContact.post(`/projects/${projectId}/evaluations`).send({ score: 1 }).expect(403);
    const rated = await r.communityAdmin
      .post(`/projects/${projectId}/evaluations`)
      .send({ score: 5, comment: '很满意' })
      .expect(201);
    expect(rated.body.meanScore).toBe(5);
    // the residents evaluate once (issue 16 item 3): a second evaluation is refused
    await r.communityAdmin.post(`/projects/${projectId}/evaluations`).send({ score: 4 }).expect(409);
    // organizations keeps the unit's co-build record from matching's events
    const record = (await r.communityAdmin.get(`/units/${r.unitId}/contributions`).expect(200)).body;
    expect(record.items.find((c: { projectId: string }) => c.projectId === projectId)).toMatchObject({
      title: '独居老人助餐',
      quantity: { amount: 30, unit: 'person_hours' },
      scores: [5],
    });
    expect(record.totals.completedProjects).toBeGreaterThanOrEqual(1);
    const events = (await t.platform.inspect.store.readAll()).map((e) => e.type);
    expect(events).toEqual(expect.arrayContaining(['matching.ProjectCompleted', 'matching.ProjectEvaluated']));
  });

  it('lets exactly one of two concurrent acceptances that together exceed an offer win', async () => {
    const o = (
      await r.unitContact
        .post('/offers')
        .send(offer(r.unitId, [r.streetId], { category: 'education', capacity: { amount: 30, unit: 'person_hours' } }))
        .expect(201)
    ).body;
    await r.communityAdmin
      .post('/needs')
      .send(need(r.communityId, { category: 'education', quantity: { amount: 20, unit: 'person_hours' } }))
      .expect(201);
    await r.otherCommunityAdmin
      .post('/needs')
      .send(need(r.otherCommunityId, { category: 'education', quantity: { amount: 20, unit: 'person_hours' } }))
      .expect(201);
    // one run per community: each sees the whole offer and proposes 20 h of it
    const a = (
      await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)
    ).body.proposals.find((p: { offerId: string }) => p.offerId === o.id);
    const b = (
      await r.otherCommunityAdmin.post('/matching/runs').send({ scopeOrgId: r.otherCommunityId }).expect(201)
    ).body.proposals.find((p: { offerId: string }) => p.offerId === o.id);
    expect(a.quantity.amount + b.quantity.amount).toBeGreaterThan(30);
    await r.communityAdmin.post(`/proposals/${a.id}/accept`).send({ side: 'community' }).expect(200);
    await r.otherCommunityAdmin.post(`/proposals/${b.id}/accept`).send({ side: 'community' }).expect(200);
    const results = await Promise.all([
      r.unitContact.post(`/proposals/${a.id}/accept`).send({ side: 'unit' }),
      r.unitContact.post(`/proposals/${b.id}/accept`).send({ side: 'unit' }),
    ]);
    const statuses = results.map((res) => res.status).sort();
    expect(statuses[0]).toBe(200);
    expect([409, 422]).toContain(statuses[1]);
    const after = await remaining('offers', o.id);
    expect(after.remaining.amount).toBe(10);
    const reserved = (await t.platform.inspect.store.readStream(`matching.offer-${o.id}`)).filter(
      (e) => e.type === 'matching.OfferReserved',
    );
    expect(reserved).toHaveLength(1);
  });
});

describe('instant proposals', () => {
  const t = new TestPlatform();
  let r: Region;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  it('proposes the best offer as soon as a need is posted, and the best need when an offer is', async () => {
    const o = (
      await r.unitContact
        .post('/offers')
        .send(offer(r.unitId, [r.streetId]))
        .expect(201)
    ).body;
    const n = (await r.communityAdmin.post('/needs').send(need(r.communityId)).expect(201)).body;
    const forNeed = await r.communityAdmin.get('/proposals').query({ needId: n.id, status: 'pending' }).expect(200);
    expect(forNeed.body.items).toEqual([
      expect.objectContaining({
        needId: n.id,
        offerId: o.id,
        runId: null,
        quantity: { amount: 30, unit: 'person_hours' },
      }),
    ]);
    const o2 = (
      await r.unitContact
        .post('/offers')
        .send(offer(r.unitId, [r.communityId], { tags: [] }))
        .expect(201)
    ).body;
    const forOffer = await r.unitContact.get('/proposals').query({ unitId: r.unitId, status: 'pending' }).expect(200);
    expect(forOffer.body.items.map((p: { offerId: string }) => p.offerId)).toContain(o2.id);

    // an instant proposal explains itself like a run's: the breakdown, and why not the other offer
    const n3 = (
      await r.communityAdmin
        .post('/needs')
        .send(need(r.communityId, { quantity: { amount: 10, unit: 'person_hours' } }))
        .expect(201)
    ).body;
    const [p3] = (await r.communityAdmin.get('/proposals').query({ needId: n3.id }).expect(200)).body.items;
    expect(p3).toMatchObject({ runId: null, offerId: o.id });
    const explained = (await r.communityAdmin.get(`/proposals/${p3.id}`).expect(200)).body.explanation;
    expect(explained).toMatchObject({
      breakdown: p3.breakdown,
      excludedBy: { category: 0, unit: 0, window: 0, area: 0 },
      alternativesTotal: 1,
    });
    expect(explained.alternatives).toEqual([
      expect.objectContaining({ offerId: o2.id, assigned: 0, whyNot: 'lower_score' }),
    ]);
    expect(explained.alternatives[0].score).toBeLessThan(p3.score);
  });
});
