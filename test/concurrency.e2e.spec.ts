import { branchOver, type Region, seedRegion, TestPlatform } from './support/platform';
import { registerMerchant } from './support/merchants';

/**
 * Optimistic concurrency on every aggregate (issue: reliability): 50 writers race on one aggregate
 * with the same `If-Match` version, or on one limited resource, and the invariants hold — exactly
 * one conditional write wins, nothing is over-reserved, nothing is appended twice.
 */
const RACERS = 50;

const need = (communityId: string, over: Record<string, unknown> = {}) => ({
  communityId,
  title: '助餐',
  category: 'elderly_care',
  tags: ['助餐'],
  quantity: { amount: 10, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2027-03-31' },
  urgency: 'normal',
  ...over,
});
const offer = (unitId: string, communityId: string, amount: number) => ({
  unitId,
  title: '志愿服务',
  category: 'elderly_care',
  tags: ['助餐'],
  capacity: { amount, unit: 'person_hours' },
  window: { from: '2026-11-01', to: '2027-06-30' },
  serviceArea: [communityId],
});

const statuses = (responses: Array<{ status: number }>) =>
  responses.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {});

describe(`${RACERS} conflicting writers per aggregate`, () => {
  const t = new TestPlatform();
  let r: Region;
  /** the street's alliance merchant, where the tests redeem */
  let shop = '';

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    shop = await registerMerchant(r.root, r.streetId);
  });
  afterAll(() => t.stop());

  it('organization: one conditional rename wins, the rest get 412 (their If-Match no longer holds)', async () => {
    const org = (await r.root.post('/organizations').send({ name: '竞态网格', kind: 'grid', parentId: r.communityId }))
      .body;
    const before = await t.eventCount();
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        r.root
          .post(`/organizations/${org.id}/rename`)
          .set('If-Match', String(org.version))
          .send({ name: `网格${i}` }),
      ),
    );
    expect(statuses(results)).toEqual({ 200: 1, 412: RACERS - 1 });
    expect(await t.eventCount()).toBe(before + 1);
    const winner = results.find((x) => x.status === 200)!.body.name;
    expect((await r.root.get(`/organizations/${org.id}`).expect(200)).body).toMatchObject({
      name: winner,
      version: org.version + 1,
    });
  });

  it('need and offer: one conditional edit wins each', async () => {
    const n = (await r.communityAdmin.post('/needs').send(need(r.communityId)).expect(201)).body;
    const o = (
      await r.unitContact
        .post('/offers')
        .send(offer(r.unitId, r.communityId, 10))
        .expect(201)
    ).body;
    const before = await t.eventCount();
    const [needs, offers] = await Promise.all([
      Promise.all(
        Array.from({ length: RACERS }, (_, i) =>
          r.communityAdmin
            .patch(`/needs/${n.id}`)
            .set('If-Match', String(n.version))
            .send({ title: `需求${i}` }),
        ),
      ),
      Promise.all(
        Array.from({ length: RACERS }, (_, i) =>
          r.unitContact
            .patch(`/offers/${o.id}`)
            .set('If-Match', String(o.version))
            .send({ title: `资源${i}` }),
        ),
      ),
    ]);
    expect(statuses(needs)).toEqual({ 200: 1, 412: RACERS - 1 });
    expect(statuses(offers)).toEqual({ 200: 1, 412: RACERS - 1 });
    expect(await t.eventCount()).toBe(before + 2);
  });

  it('offer capacity: 50 acceptances that together need 5× the capacity never over-reserve it', async () => {
    // a unit of its own with one offer of 100 hours; then 50 needs of 10 hours, each of which is
    // instantly proposed the whole 10 hours of that offer: 500 hours pending against 100
    const capacity = 100;
    const unitId = (
      await r.root
        .post('/units')
        .send({ name: '竞态单位', sector: 'state_enterprise', locatedIn: r.communityId })
        .expect(201)
    ).body.id;
    const big = (
      await r.root
        .post('/offers')
        .send({ ...offer(unitId, r.communityId, capacity), title: '大额资源', tags: ['竞态'] })
        .expect(201)
    ).body;
    const needIds = new Set<string>();
    for (let i = 0; i < RACERS; i++) {
      const posted = await r.root
        .post('/needs')
        .send(need(r.communityId, { title: `竞态需求${i}`, tags: ['竞态'] }))
        .expect(201);
      needIds.add(posted.body.id);
    }
    const pending = (
      await r.root.get('/proposals').query({ unitId, status: 'pending', limit: 200 }).expect(200)
    ).body.items.filter((p: { needId: string }) => needIds.has(p.needId)) as Array<{
      id: string;
      offerId: string;
      quantity: { amount: number };
    }>;
    expect(pending).toHaveLength(RACERS);
    expect(pending.every((p) => p.offerId === big.id && p.quantity.amount === 10)).toBe(true);
    for (const p of pending) await r.root.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);

    const results = await Promise.all(
      pending.map((p) => r.root.post(`/proposals/${p.id}/accept`).send({ side: 'unit' })),
    );
    expect(results.every((x) => [200, 409, 422].includes(x.status))).toBe(true);
    const accepted = results.filter((x) => x.status === 200);
    expect(accepted).toHaveLength(capacity / 10);
    const after = (await r.root.get(`/offers/${big.id}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'reserved', remaining: { amount: 0 } });
    const projects = (await r.root.get('/projects').query({ offerId: big.id, limit: 200 }).expect(200)).body.items;
    expect(projects).toHaveLength(accepted.length);
    // every need whose acceptance lost is still open, with nothing reserved
    const lost = pending.filter((_, i) => results[i].status !== 200);
    for (const p of lost.slice(0, 5)) {
      const proposal = (await r.root.get(`/proposals/${p.id}`).expect(200)).body;
      const n = (await r.root.get(`/needs/${proposal.needId}`).expect(200)).body;
      expect(n).toMatchObject({ status: 'open', remaining: { amount: 10 } });
    }
  });

  it('project: one of 50 concurrent starts wins; the rest are told it already started', async () => {
    const n = (
      await r.communityAdmin
        .post('/needs')
        .send(need(r.communityId, { tags: ['项目竞态'] }))
        .expect(201)
    ).body;
    const o = (
      await r.unitContact
        .post('/offers')
        .send({ ...offer(r.unitId, r.communityId, 10), tags: ['项目竞态'] })
        .expect(201)
    ).body;
    const p = (await r.root.get('/proposals').query({ needId: n.id, status: 'pending' }).expect(200)).body.items.find(
      (x: { offerId: string }) => x.offerId === o.id,
    );
    await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
    const projectId = (await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200)).body
      .projectId;
    const before = await t.eventCount();
    const results = await Promise.all(
      Array.from({ length: RACERS }, () => r.unitContact.post(`/projects/${projectId}/start`)),
    );
    expect(statuses(results)).toEqual({ 200: 1, 409: RACERS - 1 });
    expect(await t.eventCount()).toBe(before + 1);
  });
  let memberCount = 0;
  const registerMember = async () =>
    (
      await r.communityAdmin
        .post('/members')
        .send({
          name: `竞态党员${++memberCount}`,
          phone: `1370000${String(memberCount).padStart(4, '0')}`,
          branchId: r.branchId,
          joinedPartyOn: '2012-07-01',
        })
        .expect(201)
    ).body as { id: string; version: number };
  const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
  const publishActivity = async (slots: number, pointsPerHour = 10) =>
    (
      await r.communityAdmin
        .post('/activities')
        .send({
          title: '竞态招募令',
          orgId: r.gridId,
          category: 'elderly_care',
          place: '社区活动室',
          startsAt: hoursFromNow(-1),
          endsAt: hoursFromNow(2),
          slots,
          pointsPerHour,
        })
        .expect(201)
    ).body as { id: string };

  it('account: of 50 creations of one username exactly one is made', async () => {
    const before = await t.eventCount();
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        r.root.post('/accounts').send({
          username: 'race-account',
          password: `race-password-${i}`,
          role: 'community_admin',
          orgId: r.communityId,
        }),
      ),
    );
    expect(statuses(results)).toEqual({ 201: 1, 409: RACERS - 1 });
    expect(await t.eventCount()).toBe(before + 1);
    const winner = results.findIndex((x) => x.status === 201);
    await t
      .anonymous()
      .post('/auth/login')
      .send({ username: 'race-account', password: `race-password-${winner}` })
      .expect(200);
  });

  it('member: one of 50 conditional transfers wins, the branch history has one move', async () => {
    const grids = await Promise.all(
      ['竞态一网格', '竞态二网格'].map(async (name) =>
        branchOver(
          r.root,
          (await r.root.post('/organizations').send({ name, kind: 'grid', parentId: r.communityId }).expect(201)).body
            .id as string,
        ),
      ),
    );
    const m = await registerMember();
    const before = await t.eventCount();
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        r.communityAdmin
          .post(`/members/${m.id}/transfer`)
          .set('If-Match', String(m.version))
          .send({ toBranchId: grids[i % 2] }),
      ),
    );
    expect(statuses(results)).toEqual({ 200: 1, 412: RACERS - 1 });
    expect(await t.eventCount()).toBe(before + 1);
    const after = (await r.communityAdmin.get(`/members/${m.id}`).expect(200)).body;
    expect(after.branchId).toBe(results.find((x) => x.status === 200)!.body.branchId);
    expect(after.version).toBe(m.version + 1);
  });

  it('activity slots: 50 members race for 10 places, exactly 10 get one', async () => {
    const activity = await publishActivity(10);
    const members = await Promise.all(Array.from({ length: RACERS }, () => registerMember()));
    const before = await t.eventCount();
    const results = await Promise.all(
      members.map((m) => r.communityAdmin.post(`/activities/${activity.id}/signups`).send({ memberId: m.id })),
    );
    const counts = statuses(results);
    expect(counts[201]).toBe(10);
    expect((counts[409] ?? 0) + (counts[422] ?? 0)).toBe(RACERS - 10);
    expect(await t.eventCount()).toBe(before + 10);
    const after = (await r.communityAdmin.get(`/activities/${activity.id}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'full' });
  });

  it('micro-wish: of 50 members claiming one wish at once, one holds it', async () => {
    const wish = (
      await r.communityAdmin
        .post('/micro-wishes')
        .send({ communityId: r.communityId, title: '给独居老人买助听器电池' })
        .expect(201)
    ).body;
    const members = await Promise.all(Array.from({ length: RACERS }, () => registerMember()));
    const before = await t.eventCount();
    const results = await Promise.all(
      members.map((m) => r.communityAdmin.post(`/micro-wishes/${wish.id}/claim`).send({ memberId: m.id })),
    );
    expect(statuses(results)).toEqual({ 200: 1, 409: RACERS - 1 });
    expect(await t.eventCount()).toBe(before + 1);
    const claimer = members[results.findIndex((x) => x.status === 200)].id;
    expect((await r.communityAdmin.get(`/micro-wishes/${wish.id}`).expect(200)).body.claimedBy).toBe(claimer);
  });

  it('points ledger: 50 redemptions worth 7× the balance leave it at or above zero, each accepted one in the ledger', async () => {
    const m = await registerMember();
    const activity = await publishActivity(1, 20);
    await r.communityAdmin.post(`/activities/${activity.id}/signups`).send({ memberId: m.id }).expect(201);
    await r.communityAdmin
      .post(`/activities/${activity.id}/attendance`)
      .send({ memberId: m.id, hours: 2.5 })
      .expect(201);
    const points = async () => (await r.communityAdmin.get(`/members/${m.id}/points`).expect(200)).body;
    for (let i = 0; (await points()).balance !== 50; i++) {
      if (i > 100) throw new Error('the verified hours never became points');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const before = await t.eventCount();
    const results = await Promise.all(
      Array.from({ length: RACERS }, () =>
        r.communityAdmin.post(`/members/${m.id}/redemptions`).send({ points: 7, merchantId: shop }),
      ),
    );
    expect(statuses(results)).toEqual({ 201: 7, 422: RACERS - 7 }); // 7 × 7 = 49 ≤ 50 < 8 × 7
    expect(await t.eventCount()).toBe(before + 7);
    const ledger = await points();
    expect(ledger.balance).toBe(1);
    expect(ledger.items.filter((e: { kind: string }) => e.kind === 'redemption')).toHaveLength(7);
  });
});
