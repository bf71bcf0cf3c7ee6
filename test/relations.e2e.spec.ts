import { type Client, type Region, expectRebuildsEqual, seedRegion, TestPlatform } from './support/platform';

/**
 * Issue 16 item 9: relationships of two parties (结对共建 pairings, 联席会议 membership) are
 * proposed by one side and confirmed by the other, or made at once by an account over both.
 * The unit here lies in another street (西城街道 → 四社区) than the community admin who courts it.
 */
describe('two-party relationships: proposed by one side, confirmed by the other', () => {
  const t = new TestPlatform();
  let r: Region;
  /** 供电所, located in 四社区 of the second street */
  let farUnit: string;
  let farCommunity: string;
  let farContact: Client;
  let district: Client;

  const id = (res: { body: { id: string } }) => res.body.id;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    const org = async (name: string, kind: string, parentId: string) =>
      id(await r.root.post('/organizations').send({ name, kind, parentId }).expect(201));
    const street2 = await org('西城街道', 'street', r.districtId);
    farCommunity = await org('四社区', 'community', street2);
    farUnit = id(
      await r.root
        .post('/units')
        .send({ name: '供电所', sector: 'state_enterprise', locatedIn: farCommunity })
        .expect(201),
    );
    const account = async (username: string, role: string, orgId: string) => {
      await r.root
        .post('/accounts')
        .send({ username, password: `${username}-password`, role, orgId })
        .expect(201);
      return t.login(username, `${username}-password`);
    };
    farContact = await account('gongdian', 'unit_contact', farUnit);
    district = await account('lijin', 'district_admin', r.districtId);
  });
  afterAll(() => t.stop());

  /** The pairing part of the score of the far unit's proposal for a fresh need of the grid. */
  async function pairingBonus(title: string): Promise<number> {
    await t.platform.runtime.settle();
    const need = id(
      await r.communityAdmin
        .post('/needs')
        .send({
          communityId: r.communityId,
          gridId: r.gridId,
          title,
          category: 'elderly_care',
          tags: [],
          quantity: { amount: 2, unit: 'person_hours' },
          window: { from: '2026-12-01', to: '2027-12-31' },
          urgency: 'normal',
        })
        .expect(201),
    );
    const run = await r.root.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201);
    const proposal = run.body.proposals.find((p: { needId: string }) => p.needId === need);
    return proposal.breakdown.pairing;
  }

  it('a community admin courting a unit of another street proposes; only the unit side makes it a pairing', async () => {
    await farContact
      .post('/offers')
      .send({
        unitId: farUnit,
        title: '电力志愿服务',
        category: 'elderly_care',
        tags: [],
        capacity: { amount: 1000, unit: 'person_hours' },
        window: { from: '2026-11-01', to: '2027-12-31' },
        serviceArea: [r.districtId],
      })
      .expect(201);

    const proposed = await r.communityAdmin.post('/pairings').send({ unitId: farUnit, orgId: r.gridId }).expect(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', proposedBy: 'organization', establishedOn: null });
    const stream = await t.platform.inspect.store.readStream(`organizations.pairing-${proposed.body.id}`);
    expect(stream.map((e) => e.type)).toEqual(['organizations.PairingProposed']);
    expect(await pairingBonus('助老一')).toBe(0);

    // the same proposal again waits for the first; nobody but the unit side answers it
    await r.communityAdmin.post('/pairings').send({ unitId: farUnit, orgId: r.gridId }).expect(422);
    await r.unitContact.post(`/pairings/${proposed.body.id}/confirm`).expect(403);
    await r.communityAdmin.post(`/pairings/${proposed.body.id}/confirm`).expect(403);
    await r.otherCommunityAdmin.post(`/pairings/${proposed.body.id}/confirm`).expect(403);
    await farContact.post(`/pairings/${proposed.body.id}/withdraw`).expect(403);
    await r.communityAdmin.delete(`/pairings/${proposed.body.id}`).expect(409);

    const confirmed = await farContact.post(`/pairings/${proposed.body.id}/confirm`).expect(200);
    expect(confirmed.body).toMatchObject({
      status: 'active',
      proposedBy: 'organization',
      establishedOn: expect.any(String),
    });
    expect(await pairingBonus('助老二')).toBeGreaterThan(0);
    await farContact.post(`/pairings/${proposed.body.id}/confirm`).expect(409);

    // either side ends it
    const ended = await farContact.delete(`/pairings/${proposed.body.id}`).expect(200);
    expect(ended.body.status).toBe('ended');
    expect(await pairingBonus('助老三')).toBe(0);
  });

  it('a unit contact proposes a pairing of its unit; the organisation side declines, the proposer withdraws', async () => {
    const sought = await farContact.post('/pairings').send({ unitId: farUnit, orgId: r.communityId }).expect(201);
    expect(sought.body).toMatchObject({ status: 'proposed', proposedBy: 'unit' });
    await r.unitContact.post(`/pairings/${sought.body.id}/decline`).expect(403);
    await farContact.post(`/pairings/${sought.body.id}/decline`).expect(403);
    const declined = await r.communityAdmin.post(`/pairings/${sought.body.id}/decline`).expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', endedOn: expect.any(String) });

    const again = await farContact.post('/pairings').send({ unitId: farUnit, orgId: r.communityId }).expect(201);
    await r.communityAdmin.post(`/pairings/${again.body.id}/withdraw`).expect(403);
    const withdrawn = await farContact.post(`/pairings/${again.body.id}/withdraw`).expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    // a unit contact proposes only for its own unit
    await r.unitContact.post('/pairings').send({ unitId: farUnit, orgId: r.gridId }).expect(403);
    const types = (await t.platform.inspect.store.readAll()).map((e) => e.type);
    expect(types.filter((type) => type === 'organizations.PairingEstablished')).toHaveLength(1);
  });

  it('an admin over both sides pairs at once', async () => {
    const paired = await district.post('/pairings').send({ unitId: farUnit, orgId: r.gridId }).expect(201);
    expect(paired.body).toMatchObject({ status: 'active', proposedBy: null });
    expect(await pairingBonus('助老四')).toBeGreaterThan(0);
  });

  it('joint meetings: an invitation counts once the unit side confirms; an admin over both adds at once', async () => {
    const meeting = `/organizations/${r.communityId}/joint-meeting`;
    const invited = await r.communityAdmin.post(`${meeting}/members`).send({ unitId: farUnit }).expect(201);
    expect(invited.body.members).toEqual([]);
    expect(invited.body.pending).toEqual([
      { unitId: farUnit, proposedBy: 'organization', proposedOn: expect.any(String), joinedOn: null },
    ]);
    // the committee takes people of member units only
    const appointment = {
      unitId: farUnit,
      personName: '赵工',
      position: '兼职委员',
      term: { from: '2026-01-01', to: '2027-12-31' },
    };
    const refused = await r.communityAdmin.post(`/organizations/${r.communityId}/part-time-members`).send(appointment);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toBe('unit_not_a_member');

    await r.unitContact.post(`${meeting}/members/${farUnit}/confirm`).expect(403);
    await r.communityAdmin.post(`${meeting}/members/${farUnit}/confirm`).expect(403);
    await r.otherCommunityAdmin.post(`${meeting}/members/${farUnit}/confirm`).expect(403);
    await farContact.post(`${meeting}/members/${farUnit}/withdraw`).expect(403);
    const confirmed = await farContact.post(`${meeting}/members/${farUnit}/confirm`).expect(200);
    expect(confirmed.body.members).toMatchObject([{ unitId: farUnit, status: 'active' }]);
    expect(confirmed.body.pending).toEqual([]);
    await r.communityAdmin.post(`/organizations/${r.communityId}/part-time-members`).send(appointment).expect(201);

    // the unit side applies to a joint meeting; the organisation side declines
    const other = `/organizations/${r.otherCommunityId}/joint-meeting`;
    const applied = await farContact.post(`${other}/members`).send({ unitId: farUnit }).expect(201);
    expect(applied.body).toMatchObject({ members: [], pending: [{ unitId: farUnit, proposedBy: 'unit' }] });
    await r.communityAdmin.post(`${other}/members/${farUnit}/decline`).expect(403);
    const declined = await r.otherCommunityAdmin.post(`${other}/members/${farUnit}/decline`).expect(200);
    expect(declined.body).toMatchObject({ members: [], pending: [] });

    // an admin over both sides adds at once; the unit side may record that it left
    const street = `/organizations/${r.streetId}/joint-meeting`;
    await r.unitContact.post(`${street}/members`).send({ unitId: farUnit }).expect(403);
    const added = await district.post(`${street}/members`).send({ unitId: farUnit }).expect(201);
    expect(added.body).toMatchObject({ members: [{ unitId: farUnit, status: 'active' }], pending: [] });
    const left = await farContact.delete(`${street}/members/${farUnit}`).send({}).expect(200);
    expect(left.body.members[0].status).toBe('left');
  });

  it('rebuilds the pairing, joint-meeting and matching read models equal to the incremental ones', async () => {
    expect((await expectRebuildsEqual(r.auditor, /pairings|joint-meetings/)).length).toBeGreaterThanOrEqual(3);
  });
});
