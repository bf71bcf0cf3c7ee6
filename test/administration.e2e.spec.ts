import { type Region, startSeeded, TestPlatform } from './support/platform';
import { checklistAnswers } from './support/sites';

/**
 * What the console's administration pages read and do (issue 17): searchable lists with their
 * totals counted on the server, the tree's counts of units, members and open needs, a unit's
 * edit (name, sector, where located), pairings of a community's grids shown on the community with
 * their history, the last sign-in of an account.
 */
describe('administration through the API: lists, counts, unit edits, histories', () => {
  const t = new TestPlatform();
  let r: Region;
  startSeeded(t, (region) => (r = region));

  const id = (res: { body: { id: string } }) => res.body.id;
  /** Retries `check` until it passes: what other services fold arrives after the request. */
  async function eventually(check: () => Promise<void>): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        return await check();
      } catch (error) {
        if (i >= 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  }

  it('counts units, members and open needs at every node of the tree, on the server', async () => {
    await r.root
      .post('/members')
      .send({ name: '张红梅', phone: '13800138000', branchId: r.branchId, joinedPartyOn: '2001-07-01' })
      .expect(201);
    // a member of the hospital's branch counts where the hospital is located (二社区)
    await r.root
      .post('/members')
      .send({ name: '李建国', phone: '13900139000', branchId: r.unitId, joinedPartyOn: '2010-07-01' })
      .expect(201);
    await r.root
      .post('/needs')
      .send({
        communityId: r.communityId,
        title: '楼道灯维修',
        category: 'property',
        tags: [],
        quantity: { amount: 2, unit: 'sessions' },
        window: { from: '2026-12-01', to: '2027-01-31' },
        urgency: 'low',
      })
      .expect(201);
    await eventually(async () => {
      const tree = (await r.communityAdmin.get(`/organizations/${r.districtId}/tree`).expect(200)).body;
      expect(tree.counts).toEqual({ organizations: 4, units: 1, members: 2, openNeeds: 1 });
      const community = tree.children[0].children.find((c: { id: string }) => c.id === r.communityId);
      expect(community.counts).toEqual({ organizations: 1, units: 1, members: 2, openNeeds: 1 });
      // a party branch may cover several grids (联合建): its members count at its community
      expect(community.children[0].counts).toEqual({ organizations: 0, units: 0, members: 0, openNeeds: 0 });
      const other = tree.children[0].children.find((c: { id: string }) => c.id === r.otherCommunityId);
      expect(other.counts).toEqual({ organizations: 0, units: 0, members: 0, openNeeds: 0 });
    });
  });

  it('searches organisations by name, within a subtree and by status, with the total', async () => {
    const page = await r.root.get('/organizations').query({ q: '社区', limit: 1 }).expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBe(2);
    expect(page.body.nextCursor).not.toBeNull();
    const within = await r.auditor.get('/organizations').query({ within: r.communityId }).expect(200);
    expect(within.body.items.map((o: { name: string }) => o.name).sort()).toEqual(['二社区', '第一网格']);
    expect(within.body.total).toBe(2);
    const dissolved = await r.root.get('/organizations').query({ status: 'dissolved' }).expect(200);
    expect(dissolved.body).toMatchObject({ items: [], total: 0 });
    await r.root
      .get('/organizations')
      .query({ q: 'x'.repeat(51) })
      .expect(400);
    await r.root.get('/organizations').query({ status: 'gone' }).expect(400);
  });

  it('edits a unit: its name, its sector, where it is located; every service sees the move', async () => {
    const u = id(
      await r.root
        .post('/units')
        .send({ name: '县供电公司', sector: 'party_government', locatedIn: r.communityId })
        .expect(201),
    );
    const renamed = await r.communityAdmin
      .patch(`/units/${u}`)
      .send({ name: '国网利津县供电公司', sector: 'state_enterprise' })
      .expect(200);
    expect(renamed.body).toMatchObject({ id: u, name: '国网利津县供电公司', sector: 'state_enterprise' });
    // moving it into 三社区 needs an admin over both places: community A holds only one
    const before = await t.eventCount();
    await r.communityAdmin.patch(`/units/${u}`).send({ locatedIn: r.otherCommunityId }).expect(403);
    await r.otherCommunityAdmin.patch(`/units/${u}`).send({ name: '别人的单位' }).expect(403);
    await r.unitContact.patch(`/units/${u}`).send({ name: '越权' }).expect(403);
    const wrong = await r.root.patch(`/units/${u}`).send({ locatedIn: r.gridId }).expect(422);
    expect(wrong.body).toMatchObject({ error: 'invalid_location', details: { field: 'locatedIn' } });
    const invalid = await r.root.patch(`/units/${u}`).send({ sector: 'bank', name: '' }).expect(400);
    expect(invalid.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['name', 'sector']);
    await r.root.patch(`/units/${u}`).send({ extra: 1 }).expect(400);
    await r.root.patch('/units/missing').send({ name: 'x' }).expect(404);
    expect(await t.eventCount()).toBe(before);
    // the same values again change nothing
    await r.communityAdmin.patch(`/units/${u}`).send({ name: '国网利津县供电公司' }).expect(200);
    expect(await t.eventCount()).toBe(before);

    const moved = await r.root.patch(`/units/${u}`).send({ locatedIn: r.otherCommunityId }).expect(200);
    expect(moved.body.parentId).toBe(r.otherCommunityId);
    // the members service's directory followed: 三社区's admin now registers members in its branch
    await eventually(async () => {
      await r.otherCommunityAdmin
        .post('/members')
        .send({ name: '王志强', phone: '13700137000', branchId: u, joinedPartyOn: '2015-07-01' })
        .expect(201);
    });
    await r.communityAdmin
      .post('/members')
      .send({ name: '赵六', phone: '13700137001', branchId: u, joinedPartyOn: '2015-07-01' })
      .expect(403);
  });

  it('searches units by name, in a subtree, resident units apart from social organisations, with the total', async () => {
    await r.root
      .post('/units')
      .send({ name: '夕阳红志愿者协会', sector: 'social_organization', locatedIn: r.communityId })
      .expect(201);
    const social = await r.root.get('/units').query({ group: 'social_organizations' }).expect(200);
    expect(social.body.items.map((u: { name: string }) => u.name)).toEqual(['夕阳红志愿者协会']);
    expect(social.body.total).toBe(1);
    const resident = await r.root.get('/units').query({ group: 'resident_units', within: r.streetId }).expect(200);
    expect(resident.body.items.map((u: { name: string }) => u.name).sort()).toEqual([
      '县人民医院',
      '国网利津县供电公司',
    ]);
    expect(resident.body.total).toBe(2);
    const inA = await r.root.get('/units').query({ within: r.communityId }).expect(200);
    expect(inA.body.total).toBe(2); // the hospital and the association; the power company moved to 三社区
    const found = await r.root.get('/units').query({ q: '医院' }).expect(200);
    expect(found.body).toMatchObject({ items: [{ name: '县人民医院' }], total: 1 });
    await r.root.get('/units').query({ group: 'banks' }).expect(400);
  });

  it("lists a community's pairings with its grids too (within), each with its history", async () => {
    const grid = r.gridId;
    const p = id(await r.root.post('/pairings').send({ unitId: r.unitId, orgId: grid }).expect(201));
    await r.root.delete(`/pairings/${p}`).expect(200);
    const exact = await r.root.get('/pairings').query({ orgId: r.communityId }).expect(200);
    expect(exact.body.items).toEqual([]);
    const within = await r.unitContact.get('/pairings').query({ within: r.communityId }).expect(200);
    expect(within.body.total).toBe(1);
    expect(within.body.items[0]).toMatchObject({ id: p, orgId: grid, status: 'ended' });
    expect(within.body.items[0].history).toEqual([
      { step: 'established', at: expect.any(String), by: 'root' },
      { step: 'ended', at: expect.any(String), by: 'root' },
    ]);
  });

  it('searches service sites by name, in a subtree, by level, with the total and the ratings as history', async () => {
    const s = id(
      await r.root
        .post('/service-sites')
        .send({ orgId: r.communityId, name: '二社区党群服务站', level: 'station', address: '东城路 1 号' })
        .expect(201),
    );
    await r.root
      .post('/service-sites')
      .send({ orgId: r.districtId, name: '利津县党群服务中心', level: 'centre' })
      .expect(201);
    await r.root
      .post(`/service-sites/${s}/ratings`)
      .send({ year: 2025, stars: 4, reason: '七个一齐全', items: checklistAnswers('station') })
      .expect(200);
    const inStreet = await r.root.get('/service-sites').query({ within: r.streetId }).expect(200);
    expect(inStreet.body).toMatchObject({ items: [{ id: s, currentStars: 4 }], total: 1 });
    expect(inStreet.body.items[0].ratings).toMatchObject([
      { year: 2025, stars: 4, reason: '七个一齐全', ratedBy: 'root', checklist: { level: 'station', version: 1 } },
    ]);
    const byAddress = await r.root.get('/service-sites').query({ q: '东城路' }).expect(200);
    expect(byAddress.body.total).toBe(1);
    const centres = await r.root.get('/service-sites').query({ level: 'centre' }).expect(200);
    expect(centres.body.items.map((x: { name: string }) => x.name)).toEqual(['利津县党群服务中心']);
  });

  it('shows an account its last sign-in; searches accounts by name and role, with the total', async () => {
    await r.root
      .post('/accounts')
      .send({ username: 'li-shuji', password: 'li-shuji-password', role: 'community_admin', orgId: r.communityId })
      .expect(201);
    const before = (await r.root.get('/accounts').query({ q: 'li-shuji' }).expect(200)).body;
    expect(before).toMatchObject({ items: [{ username: 'li-shuji', lastSignIn: null }], total: 1 });
    await t.login('li-shuji', 'li-shuji-password');
    const after = (await r.auditor.get('/accounts').query({ q: 'li-shuji' }).expect(200)).body;
    expect(after.items[0].lastSignIn).toEqual({ at: expect.any(String), address: expect.any(String) });
    expect(Date.now() - Date.parse(after.items[0].lastSignIn.at)).toBeLessThan(60_000);
    // the address is for those who see failed sign-ins by address (district admins, auditors)
    const community = (await r.communityAdmin.get('/accounts').query({ q: 'li-shuji' }).expect(200)).body;
    expect(community.items[0].lastSignIn).toEqual({ at: after.items[0].lastSignIn.at, address: null });
    // a second sign-in within the minute appends nothing
    const events = await t.eventCount();
    await t.login('li-shuji', 'li-shuji-password');
    expect(await t.eventCount()).toBe(events);
    const admins = await r.root.get('/accounts').query({ role: 'community_admin' }).expect(200);
    expect(admins.body.total).toBe(3);
    expect(admins.body.items.every((a: { role: string }) => a.role === 'community_admin')).toBe(true);
    await r.root.get('/accounts').query({ role: 'emperor' }).expect(400);
  });

  it('searches members by name, with the total', async () => {
    const page = await r.communityAdmin.get('/members').query({ q: '张', limit: 1 }).expect(200);
    expect(page.body).toMatchObject({ items: [{ name: '张红梅' }], total: 1 });
    const all = await r.root.get('/members').query({ limit: 1 }).expect(200);
    expect(all.body.total).toBe(3);
  });

  it('shows a dissolved organisation in the tree and leaves it out of the counts', async () => {
    const grid = id(
      await r.root
        .post('/organizations')
        .send({ name: '临时网格', kind: 'grid', parentId: r.otherCommunityId })
        .expect(201),
    );
    await r.root.post(`/organizations/${grid}/dissolve`).send({}).expect(200);
    const tree = (await r.root.get(`/organizations/${r.otherCommunityId}/tree`).expect(200)).body;
    expect(tree.children).toMatchObject([{ id: grid, status: 'dissolved' }]);
    expect(tree.counts.organizations).toBe(0);
    await r.root.post(`/organizations/${grid}/dissolve`).send({}).expect(409);
  });
});
