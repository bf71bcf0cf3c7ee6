import { type Client, type Region, startSeeded, TestPlatform } from './support/platform';

/**
 * Issue 17: an auditor finds history by what it knows — a need's title, a member's name, a unit's
 * name — instead of a full stream id, and reads names where the history shows ids (a member's name
 * only where the reader may see the member).
 */
describe('audit: search by name, names for ids (issue 17)', () => {
  const t = new TestPlatform();
  let r: Region;
  let needId: string;
  let memberId: string;
  let projectId: string;
  let districtAdmin: Client;
  let otherDistrictAdmin: Client;
  startSeeded(t, (region) => (r = region));

  beforeAll(async () => {
    const root = await t.root();
    const window = { from: '2027-01-01', to: '2027-06-30' };
    needId = (
      await r.communityAdmin
        .post('/needs')
        .send({
          communityId: r.communityId,
          gridId: r.gridId,
          title: '独居老人助餐',
          category: 'elderly_care',
          tags: [],
          quantity: { amount: 10, unit: 'person_hours' },
          window,
          urgency: 'normal',
        })
        .expect(201)
    ).body.id;
    await r.unitContact
      .post('/offers')
      .send({
        unitId: r.unitId,
        title: '医护送餐',
        category: 'elderly_care',
        tags: [],
        capacity: { amount: 10, unit: 'person_hours' },
        window,
        serviceArea: [r.communityId],
      })
      .expect(201);
    const [proposal] = (await r.communityAdmin.get('/proposals').query({ needId }).expect(200)).body.items;
    await r.communityAdmin.post(`/proposals/${proposal.id}/accept`).send({ side: 'community' }).expect(200);
    projectId = (await r.unitContact.post(`/proposals/${proposal.id}/accept`).send({ side: 'unit' }).expect(200)).body
      .projectId;
    memberId = (
      await r.communityAdmin
        .post('/members')
        .send({ name: '王秀英', phone: '13600002222', branchId: r.branchId, joinedPartyOn: '2008-07-01' })
        .expect(201)
    ).body.id;
    await r.unitContact.post(`/projects/${projectId}/start`).expect(200);
    await r.communityAdmin
      .post(`/projects/${projectId}/complete`)
      .send({ report: '送餐 10 小时', participantMemberIds: [memberId] })
      .expect(200);
    const account = async (username: string, orgId: string) => {
      await root
        .post('/accounts')
        .send({ username, password: `${username}-password`, role: 'district_admin', orgId, displayName: '区委组织部' })
        .expect(201);
      return t.login(username, `${username}-password`);
    };
    districtAdmin = await account('lijin-admin', r.districtId);
    const otherDistrict = (await root.post('/organizations').send({ name: '沾化区', kind: 'district' }).expect(201))
      .body.id;
    otherDistrictAdmin = await account('zhanhua-admin', otherDistrict);
  });

  const search = async (c: Client, q: string, expected = 200) =>
    (await c.get('/audit/search').query({ q }).expect(expected)).body;

  it("finds a need by its title, with its proposal's and project's streams beside it", async () => {
    const found = await search(r.auditor, '老人助餐');
    // the need, and the project that took its title
    expect(found.items.map((s: { streamId: string }) => s.streamId).sort()).toEqual(
      [`matching.need-${needId}`, `matching.project-${projectId}`].sort(),
    );
    expect(found.total).toBe(2);
    const hit = found.items.find((s: { kind: string }) => s.kind === 'matching.need');
    expect(hit).toMatchObject({
      streamId: `matching.need-${needId}`,
      kind: 'matching.need',
      label: '独居老人助餐',
      events: expect.any(Number),
    });
    const related = hit.related.map((s: { streamId: string }) => s.streamId);
    expect(related).toContain(`matching.project-${projectId}`);
    expect(related.some((s: string) => s.startsWith('matching.proposal-'))).toBe(true);
    expect(hit.relatedTotal).toBe(hit.related.length);
    expect(hit.relatedKinds).toMatchObject({ 'matching.project': 1, 'matching.proposal': expect.any(Number) });
  });

  it('finds a unit by its name, with its offers, proposals and projects; an organisation by its name', async () => {
    const [unit] = (await search(r.auditor, '人民医院')).items;
    expect(unit).toMatchObject({ streamId: `organizations.unit-${r.unitId}`, label: '县人民医院' });
    const kinds = new Set(unit.related.map((s: { kind: string }) => s.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['matching.offer', 'matching.project']));
    const [community] = (await search(r.auditor, '二社区')).items;
    expect(community).toMatchObject({ streamId: `organizations.org-${r.communityId}`, kind: 'organizations.org' });
  });

  it("finds a member by name for the auditor and the member's district, not for another district", async () => {
    const hit = { streamId: `members.member-${memberId}`, label: '王秀英' };
    // beside the member: the project it served in, and its points ledger (awarded a moment later)
    let found: any;
    for (let i = 0; i < 50 && !found?.related.some((s: any) => s.kind === 'members.ledger'); i++) {
      [found] = (await search(r.auditor, '王秀英')).items;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(found).toMatchObject(hit);
    expect(found.related.map((s: { streamId: string }) => s.streamId)).toEqual(
      expect.arrayContaining([`members.ledger-${memberId}`, `matching.project-${projectId}`]),
    );
    expect((await search(districtAdmin, '秀英')).items).toEqual([expect.objectContaining(hit)]);
    expect(await search(otherDistrictAdmin, '王秀英')).toMatchObject({ items: [], total: 0 });
  });

  it('names the ids of a history: organisations, units, accounts, and members for those who may see them', async () => {
    const history = (await r.auditor.get(`/audit/streams/matching.project-${projectId}`).expect(200)).body;
    expect(history.names).toMatchObject({
      [r.communityId]: '二社区',
      [r.unitId]: '县人民医院',
      [needId]: '独居老人助餐',
    });
    const member = async (c: Client) =>
      (await c.get(`/audit/streams/members.member-${memberId}`).expect(200)).body.names;
    expect(await member(r.auditor)).toMatchObject({ [memberId]: '王秀英', [r.branchId]: '第一网格党支部' });
    expect((await member(districtAdmin))[memberId]).toBe('王秀英');
    expect((await member(otherDistrictAdmin))[memberId]).toBeUndefined();
    // the recent events and an event's causation name their actors and subjects too
    const recent = (await r.auditor.get('/audit/events').query({ limit: 5 }).expect(200)).body;
    expect(recent.total).toBeGreaterThan(5);
    expect(Object.keys(recent.names).length).toBeGreaterThan(0);
  });

  it('refuses anyone but auditors and district administrators, and a search without words', async () => {
    await search(r.communityAdmin, '王秀英', 403);
    await search(r.unitContact, '王秀英', 403);
    await t.anonymous().get('/audit/search').query({ q: 'x' }).expect(401);
    const empty = await r.auditor.get('/audit/search').expect(400);
    expect(empty.body.details).toEqual([expect.objectContaining({ field: 'q' })]);
    const long = await r.auditor
      .get('/audit/search')
      .query({ q: 'x'.repeat(51) })
      .expect(400);
    expect(long.body.details).toEqual([expect.objectContaining({ field: 'q' })]);
    await r.auditor.get('/audit/search').query({ q: 'x', kind: 'matching.run' }).expect(400);
  });
});
