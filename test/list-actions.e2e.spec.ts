import { type Client, type Region, startSeeded, TestPlatform } from './support/platform';

/**
 * Issue 17, "what a first use of today's console showed": each list tells its caller what it may
 * do with each item (`actions`, by the policy functions the commands ask), the names beside the
 * ids, and its total; the to-do of a district admin is counted on the server, whatever its size.
 */
describe('lists say what the caller may do, by name, with totals (issue 17)', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  const window = { from: '2027-01-01', to: '2027-06-30' };
  const need = (c: Client, communityId: string, title: string, amount = 10) =>
    c
      .post('/needs')
      .send({
        communityId,
        title,
        category: 'elderly_care',
        tags: ['助餐'],
        quantity: { amount, unit: 'person_hours' },
        window,
        urgency: 'normal',
      })
      .expect(201)
      .then((res) => res.body);
  const offer = (c: Client, unitId: string, title: string, amount = 10, category = 'elderly_care') =>
    c
      .post('/offers')
      .send({
        unitId,
        title,
        category,
        tags: ['助餐'],
        capacity: { amount, unit: 'person_hours' },
        window,
        serviceArea: [r.districtId],
      })
      .expect(201)
      .then((res) => res.body);
  const unit = async (name: string) =>
    (
      await (
        await t.root()
      )
        .post('/units')
        .send({ name, sector: 'state_enterprise', locatedIn: r.communityId })
        .expect(201)
    ).body.id as string;

  it("offers: a unit contact may edit and withdraw its own unit's offers and nobody else's", async () => {
    const otherUnitId = await unit('县供电公司');
    const root = await t.root();
    const own = await offer(r.unitContact, r.unitId, '健康义诊', 10, 'health');
    const other = await offer(root, otherUnitId, '电力维修', 10, 'other');
    expect(own).toMatchObject({ unitName: '县人民医院', actions: ['edit', 'withdraw'] });

    const seen = (await r.unitContact.get('/offers').query({ limit: 200 }).expect(200)).body;
    const byId = new Map(seen.items.map((o: any) => [o.id, o]));
    expect(byId.get(own.id)).toMatchObject({ unitName: '县人民医院', actions: ['edit', 'withdraw'] });
    expect(byId.get(other.id)).toMatchObject({ unitName: '县供电公司', actions: [] });
    expect(seen.total).toBe(seen.items.length);
    // the actions are what the commands decide: the other unit's edit is refused, as the list said
    await r.unitContact.patch(`/offers/${other.id}`).send({ title: '改' }).expect(403);
    // an admin above the unit may; the other community's admin may not; the auditor never
    expect((await root.get(`/offers/${other.id}`).expect(200)).body.actions).toEqual(['edit', 'withdraw']);
    expect((await r.otherCommunityAdmin.get(`/offers/${own.id}`).expect(200)).body.actions).toEqual([]);
    expect((await r.auditor.get(`/offers/${own.id}`).expect(200)).body.actions).toEqual([]);
    // withdrawn: nothing left to do
    await r.unitContact.post(`/offers/${own.id}/withdraw`).send({}).expect(200);
    expect((await r.unitContact.get(`/offers/${own.id}`).expect(200)).body.actions).toEqual([]);
  });

  it("needs: only the admins over the need's community edit and cancel it", async () => {
    const posted = await need(r.communityAdmin, r.communityId, '独居老人助餐');
    expect(posted).toMatchObject({ communityName: '二社区', actions: ['edit', 'cancel'] });
    const as = async (c: Client) => (await c.get(`/needs/${posted.id}`).expect(200)).body.actions;
    expect(await as(r.otherCommunityAdmin)).toEqual([]);
    expect(await as(r.unitContact)).toEqual([]);
    expect(await as(r.auditor)).toEqual([]);
    expect(await as(await t.root())).toEqual(['edit', 'cancel']);
    const list = (await r.otherCommunityAdmin.get('/needs').query({ communityId: r.communityId }).expect(200)).body;
    expect(list.items.find((n: any) => n.id === posted.id)).toMatchObject({ communityName: '二社区', actions: [] });
    await r.otherCommunityAdmin.post(`/needs/${posted.id}/cancel`).send({}).expect(403);
  });

  it('proposals: each side accepts for itself; the need and offer beside it by title, quantity, window and name', async () => {
    // the need in 三社区, the unit located in 二社区: 三社区's admin is the community side alone
    await offer(r.unitContact, r.unitId, '上门体检', 20);
    // an alternative whose window covers less of the need's: a lower score
    const later = { ...window, from: '2027-04-01' };
    await r.unitContact
      .post('/offers')
      .send({
        unitId: r.unitId,
        title: '春季体检',
        category: 'elderly_care',
        tags: [],
        capacity: { amount: 20, unit: 'person_hours' },
        window: later,
        serviceArea: [r.districtId],
      })
      .expect(201);
    const posted = await need(r.otherCommunityAdmin, r.otherCommunityId, '慢病老人上门体检', 8);
    const [proposal] = (
      await r.otherCommunityAdmin.get('/proposals').query({ needId: posted.id, status: 'pending' }).expect(200)
    ).body.items;
    expect(proposal).toMatchObject({
      communityName: '三社区',
      unitName: '县人民医院',
      need: { title: '慢病老人上门体检', quantity: { amount: 8 }, window, communityName: '三社区' },
      offer: { title: '上门体检', capacity: { amount: 20 }, window, unitName: '县人民医院' },
      actions: ['accept_community', 'reject_community'],
    });
    const as = async (c: Client) => (await c.get(`/proposals/${proposal.id}`).expect(200)).body.actions;
    expect(await as(r.unitContact)).toEqual(['accept_unit', 'reject_unit']);
    // 二社区's admin is over the unit (located there), not over the need
    expect(await as(r.communityAdmin)).toEqual(['accept_unit', 'reject_unit']);
    expect(await as(r.auditor)).toEqual([]);
    expect(await as(await t.root())).toEqual(['accept_community', 'reject_community', 'accept_unit', 'reject_unit']);
    // "why not the other offers" names each alternative's unit, capacity and window
    const detail = (await r.otherCommunityAdmin.get(`/proposals/${proposal.id}`).expect(200)).body;
    expect(detail.explanation.alternatives).toContainEqual(
      expect.objectContaining({
        whyNot: 'lower_score',
        offer: expect.objectContaining({ title: '春季体检', unitName: '县人民医院', window: later }),
      }),
    );

    await r.otherCommunityAdmin.post(`/proposals/${proposal.id}/accept`).send({ side: 'community' }).expect(200);
    expect(await as(r.otherCommunityAdmin)).toEqual(['reject_community']);
    const accepted = (await r.unitContact.post(`/proposals/${proposal.id}/accept`).send({ side: 'unit' }).expect(200))
      .body;
    expect(accepted.actions).toEqual([]);

    // projects: either side starts and completes; the community side evaluates, once
    const project = async (c: Client) => (await c.get(`/projects/${accepted.projectId}`).expect(200)).body;
    expect(await project(r.unitContact)).toMatchObject({
      communityName: '三社区',
      unitName: '县人民医院',
      actions: ['start'],
    });
    expect((await project(r.otherCommunityAdmin)).actions).toEqual(['start']);
    expect((await project(r.auditor)).actions).toEqual([]);
    await r.unitContact.post(`/projects/${accepted.projectId}/start`).expect(200);
    expect((await project(r.otherCommunityAdmin)).actions).toEqual(['complete']);
    await r.otherCommunityAdmin.post(`/projects/${accepted.projectId}/complete`).send({ report: '完成' }).expect(200);
    expect((await project(r.unitContact)).actions).toEqual([]);
    expect((await project(r.communityAdmin)).actions).toEqual([]);
    expect((await project(r.otherCommunityAdmin)).actions).toEqual(['evaluate']);
    await r.otherCommunityAdmin.post(`/projects/${accepted.projectId}/evaluations`).send({ score: 5 }).expect(201);
    expect((await project(r.otherCommunityAdmin)).actions).toEqual([]);
  });

  it("counts a district admin's to-do on the server, past the first 50 rows, one request for all its blocks", async () => {
    const root = await t.root();
    await root
      .post('/accounts')
      .send({ username: 'quwei', password: 'quwei-password', role: 'district_admin', orgId: r.districtId })
      .expect(201);
    const district = await t.login('quwei', 'quwei-password');
    // 70 needs in the two communities, of which 60 find an offer at once: 60 pending proposals
    const unitId = await unit('县自来水公司');
    for (let i = 0; i < 60; i++) await offer(root, unitId, `送水上门 ${i}`, 5, 'property');
    for (let i = 0; i < 70; i++) {
      const body = {
        communityId: i % 2 ? r.communityId : r.otherCommunityId,
        title: `老旧小区送水 ${i}`,
        category: i < 60 ? 'property' : 'legal',
        tags: [],
        quantity: { amount: 5, unit: 'person_hours' },
        window,
        urgency: 'high',
      };
      await root.post('/needs').send(body).expect(201);
    }
    const all = async (path: string, query: Record<string, string>) => {
      const items: any[] = [];
      for (let cursor: string | undefined; ;) {
        const page = (
          await root
            .get(path)
            .query({ ...query, limit: '200', ...(cursor ? { cursor } : {}) })
            .expect(200)
        ).body;
        items.push(...page.items);
        if (!page.nextCursor) return { items, total: page.total };
        cursor = page.nextCursor;
      }
    };
    const area = { orgId: r.districtId };
    const pending = await all('/proposals', { ...area, status: 'pending' });
    const open = await all('/needs', { ...area, status: 'open' });
    expect(pending.items.length).toBeGreaterThan(50);
    expect(pending.total).toBe(pending.items.length);
    expect(open.total).toBe(open.items.length);
    const proposed = new Set(pending.items.map((p) => p.needId));

    const todo = (await district.get('/matching/todo').expect(200)).body;
    expect(todo.side).toBe('community');
    expect(todo.awaiting.total).toBe(pending.items.filter((p) => !p.acceptedBy.includes('community')).length);
    expect(todo.openNeeds.total).toBe(open.items.filter((n) => !proposed.has(n.id)).length);
    expect(todo.openNeeds.total).toBeGreaterThanOrEqual(10);
    expect(todo.awaiting.items).toHaveLength(8);
    expect(todo.awaiting.items[0]).toMatchObject({ need: { title: expect.any(String) }, unitName: '县自来水公司' });
    expect(todo.myOffers).toBeNull();
    // a community admin's is its community's; a unit contact's its unit's; an auditor has none
    const community = (await r.communityAdmin.get('/matching/todo').query({ limit: 50 }).expect(200)).body;
    expect(community.awaiting.total).toBe(
      pending.items.filter((p) => p.communityId === r.communityId && !p.acceptedBy.includes('community')).length,
    );
    const unitTodo = (await r.unitContact.get('/matching/todo').expect(200)).body;
    expect(unitTodo).toMatchObject({ side: 'unit', openNeeds: null, toEvaluate: null });
    expect(unitTodo.myOffers.items.every((o: any) => o.unitId === r.unitId)).toBe(true);
    expect((await r.auditor.get('/matching/todo').expect(200)).body).toMatchObject({ side: null, awaiting: null });
    await t.anonymous().get('/matching/todo').expect(401);
    const bad = await district.get('/matching/todo').query({ limit: 51 }).expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'limit' })]);
  }, 120_000);
});
