import { type Region, seedRegion, TestPlatform } from './support/platform';
import { checklistAnswers } from './support/sites';

describe('organizations and identity through the embedded platform', () => {
  const t = new TestPlatform();
  let r: Region;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  it('keeps the chain of kinds: a community under a street, never under a district', async () => {
    const before = await t.eventCount();
    const res = await r.root
      .post('/organizations')
      .send({ name: '错社区', kind: 'community', parentId: r.districtId })
      .expect(422);
    expect(res.body).toMatchObject({ error: 'invalid_parent', details: { field: 'parentId' } });
    await r.root.post('/organizations').send({ name: '无父街道', kind: 'street' }).expect(422);
    await r.root.post('/organizations').send({ name: '孤儿', kind: 'grid', parentId: 'missing' }).expect(422);
    await r.root.post('/organizations').send({ name: '', kind: 'planet' }).expect(400);
    expect(await t.eventCount()).toBe(before);
  });

  it('shows an organisation with its lineage, lists by kind and parent, and the whole tree with counts', async () => {
    const community = await r.root.get(`/organizations/${r.communityId}`).expect(200);
    expect(community.body).toMatchObject({
      id: r.communityId,
      kind: 'community',
      parentId: r.streetId,
      status: 'active',
    });
    expect(community.body.lineage).toEqual([r.districtId, r.streetId, r.communityId]);
    const streets = await r.root.get('/organizations').query({ kind: 'street' }).expect(200);
    expect(streets.body.items.map((o: { id: string }) => o.id)).toEqual([r.streetId]);
    const children = await r.root.get('/organizations').query({ parentId: r.streetId }).expect(200);
    expect(children.body.items).toHaveLength(2);
    const tree = await r.root.get(`/organizations/${r.districtId}/tree`).expect(200);
    expect(tree.body.counts).toEqual({ organizations: 4, units: 1, members: 0, openNeeds: 0 });
    const street = tree.body.children[0];
    expect(street.name).toBe('东城街道');
    const community2 = street.children.find((c: { id: string }) => c.id === r.communityId);
    expect(community2.units.map((u: { name: string }) => u.name)).toEqual(['县人民医院']);
    expect(community2.children.map((g: { name: string }) => g.name)).toEqual(['第一网格']);
  });

  it('lets a community admin act only inside its community', async () => {
    await r.communityAdmin
      .post('/organizations')
      .send({ name: '第二网格', kind: 'grid', parentId: r.communityId })
      .expect(201);
    await r.communityAdmin
      .post('/organizations')
      .send({ name: '越界网格', kind: 'grid', parentId: r.otherCommunityId })
      .expect(403);
    await r.communityAdmin.post(`/organizations/${r.streetId}/rename`).send({ name: '改名' }).expect(403);
    await r.unitContact.post('/organizations').send({ name: 'x', kind: 'grid', parentId: r.communityId }).expect(403);
    await r.auditor.post('/organizations').send({ name: 'x', kind: 'grid', parentId: r.communityId }).expect(403);
    const me = await r.communityAdmin.get('/accounts/me').expect(200);
    expect(me.body).toMatchObject({ username: 'er-shequ', role: 'community_admin', orgId: r.communityId });
  });

  it('renames, moves a grid to another community, and refuses a move under the wrong kind', async () => {
    const grid = (
      await r.root.post('/organizations').send({ name: '流动网格', kind: 'grid', parentId: r.communityId }).expect(201)
    ).body;
    const renamed = await r.root.post(`/organizations/${grid.id}/rename`).send({ name: '第三网格' }).expect(200);
    expect(renamed.body).toMatchObject({ name: '第三网格', version: 1 });
    const moved = await r.root
      .post(`/organizations/${grid.id}/move`)
      .send({ parentId: r.otherCommunityId })
      .expect(200);
    expect(moved.body.lineage).toEqual([r.districtId, r.streetId, r.otherCommunityId, grid.id]);
    await r.root.post(`/organizations/${grid.id}/move`).send({ parentId: r.streetId }).expect(422);
    // the community admin who no longer holds the grid cannot touch it
    await r.communityAdmin.post(`/organizations/${grid.id}/rename`).send({ name: 'x' }).expect(403);
  });

  it("shows renames and moves in the matching service's copy of the tree at once, without a restart", async () => {
    const grid = (
      await r.root.post('/organizations').send({ name: '甲网格', kind: 'grid', parentId: r.communityId }).expect(201)
    ).body;
    await r.root.post(`/organizations/${grid.id}/rename`).send({ name: '乙网格' }).expect(200);
    await r.root.post(`/organizations/${grid.id}/move`).send({ parentId: r.otherCommunityId }).expect(200);
    await t.platform.runtime.settle();
    const copy = await t.platform.inspect.documents.collection('matching.org-directory').get(grid.id);
    expect(copy).toMatchObject({ name: '乙网格', kind: 'grid', parentId: r.otherCommunityId, version: 2 });
  });

  it('explains invalid hierarchy operations with 422 and appends nothing', async () => {
    const before = await t.eventCount();
    const underOwnGrid = await r.root
      .post(`/organizations/${r.communityId}/move`)
      .send({ parentId: r.gridId })
      .expect(422);
    expect(underOwnGrid.body.message).toBe('a community must be under a street, not a grid');
    const withGrids = await r.root.post(`/organizations/${r.communityId}/dissolve`).send({}).expect(422);
    expect(withGrids.body.message).toBe(
      'the organisation still has active organisations, units or open needs under it',
    );
    expect(withGrids.body.details).toMatchObject({ activeChildren: expect.any(Number), activeUnits: 1 });
    expect(await t.eventCount()).toBe(before);
  });

  it('counts open needs in the tree and refuses to dissolve a community that still has one', async () => {
    const community = (
      await r.root.post('/organizations').send({ name: '四社区', kind: 'community', parentId: r.streetId }).expect(201)
    ).body.id;
    const need = {
      communityId: community,
      title: '助学',
      category: 'education',
      tags: [],
      quantity: { amount: 2, unit: 'sessions' },
      window: { from: '2026-12-01', to: '2027-12-31' },
      urgency: 'low',
    };
    const posted = (await r.root.post('/needs').send(need).expect(201)).body;
    await t.platform.runtime.settle();
    const tree = await r.root.get(`/organizations/${r.streetId}/tree`).expect(200);
    expect(tree.body.counts.openNeeds).toBe(1);
    const refused = await r.root.post(`/organizations/${community}/dissolve`).send({}).expect(422);
    expect(refused.body.details).toMatchObject({ openNeeds: 1 });
    await r.root.post(`/needs/${posted.id}/cancel`).send({}).expect(200);
    await t.platform.runtime.settle();
    await r.root.post(`/organizations/${community}/dissolve`).send({}).expect(200);
  });

  it('dissolves only what has nothing active under it', async () => {
    const res = await r.root.post(`/organizations/${r.communityId}/dissolve`).send({}).expect(422);
    expect(res.body.error).toBe('not_empty');
    const empty = (
      await r.root
        .post('/organizations')
        .send({ name: '待撤销网格', kind: 'grid', parentId: r.otherCommunityId })
        .expect(201)
    ).body;
    const dissolved = await r.root.post(`/organizations/${empty.id}/dissolve`).send({}).expect(200);
    expect(dissolved.body.status).toBe('dissolved');
    await r.root.post(`/organizations/${empty.id}/dissolve`).send({}).expect(409);
    await r.root.post('/organizations').send({ name: '楼栋', kind: 'building', parentId: empty.id }).expect(422);
  });

  it('registers units in a community or street, and pairs them with a grid', async () => {
    await r.root.post('/units').send({ name: '错单位', sector: 'state_enterprise', locatedIn: r.gridId }).expect(422);
    await r.root.post('/units').send({ name: '错单位', sector: 'space', locatedIn: r.communityId }).expect(400);
    const units = await r.root.get('/units').query({ locatedIn: r.communityId }).expect(200);
    expect(units.body.items.map((u: { id: string }) => u.id)).toEqual([r.unitId]);

    const pairing = await r.communityAdmin.post('/pairings').send({ unitId: r.unitId, orgId: r.gridId }).expect(201);
    expect(pairing.body).toMatchObject({ unitId: r.unitId, orgId: r.gridId, status: 'active', endedOn: null });
    await r.communityAdmin.post('/pairings').send({ unitId: r.unitId, orgId: r.gridId }).expect(422);
    // community B stands on neither side (the unit and the grid lie in A): 403; a unit pairs with no street: 422
    await r.otherCommunityAdmin.post('/pairings').send({ unitId: r.unitId, orgId: r.gridId }).expect(403);
    await r.root.post('/pairings').send({ unitId: r.unitId, orgId: r.streetId }).expect(422);
    await r.otherCommunityAdmin.delete(`/pairings/${pairing.body.id}`).expect(403);
    const ended = await r.communityAdmin.delete(`/pairings/${pairing.body.id}`).expect(200);
    expect(ended.body.status).toBe('ended');
    await r.communityAdmin.delete(`/pairings/${pairing.body.id}`).expect(409);
  });

  it('creates accounts only in scope and for the right kind of organisation; usernames are unique', async () => {
    const body = {
      username: 'new-admin',
      password: 'long-enough-pw',
      role: 'community_admin',
      orgId: r.otherCommunityId,
    };
    await r.communityAdmin.post('/accounts').send(body).expect(403);
    await r.root
      .post('/accounts')
      .send({ ...body, orgId: r.streetId })
      .expect(422);
    await r.root
      .post('/accounts')
      .send({ ...body, password: 'short' })
      .expect(400);
    await r.communityAdmin
      .post('/accounts')
      .send({ ...body, role: 'auditor', orgId: r.communityId })
      .expect(403);
    await r.root.post('/accounts').send(body).expect(201);
    await r.root.post('/accounts').send(body).expect(409);
    await t.login('new-admin', 'long-enough-pw');
  });

  it('logs in with the right password only, and never stores the password in the log', async () => {
    await t.anonymous().post('/auth/login').send({ username: 'er-shequ', password: 'wrong-password' }).expect(401);
    await t.anonymous().post('/auth/login').send({ username: 'nobody', password: 'whatever-pw' }).expect(401);
    await t.anonymous().get('/accounts/me').set('Authorization', 'Bearer not-a-token').expect(401);
    const log = JSON.stringify(await t.platform.inspect.store.readAll());
    expect(log).not.toContain('er-shequ-password');
    expect(log).not.toContain('scrypt$');
  });

  it('records the actor of every event', async () => {
    const events = await t.platform.inspect.store.readAll();
    const created = events.find(
      (e) => e.type === 'organizations.OrganizationRegistered' && (e.data as { name: string }).name === '第二网格',
    );
    expect(created?.actor).toEqual({ accountId: 'er-shequ', role: 'community_admin', orgId: r.communityId });
    expect(events.every((e) => e.actor.accountId)).toBe(true);
  });
});

