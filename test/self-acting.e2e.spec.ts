import { type Client, expectRebuildsEqual, type Region, seedRegion, TestPlatform } from './support/platform';
import { registerMerchant } from './support/merchants';

const PHONE = '13955556666';

/**
 * Issue 18, people acting for themselves: a member asks for 双报到 from their own account and the
 * receiving community confirms or declines it (the rules of issue 16 item 1 hold); a member
 * claims a micro-wish (微心愿) for itself, releases it or marks it done, and the community confirms.
 * A member never acts for another member.
 */
describe('members acting for themselves: 双报到 confirmed by the community, 微心愿 claimed and done', () => {
  const t = new TestPlatform();
  let r: Region;
  /** the street's alliance merchant, where the tests redeem */
  let shop = '';
  /** 二社区's working member, who lives in 三社区, and a second member with an account */
  let li: string;
  let wang: string;
  let asLi: Client;
  let asWang: Client;

  const register = async (name: string, phone: string) =>
    (
      await r.communityAdmin
        .post('/members')
        .send({ name, phone, branchId: r.branchId, joinedPartyOn: '2010-07-01', employerUnitId: r.unitId })
        .expect(201)
    ).body.id as string;

  /** A `member` account linked to `memberId` (proposed by its branch's admin, confirmed by itself). */
  const linked = async (memberId: string, username: string) => {
    await r.root
      .post('/accounts')
      .send({ username, password: `${username}-password`, role: 'member', orgId: r.branchId })
      .expect(201);
    const c = await t.login(username, `${username}-password`);
    await r.communityAdmin.post(`/members/${memberId}/account`).send({ accountId: username }).expect(200);
    await c.post('/members/me/account/confirm').send({ memberId }).expect(200);
    return c;
  };

  const reportEvents = async (memberId: string) =>
    (await t.platform.inspect.store.readStream(`members.member-${memberId}`))
      .map((e) => e.type)
      .filter((type) => /Report/.test(type));

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    shop = await registerMerchant(r.root, r.streetId);
    li = await register('李明', PHONE);
    wang = await register('王芳', '13955557777');
    asLi = await linked(li, 'liming');
    asWang = await linked(wang, 'wangfang');
  });
  afterAll(() => t.stop());

  it('a member asks for 双报到; it waits for 三社区, which sees the request and no personal data', async () => {
    const asked = await asLi.post(`/members/${li}/community-report`).send({ communityId: r.otherCommunityId });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      view: 'full',
      reportedTo: null,
      pendingReport: { communityId: r.otherCommunityId, status: 'pending', direct: false, requestedBy: 'liming' },
    });
    expect((await asLi.get('/members/me').expect(200)).body.pendingReport).toMatchObject({ status: 'pending' });
    // a second request while one waits: 409, nothing appended
    await asLi.post(`/members/${li}/community-report`).send({ communityId: r.communityId }).expect(409);

    const listed = await r.otherCommunityAdmin
      .get('/members/community-reports')
      .query({ communityId: r.otherCommunityId })
      .expect(200);
    expect(listed.body).toEqual({
      items: [
        {
          memberId: li,
          name: '李明',
          branchId: r.branchId,
          status: 'normal',
          communityId: r.otherCommunityId,
          requestedBy: 'liming',
          requestedAt: expect.any(String),
        },
      ],
      nextCursor: null,
      total: 1,
    });
    const seen = (await r.otherCommunityAdmin.get(`/members/${li}`).expect(200)).body;
    expect(seen).toMatchObject({ view: 'incoming', name: '李明', branchId: r.branchId, status: 'normal' });
    expect(JSON.stringify(seen)).not.toContain(PHONE.slice(-4));
    await r.otherCommunityAdmin.get(`/members/${li}/personal-data`).expect(403);
    await r.otherCommunityAdmin.get(`/members/${li}/points`).expect(403);
    // 二社区 lists nothing addressed to it; a pending report is no effective one for volunteering
    expect(
      (await r.communityAdmin.get('/members/community-reports').query({ communityId: r.communityId }).expect(200)).body
        .total,
    ).toBe(0);
    expect(await reportEvents(li)).toEqual(['members.CommunityReportRequested']);
  });

  it('only the community it is addressed to confirms or declines; the member, another member and the branch may not', async () => {
    const before = await t.eventCount();
    for (const c of [asLi, asWang, r.communityAdmin, r.unitContact, r.auditor]) {
      await c.post(`/members/${li}/community-report/confirm`).expect(403);
      await c.post(`/members/${li}/community-report/decline`).send({ reason: 'x' }).expect(403);
    }
    // another member cancels nothing of li's, nor asks for li
    await asWang.post(`/members/${li}/community-report/cancel`).expect(403);
    await asWang.post(`/members/${li}/community-report`).send({ communityId: r.communityId }).expect(403);
    // the receiving community does not cancel the member's request; it declines it
    await r.otherCommunityAdmin.post(`/members/${li}/community-report/cancel`).expect(403);
    expect(await t.eventCount()).toBe(before);
  });

  it('declined with a reason the member reads; cancelled by the member; confirmed, the report stands', async () => {
    const declined = await r.otherCommunityAdmin
      .post(`/members/${li}/community-report/decline`)
      .send({ reason: '不住本社区' })
      .expect(200);
    expect(declined.body).toMatchObject({ view: 'declined', name: '李明' });
    await r.otherCommunityAdmin.get(`/members/${li}`).expect(403);
    const me = (await asLi.get('/members/me').expect(200)).body;
    expect(me).toMatchObject({ pendingReport: null, reportedTo: null });
    expect(me.communityReports.at(-1)).toMatchObject({
      status: 'declined',
      reason: '不住本社区',
      decidedBy: 'san-shequ',
    });

    await asLi.post(`/members/${li}/community-report`).send({ communityId: r.otherCommunityId }).expect(200);
    const cancelled = await asLi.post(`/members/${li}/community-report/cancel`).expect(200);
    expect(cancelled.body.communityReports.at(-1)).toMatchObject({ status: 'cancelled', decidedBy: 'liming' });
    await asLi.post(`/members/${li}/community-report/cancel`).expect(409);

    await asLi.post(`/members/${li}/community-report`).send({ communityId: r.otherCommunityId }).expect(200);
    const confirmed = await r.otherCommunityAdmin.post(`/members/${li}/community-report/confirm`).expect(200);
    expect(confirmed.body).toMatchObject({ view: 'reported', reportedTo: r.otherCommunityId });
    expect(JSON.stringify(confirmed.body)).not.toContain(PHONE.slice(-4));
    await r.otherCommunityAdmin.post(`/members/${li}/community-report/confirm`).expect(409);
    const mine = (await asLi.get('/members/me').expect(200)).body;
    expect(mine).toMatchObject({ reportedTo: r.otherCommunityId, pendingReport: null });
    expect(mine.communityReports.map((x: { status: string }) => x.status)).toEqual([
      'declined',
      'cancelled',
      'confirmed',
    ]);
    // the community still never administers the member (issue 16)
    await r.otherCommunityAdmin.get(`/members/${li}/personal-data`).expect(403);
    await r.otherCommunityAdmin.post(`/members/${li}/redemptions`).send({ points: 1, merchantId: shop }).expect(403);
    expect(await reportEvents(li)).toEqual([
      'members.CommunityReportRequested',
      'members.CommunityReportDeclined',
      'members.CommunityReportRequested',
      'members.CommunityReportCancelled',
      'members.CommunityReportRequested',
      'members.MemberReportedToCommunity',
    ]);
  });

  it('an admin over the branch and the receiving community makes the report at once (no request)', async () => {
    const m = await register('赵刚', '13955558888');
    const res = await r.communityAdmin.post(`/members/${m}/community-report`).send({ communityId: r.communityId });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ reportedTo: r.communityId, pendingReport: null });
    expect(res.body.communityReports).toEqual([expect.objectContaining({ direct: true, status: 'confirmed' })]);
    expect(await reportEvents(m)).toEqual(['members.MemberReportedToCommunity']);
  });

  it('a member claims a wish for itself, marks it done or releases it; the community confirms; never for another', async () => {
    const post = async (communityId: string, title: string) =>
      (await r.root.post('/micro-wishes').send({ communityId, title }).expect(201)).body.id as string;
    const wish = await post(r.otherCommunityId, '帮独居老人换灯泡');
    const before = await t.eventCount();
    // for another member: refused, whatever the wish
    await asLi.post(`/micro-wishes/${wish}/claim`).send({ memberId: wang }).expect(403);
    expect(await t.eventCount()).toBe(before);

    // li reported to 三社区 (confirmed above): may serve there
    const claimed = await asLi.post(`/micro-wishes/${wish}/claim`).send({ memberId: li }).expect(200);
    expect(claimed.body).toMatchObject({ status: 'claimed', self: { memberId: li, claimed: true } });
    expect(claimed.body.claimedBy).toBeUndefined();
    await asWang.post(`/micro-wishes/${wish}/release`).expect(403);
    await asWang.post(`/micro-wishes/${wish}/fulfil`).send({ note: '我做的' }).expect(403);
    await asLi.post(`/micro-wishes/${wish}/release`).expect(200);
    await asLi.post(`/micro-wishes/${wish}/release`).expect(409);
    await asLi.post(`/micro-wishes/${wish}/fulfil`).send({}).expect(409);
    await asLi.post(`/micro-wishes/${wish}/claim`).send({ memberId: li }).expect(200);
    const done = await asLi.post(`/micro-wishes/${wish}/fulfil`).send({ note: '已换好' }).expect(200);
    expect(done.body).toMatchObject({ status: 'done' });
    // the community confirms, not the member
    await asLi.post(`/micro-wishes/${wish}/confirm`).expect(403);
    await r.communityAdmin.post(`/micro-wishes/${wish}/confirm`).expect(403);
    await r.otherCommunityAdmin.post(`/micro-wishes/${wish}/confirm`).expect(200);

    // wang neither lives in 三社区 nor reported to it: 422, the member's own account or not
    const other = await post(r.otherCommunityId, '陪老人就医');
    const refused = await asWang.post(`/micro-wishes/${other}/claim`).send({ memberId: wang }).expect(422);
    expect(refused.body.error).toBe('not_in_community');
    // another member's claimed wish: wang may not release or finish it
    await asLi.post(`/micro-wishes/${other}/claim`).send({ memberId: li }).expect(200);
    await asWang.post(`/micro-wishes/${other}/release`).expect(403);
    // a wish at home (二社区, li's branch) wang may claim for itself
    const home = await post(r.communityId, '修自行车');
    await asWang.post(`/micro-wishes/${home}/claim`).send({ memberId: wang }).expect(200);
  });

  it('a member account not linked to a record claims nothing', async () => {
    await r.root
      .post('/accounts')
      .send({ username: 'unlinked', password: 'unlinked-password', role: 'member', orgId: r.branchId })
      .expect(201);
    const c = await t.login('unlinked', 'unlinked-password');
    const wish = (await r.root.post('/micro-wishes').send({ communityId: r.communityId, title: '送餐' }).expect(201))
      .body.id;
    const res = await c.post(`/micro-wishes/${wish}/claim`).send({ memberId: li }).expect(403);
    expect(res.body.message).toMatch(/not linked/);
  });

  it('rebuilds the members read models equal to the incremental ones', async () => {
    expect(await expectRebuildsEqual(r.auditor, /^members$|wishes/)).not.toEqual([]);
  });
});
