import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';

/**
 * "My area" lists (issue 8): `?orgId=` on the needs, proposals, projects, activities, teams, micro-wishes and rotations lists means
 * the organisation's whole subtree, so a street or district admin's console asks the API for its
 * area instead of filtering pages in the browser. It is a filter, not a permission: these lists are
 * the region's notice board (test/authorization-reads.e2e.spec.ts), so another street's orgId
 * answers that street's items, exactly as the needs list always has.
 */
describe('lists of an area: ?orgId= is the organisation subtree', () => {
  const t = new TestPlatform();
  let r: Region;
  let street: Client;
  let westStreetId: string;
  const ids = { east: {} as Record<string, string>, west: {} as Record<string, string> };

  const titles = async (c: Client, path: string, query: Record<string, string>) => {
    const res = await c.get(path).query(query).expect(200);
    // proposals by their need (posting the offer made instant ones that the run superseded)
    const names = res.body.items.map((x: { title?: string; needId?: string }) => x.title ?? x.needId);
    return [...new Set(names)].sort();
  };

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    const org = async (name: string, kind: string, parentId: string) =>
      (await r.root.post('/organizations').send({ name, kind, parentId }).expect(201)).body.id as string;
    westStreetId = await org('西城街道', 'street', r.districtId);
    const westCommunity = await org('四社区', 'community', westStreetId);
    const westGrid = await org('第九网格', 'grid', westCommunity);
    await r.root
      .post('/accounts')
      .send({ username: 'dongcheng', password: 'dongcheng-password', role: 'street_admin', orgId: r.streetId })
      .expect(201);
    street = await t.login('dongcheng', 'dongcheng-password');

    const need = async (communityId: string, title: string) =>
      (
        await r.root
          .post('/needs')
          .send({
            communityId,
            title,
            category: 'elderly_care',
            tags: [],
            quantity: { amount: 5, unit: 'person_hours' },
            window: { from: '2026-12-01', to: '2027-06-30' },
            urgency: 'normal',
          })
          .expect(201)
      ).body.id as string;
    ids.east.need = await need(r.communityId, '东城助老');
    ids.west.need = await need(westCommunity, '西城助老');
    await r.root
      .post('/offers')
      .send({
        unitId: r.unitId,
        title: '医护志愿者',
        category: 'elderly_care',
        tags: [],
        capacity: { amount: 20, unit: 'person_hours' },
        window: { from: '2026-11-01', to: '2027-06-30' },
        serviceArea: [r.districtId],
      })
      .expect(201);
    const run = await r.root.post('/matching/runs').send({ scopeOrgId: r.districtId }).expect(201);
    expect(run.body.proposals).toHaveLength(2);
    // both proposals become projects (the bootstrap admin accepts for both sides)
    const east = run.body.proposals.find((p: { needId: string }) => p.needId === ids.east.need);
    await r.root.post(`/proposals/${east.id}/accept`).send({ side: 'community' }).expect(200);
    await r.root.post(`/proposals/${east.id}/accept`).send({ side: 'unit' }).expect(200);
    const west = run.body.proposals.find((p: { needId: string }) => p.needId === ids.west.need);
    await r.root.post(`/proposals/${west.id}/accept`).send({ side: 'community' }).expect(200);
    await r.root.post(`/proposals/${west.id}/accept`).send({ side: 'unit' }).expect(200);

    const activity = (orgId: string, title: string) =>
      r.root
        .post('/activities')
        .send({
          title,
          orgId,
          category: 'elderly_care',
          startsAt: '2027-01-01T08:00:00Z',
          endsAt: '2027-01-01T11:00:00Z',
          slots: 5,
          pointsPerHour: 10,
        })
        .expect(201);
    await activity(r.gridId, '东城网格活动');
    await activity(r.otherCommunityId, '东城三社区活动');
    await activity(westGrid, '西城网格活动');
    const team = (name: string, orgId: string) => r.root.post('/teams').send({ name, orgId }).expect(201);
    await team('街道服务队', r.streetId);
    const eastTeam = (await team('二社区服务队', r.communityId)).body.id;
    const westTeam = (await team('四社区服务队', westCommunity)).body.id;
    const wish = (communityId: string, title: string) =>
      r.root.post('/micro-wishes').send({ communityId, title }).expect(201);
    await wish(r.communityId, '东城心愿');
    await wish(westCommunity, '西城心愿');
    for (const [orgId, teamId] of [
      [r.communityId, eastTeam],
      [westCommunity, westTeam],
    ])
      await r.root
        .post('/rotations')
        .send({ orgId, quarter: '2027Q1', teamIds: [teamId] })
        .expect(201);
    ids.east.community = r.communityId;
    ids.west.community = westCommunity;
  });
  afterAll(() => t.stop());

  it("a street admin's orgId lists only the items of its communities: needs, proposals, projects, activities, teams", async () => {
    const area = { orgId: r.streetId };
    expect(await titles(street, '/needs', area)).toEqual(['东城助老']);
    expect(await titles(street, '/proposals', area)).toEqual([ids.east.need]);
    expect(await titles(street, '/projects', area)).toEqual(['东城助老']);
    expect(await titles(street, '/activities', area)).toEqual(['东城三社区活动', '东城网格活动']);
    const teams = await street.get('/teams').query(area).expect(200);
    expect(teams.body.items.map((x: { name: string }) => x.name).sort()).toEqual(['二社区服务队', '街道服务队']);
    expect(await titles(street, '/micro-wishes', area)).toEqual(['东城心愿']);
    const rotations = await street.get('/rotations').query(area).expect(200);
    expect(rotations.body.items.map((x: { orgId: string }) => x.orgId)).toEqual([ids.east.community]);
    // a community's subtree includes its grids' activities
    expect(await titles(street, '/activities', { orgId: r.communityId })).toEqual(['东城网格活动']);
    // the district sees both streets
    expect(await titles(street, '/projects', { orgId: r.districtId })).toEqual(['东城助老', '西城助老']);
  });

  it("another street's orgId answers that street's items, like the needs list: a filter of the notice board", async () => {
    const west = { orgId: westStreetId };
    expect(await titles(street, '/needs', west)).toEqual(['西城助老']);
    expect(await titles(street, '/proposals', west)).toEqual([ids.west.need]);
    expect(await titles(street, '/projects', west)).toEqual(['西城助老']);
    expect(await titles(street, '/activities', west)).toEqual(['西城网格活动']);
    expect(await titles(street, '/micro-wishes', west)).toEqual(['西城心愿']);
    const rotations = await street.get('/rotations').query(west).expect(200);
    expect(rotations.body.items.map((x: { orgId: string }) => x.orgId)).toEqual([ids.west.community]);
  });

  it('combines with the other filters: a community outside the subtree gives nothing, an unknown org nothing', async () => {
    expect(await titles(street, '/projects', { orgId: westStreetId, communityId: r.communityId })).toEqual([]);
    expect(await titles(street, '/projects', { orgId: r.streetId, communityId: r.communityId })).toEqual(['东城助老']);
    expect(await titles(street, '/needs', { orgId: r.streetId, communityId: r.otherCommunityId })).toEqual([]);
    expect(await titles(street, '/proposals', { orgId: r.streetId, status: 'accepted' })).toEqual([ids.east.need]);
    expect(await titles(street, '/proposals', { orgId: 'no-such-org' })).toEqual([]);
    await street
      .get('/proposals')
      .query({ orgId: 'x'.repeat(101) })
      .expect(400);
    await street
      .get('/projects')
      .query({ orgId: 'x'.repeat(101) })
      .expect(400);
    await street.get('/activities').query({ orgId: '' }).expect(400);
  });
});