describe('co-build relationships: joint meetings, part-time committee members, service sites', () => {
  const t = new TestPlatform();
  let r: Region;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  it('lets units join and leave a street joint meeting, keeping the dates', async () => {
    const joined = await r.root
      .post(`/organizations/${r.streetId}/joint-meeting/members`)
      .send({ unitId: r.unitId, joinedOn: '2026-01-15' })
      .expect(201);
    expect(joined.body.members).toEqual([{ unitId: r.unitId, joinedOn: '2026-01-15', leftOn: null, status: 'active' }]);
    expect(joined.body.pending).toEqual([]);
    await r.root.post(`/organizations/${r.streetId}/joint-meeting/members`).send({ unitId: r.unitId }).expect(409);
    await r.root.post(`/organizations/${r.gridId}/joint-meeting/members`).send({ unitId: r.unitId }).expect(422);
    // community B stands on neither side: not over the street, not over the unit (in A)
    await r.otherCommunityAdmin
      .post(`/organizations/${r.streetId}/joint-meeting/members`)
      .send({ unitId: r.unitId })
      .expect(403);
    await r.root
      .delete(`/organizations/${r.streetId}/joint-meeting/members/${r.unitId}`)
      .send({ leftOn: '2025-01-01' })
      .expect(422);
    const left = await r.root
      .delete(`/organizations/${r.streetId}/joint-meeting/members/${r.unitId}`)
      .send({ leftOn: '2026-11-01' })
      .expect(200);
    expect(left.body.members[0]).toMatchObject({ leftOn: '2026-11-01', status: 'left' });
  });

  it('appoints a part-time committee member of a unit for a term, and ends the appointment', async () => {
    const term = { from: '2026-01-01', to: '2028-12-31' };
    const res = await r.communityAdmin
      .post(`/organizations/${r.communityId}/part-time-members`)
      .send({ unitId: r.unitId, personName: '王医生', position: '兼职委员', term })
      .expect(201);
    const [appointment] = res.body.items;
    expect(appointment).toMatchObject({ unitId: r.unitId, personName: '王医生', term, endedOn: null });
    await r.communityAdmin
      .post(`/organizations/${r.communityId}/part-time-members`)
      .send({ unitId: r.unitId, personName: '', position: 'x', term })
      .expect(400);
    const ended = await r.communityAdmin
      .post(`/organizations/${r.communityId}/part-time-members/${appointment.appointmentId}/end`)
      .expect(200);
    expect(ended.body.items[0].endedOn).not.toBeNull();
    await r.communityAdmin
      .post(`/organizations/${r.communityId}/part-time-members/${appointment.appointmentId}/end`)
      .expect(409);
  });

  it('opens a service station and rates it once a year from above, 1–5 stars with a reason', async () => {
    const site = (
      await r.communityAdmin
        .post('/service-sites')
        .send({ orgId: r.communityId, name: '二社区党群服务站', level: 'station' })
        .expect(201)
    ).body;
    await r.communityAdmin
      .post(`/service-sites/${site.id}/ratings`)
      .send({ year: 2025, stars: 5, reason: '自评', items: checklistAnswers('station') })
      .expect(403);
    await r.root
      .post(`/service-sites/${site.id}/ratings`)
      .send({ year: 2025, stars: 6, reason: 'x', items: checklistAnswers('station') })
      .expect(400);
    const rated = await r.root
      .post(`/service-sites/${site.id}/ratings`)
      .send({ year: 2025, stars: 4, reason: '服务群众成效显著', items: checklistAnswers('station') })
      .expect(200);
    expect(rated.body).toMatchObject({
      currentStars: 4,
      ratings: [{ year: 2025, stars: 4, reason: '服务群众成效显著', ratedBy: 'root', checklist: { version: 1 } }],
    });
    await r.root
      .post(`/service-sites/${site.id}/ratings`)
      .send({ year: 2025, stars: 5, reason: 'again', items: checklistAnswers('station') })
      .expect(409);
    await r.root
      .post(`/service-sites/${site.id}/ratings`)
      .send({ year: 2099, stars: 5, reason: 'future', items: checklistAnswers('station') })
      .expect(422);
    const four = await r.auditor.get('/service-sites').query({ stars: 4 }).expect(200);
    expect(four.body.items.map((s: { id: string }) => s.id)).toEqual([site.id]);
  });

  it('gives four and five stars by the district only; the street rates up to three (seed 002)', async () => {
    await r.root
      .post('/accounts')
      .send({ username: 'jiedao-pingji', password: 'jiedao-pingji-password', role: 'street_admin', orgId: r.streetId })
      .expect(201);
    const street = await t.login('jiedao-pingji', 'jiedao-pingji-password');
    await r.root
      .post('/accounts')
      .send({ username: 'qu-pingji', password: 'qu-pingji-password', role: 'district_admin', orgId: r.districtId })
      .expect(201);
    const district = await t.login('qu-pingji', 'qu-pingji-password');
    const site = (
      await r.communityAdmin
        .post('/service-sites')
        .send({ orgId: r.communityId, name: '二社区第二服务点', level: 'point' })
        .expect(201)
    ).body;
    const refused = await street
      .post(`/service-sites/${site.id}/ratings`)
      .send({ year: 2025, stars: 4, reason: '四星', items: checklistAnswers('point') })
      .expect(403);
    expect(refused.body.details).toMatchObject({ field: 'stars', most: 3 });
    await district
      .post(`/service-sites/${site.id}/ratings`)
      .send({ year: 2025, stars: 4, reason: '区考评', items: checklistAnswers('point') })
      .expect(200);
    await street
      .post(`/service-sites/${site.id}/ratings`)
      .send({ year: 2024, stars: 3, reason: '镇考评', items: checklistAnswers('point') })
      .expect(200);
    const rated = (await r.auditor.get(`/service-sites?q=${encodeURIComponent('二社区第二服务点')}`).expect(200)).body
      .items[0];
    expect(
      rated.ratings.map((x: { year: number; stars: number; ratedBy: string }) => [x.year, x.stars, x.ratedBy]),
    ).toEqual([
      [2024, 3, 'jiedao-pingji'],
      [2025, 4, 'qu-pingji'],
    ]);
  });
});
