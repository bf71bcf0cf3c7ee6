import { VOLUNTEERING_EVENTS } from '@gongjian/contracts';
import { toProposed } from '@gongjian/eventing';
import { declaredRoutes } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { branchOver, type Client, type Region, seedRegion, TestPlatform } from './support/platform';
import { registerMerchant } from './support/merchants';

/**
 * Who may act for a member (issue 16, DESIGN §8), route by route. The member under test belongs
 * to a grid of 西城街道 (street 2), works at a unit of 东城街道 (street 1) and reported (双报到) to
 * 二社区 of street 1 — the attack of item 1 is that community's admin reaching for a member of
 * another street. Every members route the controllers declare must have a row here, and every row
 * must say what the reported-to community gets: the reduced view, or nothing.
 */
type Who =
  | 'district'
  | 'branchStreet'
  | 'branchCommunity'
  | 'reportedCommunity'
  | 'reportedStreet'
  | 'otherCommunity'
  | 'otherStreet'
  | 'unitContact'
  | 'auditor'
  | 'self'
  | 'otherMember';
const EVERYONE: Who[] = [
  'district',
  'branchStreet',
  'branchCommunity',
  'reportedCommunity',
  'reportedStreet',
  'otherCommunity',
  'otherStreet',
  'unitContact',
  'auditor',
  'self',
  'otherMember',
];
/** the admins over the member's branch: they alone administer the member */
const BRANCH_ADMINS: Who[] = ['district', 'branchStreet', 'branchCommunity'];
const REPORTED: Who[] = ['reportedCommunity', 'reportedStreet'];
const PHONE = '13700001111';

/** What a caller gets: a status, or `reduced` (200 with the reported-to view: no personal data). */
type Outcome = number | 'reduced';

interface Row {
  route: string;
  /** what the admins of the community the member reported to get — every row must say */
  reportedTo: Outcome;
  /** the outcome of everyone else not named in `others` */
  allowed: Who[];
  status: number;
  /** exceptions beyond `allowed` and the reported-to community */
  others?: Partial<Record<Who, Outcome>>;
  /** prepares the fresh member (reported to 二社区 unless `unreported`), returns extra ids */
  prepare?: (memberId: string, n: number) => Promise<Record<string, string> | unknown>;
  unreported?: boolean;
  /** `self` is only proposed, not yet confirmed (the confirmation row) */
  selfProposedOnly?: boolean;
  send: (
    c: Client,
    memberId: string,
    ids: Record<string, string>,
  ) => Promise<{ status: number; body: any; text?: string }>;
}

const expected = (row: Row, who: Who): Outcome => {
  if (REPORTED.includes(who)) return row.others?.[who] ?? row.reportedTo;
  if (row.others?.[who] !== undefined) return row.others[who]!;
  return row.allowed.includes(who) ? row.status : 403;
};

