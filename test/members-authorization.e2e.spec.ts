import { VOLUNTEERING_EVENTS } from '@gongjian/contracts';
import { toProposed } from '@gongjian/eventing';
import { v7 as uuidv7 } from 'uuid';
import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';

/**
 * Every members route for every role, inside and outside its scope (DESIGN §4): admins act and
 * read only inside their subtree, a unit contact reads the members its unit employs, a member
 * account reads its own record, the auditor reads and writes nothing. A refused write appends
 * nothing.
 */
type Who =
  | 'district'
  | 'street'
  | 'community'
  | 'otherStreet'
  | 'otherCommunity'
  | 'unitContact'
  | 'auditor'
  | 'member'
  | 'otherMember';
const EVERYONE: Who[] = [
  'district',
  'street',
  'community',
  'otherStreet',
  'otherCommunity',
  'unitContact',
  'auditor',
  'member',
  'otherMember',
];
const ADMINS_IN_SCOPE: Who[] = ['district', 'street', 'community'];

describe('members: authorization of every route, role and scope', () => {
  const t = new TestPlatform();
  let r: Region;
  const as = {} as Record<Who, Client>;
  /** the member the `member` account is linked to, and another one for `otherMember` */
  let own: string;
  let other: string;

  const register = async (over: Record<string, unknown> = {}) =>
    (
      await r.communityAdmin
        .post('/members')
        .send({
          name: '李红',
          phone: '13700001111',
          branchId: r.gridId,
          joinedPartyOn: '2010-07-01',
          employerUnitId: r.unitId,
          ...over,
        })
        .expect(201)
    ).body.id as string;

  const award = async (memberId: string, hours: number) => {
    const proposed = toProposed(
      {
        type: VOLUNTEERING_EVENTS.hoursVerified,
        data: {
          activityId: uuidv7(),
          memberId,
          orgId: r.communityId,
          category: 'elderly_care',
          hours,
          pointsPerHour: 10,
          verifiedAt: new Date().toISOString(),
        },
      },
      { actor: { accountId: 'organiser', role: 'community_admin', orgId: r.communityId }, correlationId: uuidv7() },
    );
    await t.platform.runtime.store.append(`volunteering.activity-${uuidv7()}`, [proposed], 'any');
    const deadline = Date.now() + 2000;
    while ((await r.communityAdmin.get(`/members/${memberId}`).expect(200)).body.points < hours * 10) {
      if (Date.now() > deadline) throw new Error('points not awarded');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    const org = async (name: string, kind: string, parentId: string) =>
      (await r.root.post('/organizations').send({ name, kind, parentId }).expect(201)).body.id as string;
    const westStreet = await org('西城街道', 'street', r.districtId);
    const account = async (username: string, role: string, orgId: string) => {
      await r.root
        .post('/accounts')
        .send({ username, password: `${username}-password`, role, orgId })
        .expect(201);
      return t.login(username, `${username}-password`);
    };
    as.district = await account('lijin', 'district_admin', r.districtId);
    as.street = await account('dongcheng', 'street_admin', r.streetId);
    as.community = r.communityAdmin;
    as.otherStreet = await account('xicheng', 'street_admin', westStreet);
    as.otherCommunity = r.otherCommunityAdmin;
    as.unitContact = r.unitContact;
    as.auditor = r.auditor;
    as.member = await account('lihong', 'member', r.gridId);
    as.otherMember = await account('wangfang', 'member', r.gridId);

    own = await register();
    other = await register({ name: '王芳', employerUnitId: undefined });
    await r.communityAdmin.post(`/members/${own}/account`).send({ accountId: 'lihong' }).expect(200);
    await r.communityAdmin.post(`/members/${other}/account`).send({ accountId: 'wangfang' }).expect(200);
    await award(own, 3);
  });
  afterAll(() => t.stop());

  it('links a member account once: another member may not take it, the same link twice is a conflict', async () => {
    const before = await t.eventCount();
    await r.communityAdmin.post(`/members/${own}/account`).send({ accountId: 'lihong' }).expect(409);
    await r.communityAdmin.post(`/members/${other}/account`).send({ accountId: 'lihong' }).expect(409);
    await r.communityAdmin.post(`/members/${own}/account`).send({}).expect(400);
    expect(await t.eventCount()).toBe(before);
    const me = await as.member.get('/members/me').expect(200);
    expect(me.body).toMatchObject({ id: own, accountId: 'lihong', points: 30 });
    expect((await as.otherMember.get('/members/me').expect(200)).body.id).toBe(other);
    await r.communityAdmin.get('/members/me').expect(403);
  });

  const reads: Array<{ route: string; url: () => string; allowed: Who[] }> = [
    {
      route: 'GET /members/:id',
      url: () => `/members/${own}`,
      allowed: [...ADMINS_IN_SCOPE, 'unitContact', 'auditor', 'member'],
    },
    {
      route: 'GET /members/:id/points',
      url: () => `/members/${own}/points`,
      allowed: [...ADMINS_IN_SCOPE, 'unitContact', 'auditor', 'member'],
    },
    {
      route: 'GET /members/:id/pioneer-index',
      url: () => `/members/${own}/pioneer-index`,
      allowed: [...ADMINS_IN_SCOPE, 'unitContact', 'auditor', 'member'],
    },
    {
      route: 'GET /members/:id/personal-data',
      url: () => `/members/${own}/personal-data`,
      allowed: [...ADMINS_IN_SCOPE, 'member'],
    },
    {
      route: 'GET /members?communityId=',
      url: () => `/members?communityId=${r.communityId}`,
      allowed: [...ADMINS_IN_SCOPE, 'auditor'],
    },
    {
      route: 'GET /members?branchId=',
      url: () => `/members?branchId=${r.gridId}`,
      allowed: [...ADMINS_IN_SCOPE, 'auditor'],
    },
    {
      route: 'GET /members?employerUnitId=',
      url: () => `/members?employerUnitId=${r.unitId}`,
      allowed: [...ADMINS_IN_SCOPE, 'unitContact', 'auditor'],
    },
    {
      route: 'GET /pioneer-index/leaderboard?communityId=',
      url: () => `/pioneer-index/leaderboard?communityId=${r.communityId}`,
      allowed: [...ADMINS_IN_SCOPE, 'auditor'],
    },
    {
      route: 'GET /pioneer-index/leaderboard?branchId=',
      url: () => `/pioneer-index/leaderboard?branchId=${r.gridId}`,
      allowed: [...ADMINS_IN_SCOPE, 'auditor'],
    },
    { route: 'GET /members/me', url: () => '/members/me', allowed: ['member', 'otherMember'] },
    { route: 'GET /points/rules', url: () => '/points/rules', allowed: EVERYONE },
  ];

  describe.each(reads)('$route', ({ url, allowed }) => {
    it.each(EVERYONE)('%s', async (who) => {
      const res = await as[who].get(url());
      expect({ who, status: res.status }).toEqual({ who, status: allowed.includes(who) ? 200 : 403 });
      if (res.status === 403) expect(res.text).not.toContain('13700001111');
    });
  });

  /** Each write acts on a member prepared for it, so an allowed write succeeds. */
  const writes: Array<{
    route: string;
    prepare?: (memberId: string) => Promise<unknown>;
    send: (c: Client, memberId: string, who: Who) => Promise<{ status: number }>;
    status: number;
  }> = [
    {
      route: 'POST /members',
      send: (c, _id, who) =>
        c
          .post('/members')
          .send({ name: `新党员${who}`, phone: '13600002222', branchId: r.gridId, joinedPartyOn: '2020-07-01' }),
      status: 201,
    },
    {
      route: 'POST /members/:id/transfer',
      send: (c, id) => c.post(`/members/${id}/transfer`).send({ toBranchId: r.unitId }),
      status: 200,
    },
    {
      route: 'POST /members/:id/status',
      send: (c, id) => c.post(`/members/${id}/status`).send({ status: 'floating', reason: '外出务工' }),
      status: 200,
    },
    {
      route: 'POST /members/:id/community-report',
      send: (c, id) => c.post(`/members/${id}/community-report`).send({ communityId: r.communityId }),
      status: 200,
    },
    {
      route: 'DELETE /members/:id/community-report',
      prepare: (id) =>
        r.communityAdmin.post(`/members/${id}/community-report`).send({ communityId: r.communityId }).expect(200),
      send: (c, id) => c.delete(`/members/${id}/community-report`),
      status: 200,
    },
    {
      route: 'POST /members/:id/account',
      send: (c, id, who) => c.post(`/members/${id}/account`).send({ accountId: `acct-${who.toLowerCase()}` }),
      status: 200,
    },
    {
      route: 'POST /members/:id/redemptions',
      prepare: (id) => award(id, 1),
      send: (c, id) => c.post(`/members/${id}/redemptions`).send({ points: 5, merchant: '社区超市' }),
      status: 201,
    },
    {
      route: 'DELETE /members/:id/personal-data',
      send: (c, id) => c.delete(`/members/${id}/personal-data`),
      status: 200,
    },
  ];

  describe.each(writes)('$route', ({ prepare, send, status }) => {
    it.each(EVERYONE)('%s', async (who) => {
      const memberId = await register();
      await prepare?.(memberId);
      const before = await t.eventCount();
      const res = await send(as[who], memberId, who);
      const allowed = ADMINS_IN_SCOPE.includes(who);
      expect({ who, status: res.status }).toEqual({ who, status: allowed ? status : 403 });
      if (!allowed) expect(await t.eventCount()).toBe(before);
    });
  });

  it('a member account never writes, not even for itself', async () => {
    const before = await t.eventCount();
    await as.member.post(`/members/${own}/redemptions`).send({ points: 1, merchant: '社区超市' }).expect(403);
    await as.member.post(`/members/${own}/status`).send({ status: 'floating' }).expect(403);
    await as.member.delete(`/members/${own}/personal-data`).expect(403);
    await as.member.post(`/members/${own}/account`).send({ accountId: 'wangfang' }).expect(403);
    expect(await t.eventCount()).toBe(before);
  });

  it('lists only the caller’s own subtree when no filter is given', async () => {
    const ids = async (c: Client) =>
      ((await c.get('/members').query({ limit: 200 }).expect(200)).body.items as Array<{ id: string }>).map(
        (m) => m.id,
      );
    expect(await ids(as.community)).toContain(own);
    expect(await ids(as.street)).toContain(own);
    expect(await ids(as.otherStreet)).toEqual([]);
    expect(await ids(as.otherCommunity)).not.toContain(own);
  });
});