describe('members: who may act for a member — every route, role and place', () => {
  const t = new TestPlatform();
  let r: Region;
  /** the street's alliance merchant, where the tests redeem */
  let shop = '';
  const as = {} as Record<Who, Client>;
  let westStreet: string;
  let westCommunity: string;
  let westGrid: string;
  let westGrid2: string;
  /** the member the `self` account is linked to (reads), and `otherMember`'s */
  let own: string;
  let other: string;
  /** a member of street 2 whose 双报到 to 二社区 waits for 二社区's confirmation */
  let pending: string;
  let n = 0;

  const account = async (username: string, role: string, orgId: string) => {
    await r.root
      .post('/accounts')
      .send({ username, password: `${username}-password`, role, orgId })
      .expect(201);
    return t.login(username, `${username}-password`);
  };

  /** A working member of street 2 (registered by its community), employed in street 1. */
  const register = async (over: Record<string, unknown> = {}) =>
    (
      await as.branchCommunity
        .post('/members')
        .send({
          name: '李红',
          phone: PHONE,
          idNumber: '37162219800101123X',
          branchId: westGrid,
          joinedPartyOn: '2010-07-01',
          employerUnitId: r.unitId,
          ...over,
        })
        .expect(201)
    ).body.id as string;

  const askCommunityA = (memberId: string) =>
    as.branchCommunity.post(`/members/${memberId}/community-report`).send({ communityId: r.communityId }).expect(200);

  /** 双报到 asked by the member's branch (street 2) and confirmed by community A, which receives it. */
  const reportToCommunityA = async (memberId: string) => {
    await as.branchCommunity
      .post(`/members/${memberId}/community-report`)
      .send({ communityId: r.communityId })
      .expect(200);
    return r.communityAdmin.post(`/members/${memberId}/community-report/confirm`).expect(200);
  };

  /** A `member` account of street 2, proposed by the branch's admin and confirmed by itself. */
  const linkedAccount = async (memberId: string, username: string, confirm = true) => {
    const c = await account(username, 'member', westGrid);
    await as.branchCommunity.post(`/members/${memberId}/account`).send({ accountId: username }).expect(200);
    if (confirm) await c.post('/members/me/account/confirm').send({ memberId }).expect(200);
    return c;
  };

  /** Points from a verified-hours event of the volunteering service, for service in `orgId`. */
  const award = async (memberId: string, hours: number, orgId: string) => {
    const before = (await as.district.get(`/members/${memberId}`).expect(200)).body.points;
    const proposed = toProposed(
      {
        type: VOLUNTEERING_EVENTS.hoursVerified,
        data: {
          activityId: uuidv7(),
          memberId,
          orgId,
          category: 'elderly_care',
          hours,
          pointsPerHour: 10,
          verifiedAt: new Date().toISOString(),
        },
      },
      { actor: { accountId: 'organiser', role: 'community_admin', orgId }, correlationId: uuidv7() },
    );
    await t.platform.inspect.store.append(`volunteering.activity-${uuidv7()}`, [proposed], 'any');
    const deadline = Date.now() + 2000;
    while ((await as.district.get(`/members/${memberId}`).expect(200)).body.points < before + hours * 10) {
      if (Date.now() > deadline) throw new Error('points not awarded');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    shop = await registerMerchant(r.root, r.streetId);
    const org = async (name: string, kind: string, parentId: string) =>
      (await r.root.post('/organizations').send({ name, kind, parentId }).expect(201)).body.id as string;
    westStreet = await org('西城街道', 'street', r.districtId);
    westCommunity = await org('西社区', 'community', westStreet);
    // the party branches of two grids of 西社区 (a member's branch is a party branch, issue 18)
    westGrid = await branchOver(r.root, await org('西一网格', 'grid', westCommunity));
    westGrid2 = await branchOver(r.root, await org('西二网格', 'grid', westCommunity));
    const southStreet = await org('南城街道', 'street', r.districtId);
    as.district = await account('lijin', 'district_admin', r.districtId);
    as.branchStreet = await account('xicheng', 'street_admin', westStreet);
    as.branchCommunity = await account('xi-shequ', 'community_admin', westCommunity);
    as.reportedCommunity = r.communityAdmin;
    as.reportedStreet = await account('dongcheng', 'street_admin', r.streetId);
    as.otherCommunity = r.otherCommunityAdmin;
    as.otherStreet = await account('nancheng', 'street_admin', southStreet);
    as.unitContact = r.unitContact;
    as.auditor = r.auditor;

    own = await register();
    other = await register({ name: '王芳', employerUnitId: undefined });
    as.self = await linkedAccount(own, 'lihong');
    as.otherMember = await linkedAccount(other, 'wangfang');
    await reportToCommunityA(own);
    pending = await register();
    await askCommunityA(pending);
    await award(own, 3, r.gridId); // served in 二社区's grid: the community sees it
    await award(own, 2, westGrid); // served at home: the community does not
  });
  afterAll(() => t.stop());

  const READS: Row[] = [
    {
      route: 'GET /members/:id',
      reportedTo: 'reduced',
      allowed: [...BRANCH_ADMINS, 'unitContact', 'auditor', 'self'],
      status: 200,
      send: (c) => c.get(`/members/${own}`),
    },
    {
      route: 'GET /members/:id/points',
      reportedTo: 'reduced',
      allowed: [...BRANCH_ADMINS, 'unitContact', 'auditor', 'self'],
      status: 200,
      send: (c) => c.get(`/members/${own}/points`),
    },
    {
      route: 'GET /members/:id/pioneer-index',
      reportedTo: 'reduced',
      allowed: [...BRANCH_ADMINS, 'unitContact', 'auditor', 'self'],
      status: 200,
      send: (c) => c.get(`/members/${own}/pioneer-index`),
    },
    {
      route: 'GET /members/:id/personal-data',
      reportedTo: 403,
      allowed: [...BRANCH_ADMINS, 'self'],
      status: 200,
      send: (c) => c.get(`/members/${own}/personal-data`),
    },
    {
      route: 'GET /members?reportedTo=',
      reportedTo: 'reduced',
      allowed: ['district', 'auditor'],
      status: 200,
      send: (c) => c.get(`/members?reportedTo=${r.communityId}`),
    },
    {
      route: 'GET /members?orgId=',
      reportedTo: 403,
      allowed: [...BRANCH_ADMINS, 'auditor'],
      status: 200,
      send: (c) => c.get(`/members?orgId=${westCommunity}`),
    },
    {
      route: 'GET /members?employerUnitId=',
      reportedTo: 'reduced',
      allowed: ['district', 'unitContact', 'auditor'],
      status: 200,
      send: (c) => c.get(`/members?employerUnitId=${r.unitId}`),
    },
    {
      route: 'GET /members/me',
      reportedTo: 403,
      allowed: ['self', 'otherMember'],
      status: 200,
      send: (c) => c.get('/members/me'),
    },
    {
      route: 'GET /members/me/account-proposals',
      reportedTo: 403,
      allowed: ['self', 'otherMember'],
      status: 200,
      send: (c) => c.get('/members/me/account-proposals'),
    },
    {
      route: 'GET /pioneer-index/leaderboard?communityId=',
      reportedTo: 'reduced',
      allowed: ['district', 'auditor'],
      status: 200,
      send: (c) => c.get(`/pioneer-index/leaderboard?communityId=${r.communityId}`),
    },
    {
      route: 'GET /pioneer-index/leaderboard?branchId=',
      reportedTo: 403,
      allowed: [...BRANCH_ADMINS, 'auditor'],
      status: 200,
      send: (c) => c.get(`/pioneer-index/leaderboard?branchId=${westGrid}`),
    },
    {
      // a pending 双报到 shows the receiving community the request: name, branch, status
      route: 'GET /members/community-reports?communityId=',
      reportedTo: 'reduced',
      allowed: ['district', 'auditor'],
      status: 200,
      send: (c) => c.get(`/members/community-reports?communityId=${r.communityId}`),
    },
    {
      route: 'GET /points/rules',
      reportedTo: 200,
      allowed: EVERYONE,
      status: 200,
      send: (c) => c.get('/points/rules'),
    },
  ];

  /** The reduced view: the name, the report and the service done there — never personal data. */
  const expectReduced = (route: string, body: any) => {
    const text = JSON.stringify(body);
    expect(text).not.toContain('****'); // not even the masked phone
    expect(text).not.toContain(PHONE);
    expect(text).not.toMatch(/idNumber|"phone"|"address"|accountId|statusHistory|branchHistory/);
    if (route === 'GET /members/:id') {
      expect(body).toEqual({
        id: own,
        version: expect.any(Number),
        view: 'reported',
        name: '李红',
        reportedTo: r.communityId,
        reportedOn: expect.any(String),
        served: { hours: 3, points: 30 },
      });
    }
    if (route === 'GET /members/:id/points') {
      expect(body.balance).toBeNull();
      expect(body.items.map((e: { points: number }) => e.points)).toEqual([30]);
    }
    if (route === 'GET /members/:id/pioneer-index') expect(body.breakdown.hours.value).toBe(3);
    if (route.startsWith('GET /members?')) {
      const mine = body.items.find((m: { id: string }) => m.id === own);
      expect(mine).toMatchObject({ view: 'reported', served: { hours: 3 } });
    }
    if (route.startsWith('GET /members/community-reports')) {
      expect(body.items).toEqual([
        {
          memberId: pending,
          name: '李红',
          branchId: westGrid,
          status: 'normal',
          communityId: r.communityId,
          requestedBy: 'xi-shequ',
          requestedAt: expect.any(String),
        },
      ]);
      expect(body.total).toBe(1);
    }
    if (route.startsWith('GET /pioneer-index')) {
      const mine = body.items.find((m: { memberId: string }) => m.memberId === own);
      expect(mine).toMatchObject({ branchId: null, breakdown: { hours: { value: 3 } } });
    }
  };

  describe.each(READS)('$route', (row) => {
    it.each(EVERYONE)('%s', async (who) => {
      const res = await row.send(as[who], own, {});
      const outcome = expected(row, who);
      expect({ who, status: res.status }).toEqual({ who, status: outcome === 'reduced' ? 200 : outcome });
      if (outcome === 'reduced') expectReduced(row.route, res.body);
      if (res.status === 403) expect(res.text).not.toContain('****');
    });
  });

  /** Each write acts on a fresh member (reported to 二社区 unless the row says otherwise). */
  const WRITES: Row[] = [
    {
      route: 'POST /members',
      reportedTo: 403,
      allowed: BRANCH_ADMINS,
      status: 201,
      send: (c) =>
        c
          .post('/members')
          .send({ name: '新党员', phone: '13600002222', branchId: westGrid, joinedPartyOn: '2020-07-01' }),
    },
    {
      route: 'POST /members/:id/transfer',
      reportedTo: 403,
      allowed: BRANCH_ADMINS,
      status: 200,
      send: (c, id) => c.post(`/members/${id}/transfer`).send({ toBranchId: westGrid2 }),
    },
    {
      // into 二社区's grid: the branch's side asks (out), 二社区's side asks (pulls in), the district does it at once
      route: 'POST /members/:id/transfer (into the reported-to community)',
      reportedTo: 200,
      allowed: [...BRANCH_ADMINS],
      status: 200,
      send: (c, id) => c.post(`/members/${id}/transfer`).send({ toBranchId: r.branchId }),
    },
    {
      route: 'POST /members/:id/transfer/accept',
      prepare: (id) => as.branchCommunity.post(`/members/${id}/transfer`).send({ toBranchId: r.branchId }).expect(200),
      reportedTo: 200, // here 二社区 is also the destination: it accepts as the destination, not as the reported-to
      allowed: ['district'],
      status: 200,
      send: (c, id) => c.post(`/members/${id}/transfer/accept`),
    },
    {
      route: 'POST /members/:id/transfer/decline',
      prepare: (id) => as.branchCommunity.post(`/members/${id}/transfer`).send({ toBranchId: r.branchId }).expect(200),
      reportedTo: 200,
      allowed: ['district'],
      status: 200,
      send: (c, id) => c.post(`/members/${id}/transfer/decline`).send({ reason: '不在本社区居住' }),
    },
    {
      route: 'POST /members/:id/transfer/cancel',
      prepare: (id) => as.branchCommunity.post(`/members/${id}/transfer`).send({ toBranchId: r.branchId }).expect(200),
      reportedTo: 403,
      allowed: BRANCH_ADMINS,
      status: 200,
      send: (c, id) => c.post(`/members/${id}/transfer/cancel`),
    },
    {
      route: 'POST /members/:id/status',
      reportedTo: 403,
      allowed: BRANCH_ADMINS,
      status: 200,
      send: (c, id) => c.post(`/members/${id}/status`).send({ status: 'floating', reason: '外出务工' }),
    },
    {
      route: 'POST /members/:id/community-report',
      unreported: true,
      reportedTo: 403, // the attack of item 1: 二社区 naming itself for a member of another street
      allowed: [...BRANCH_ADMINS, 'self'],
      status: 200,
      send: (c, id) => c.post(`/members/${id}/community-report`).send({ communityId: r.communityId }),
    },
    {
      route: 'POST /members/:id/community-report/confirm',
      unreported: true,
      prepare: (id) => askCommunityA(id),
      reportedTo: 200, // the community it is addressed to, and only that one
      allowed: ['district'],
      status: 200,
      send: (c, id) => c.post(`/members/${id}/community-report/confirm`),
    },
    {
      route: 'POST /members/:id/community-report/decline',
      unreported: true,
      prepare: (id) => askCommunityA(id),
      reportedTo: 200,
      allowed: ['district'],
      status: 200,
      send: (c, id) => c.post(`/members/${id}/community-report/decline`).send({ reason: '不住本社区' }),
    },
    {
      route: 'POST /members/:id/community-report/cancel',
      unreported: true,
      prepare: (id) => askCommunityA(id),
      reportedTo: 403, // the receiving community declines; it does not cancel the member's request
      allowed: [...BRANCH_ADMINS, 'self'],
      status: 200,
      send: (c, id) => c.post(`/members/${id}/community-report/cancel`),
    },
    {
      route: 'DELETE /members/:id/community-report',
      reportedTo: 200, // the receiving community may end the report (the member moved away)
      allowed: [...BRANCH_ADMINS, 'self'],
      status: 200,
      send: (c, id) => c.delete(`/members/${id}/community-report`),
    },
    {
      route: 'POST /members/:id/account',
      prepare: async (_id, i) => {
        await r.root
          .post('/accounts')
          .send({ username: `acct-${i}`, password: 'acct-password-1', role: 'member', orgId: westGrid })
          .expect(201);
        return { accountId: `acct-${i}` };
      },
      reportedTo: 403,
      allowed: BRANCH_ADMINS,
      status: 200,
      send: (c, id, ids) => c.post(`/members/${id}/account`).send({ accountId: ids.accountId }),
    },
    {
      route: 'POST /members/me/account/confirm',
      selfProposedOnly: true,
      reportedTo: 403,
      allowed: ['self'],
      status: 200,
      others: { otherMember: 404 },
      send: (c, id) => c.post('/members/me/account/confirm').send({ memberId: id }),
    },
    {
      route: 'POST /members/:id/redemptions',
      prepare: (id) => award(id, 1, r.gridId),
      reportedTo: 403,
      allowed: BRANCH_ADMINS,
      status: 201,
      send: (c, id) => c.post(`/members/${id}/redemptions`).send({ points: 5, merchantId: shop }),
    },
    {
      // the merchant is 东城街道's (the reported-to street): its admins hear the merchant's side
      route: 'POST /members/:id/redemptions/:redemptionId/reversal',
      prepare: async (id) => {
        await award(id, 1, r.gridId);
        const res = await r.root.post(`/members/${id}/redemptions`).send({ points: 5, merchantId: shop }).expect(201);
        return { redemption: res.body.redemptionId };
      },
      reportedTo: 403,
      others: { reportedStreet: 201 },
      allowed: BRANCH_ADMINS,
      status: 201,
      send: (c, id, ids) => c.post(`/members/${id}/redemptions/${ids.redemption}/reversal`).send({ reason: '争议' }),
    },
    {
      route: 'DELETE /members/:id/personal-data',
      reportedTo: 403,
      allowed: BRANCH_ADMINS,
      status: 200,
      send: (c, id) => c.delete(`/members/${id}/personal-data`),
    },
  ];

  describe.each(WRITES)('$route', (row) => {
    it.each(EVERYONE)('%s', async (who) => {
      n += 1;
      const memberId = await register();
      if (!row.unreported) await reportToCommunityA(memberId);
      const ids = ((await row.prepare?.(memberId, n)) ?? {}) as Record<string, string>;
      const client = who === 'self' ? await linkedAccount(memberId, `self-${n}`, !row.selfProposedOnly) : as[who];
      const before = await t.eventCount();
      const res = await row.send(client, memberId, ids);
      const outcome = expected(row, who);
      expect({ who, status: res.status, body: res.status === outcome ? undefined : res.body }).toEqual({
        who,
        status: outcome,
        body: undefined,
      });
      if (res.status >= 400) expect(await t.eventCount()).toBe(before);
    });
  });

  it('has a row for every members route the controllers declare', () => {
    const members = declaredRoutes(t.platform.app)
      .filter((route) => /^\/(members|pioneer-index|points)(\/|$)/.test(route.path))
      .map((route) => route.name);
    const rows = new Set([...READS, ...WRITES].map((row) => row.route.replace(/( \(.*\)|\?.*)$/, '')));
    expect(members.filter((name) => !rows.has(name))).toEqual([]);
    expect(members.length).toBeGreaterThanOrEqual(19);
  });

  it('a pull into 二社区 waits for the branch; the district, over both, transfers at once', async () => {
    const pulled = await register();
    const res = await as.reportedCommunity
      .post(`/members/${pulled}/transfer`)
      .send({ toBranchId: r.branchId })
      .expect(200);
    expect(res.body).toMatchObject({ transfer: 'pending', view: 'incoming', name: '李红' });
    expect(JSON.stringify(res.body)).not.toContain('****');
    await as.reportedCommunity.get(`/members/${pulled}/personal-data`).expect(403);
    const now = await register();
    expect(
      (await as.district.post(`/members/${now}/transfer`).send({ toBranchId: r.branchId }).expect(200)).body,
    ).toMatchObject({ transfer: 'completed', branchId: r.branchId });
  });

  it('a member account writes only its own 双报到, never for another and never anything else', async () => {
    const before = await t.eventCount();
    await as.self.post(`/members/${own}/redemptions`).send({ points: 1, merchantId: shop }).expect(403);
    await as.self.post(`/members/${own}/status`).send({ status: 'floating' }).expect(403);
    await as.self.delete(`/members/${own}/personal-data`).expect(403);
    await as.self.post(`/members/${own}/account`).send({ accountId: 'wangfang' }).expect(403);
    await as.self.post(`/members/${own}/transfer`).send({ toBranchId: westGrid2 }).expect(403);
    await as.otherMember.delete(`/members/${own}/community-report`).expect(403);
    expect(await t.eventCount()).toBe(before);
  });

  it('lists only the caller’s own subtree when no filter is given; reported members in the reduced view', async () => {
    const items = async (c: Client) =>
      (await c.get('/members').query({ limit: 200 }).expect(200)).body.items as Array<{ id: string; view: string }>;
    expect((await items(as.branchCommunity)).find((m) => m.id === own)).toMatchObject({ view: 'full' });
    expect((await items(as.reportedCommunity)).find((m) => m.id === own)).toMatchObject({ view: 'reported' });
    expect((await items(as.otherStreet)).map((m) => m.id)).toEqual([]);
    expect((await items(as.otherCommunity)).map((m) => m.id)).not.toContain(own);
  });
});
