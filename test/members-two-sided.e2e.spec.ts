import { MEMBER_EVENTS } from '../apps/members/src/member-events';
import {
  branchOver,
  type Client,
  type Region,
  expectRebuildsEqual,
  seedRegion,
  TestPlatform,
} from './support/platform';

/**
 * Issue 16 items 2 and 6: 组织关系转接 between two places is asked by one side and accepted by
 * the other, with both steps in the member's history; a member record is linked only to an
 * existing `member` account in the admin's scope, and the link takes effect when that account
 * confirms it.
 */
describe('members: two-sided transfers and confirmed account links', () => {
  const t = new TestPlatform();
  let r: Region;
  let westGrid: string;
  let west: Client;
  let westStreetAdmin: Client;

  const account = async (username: string, role: string, orgId: string) => {
    await r.root
      .post('/accounts')
      .send({ username, password: `${username}-password`, role, orgId })
      .expect(201);
    return t.login(username, `${username}-password`);
  };
  const register = async (as: Client, branchId: string) =>
    (
      await as
        .post('/members')
        .send({ name: '赵刚', phone: '13800005555', branchId, joinedPartyOn: '2012-07-01' })
        .expect(201)
    ).body.id as string;
  const transferEvents = async (memberId: string) =>
    (await t.platform.inspect.store.readStream(`members.member-${memberId}`))
      .map((e) => e.type)
      .filter((type) => type.includes('Transfer'));

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    const org = async (name: string, kind: string, parentId: string) =>
      (await r.root.post('/organizations').send({ name, kind, parentId }).expect(201)).body.id as string;
    const westStreet = await org('西城街道', 'street', r.districtId);
    const westCommunity = await org('西社区', 'community', westStreet);
    // the party branch of a grid of 西社区 (a member's branch is a party branch, issue 18)
    westGrid = await branchOver(r.root, await org('西一网格', 'grid', westCommunity));
    west = await account('xi-shequ', 'community_admin', westCommunity);
    westStreetAdmin = await account('xicheng', 'street_admin', westStreet);
  });
  afterAll(() => t.stop());

  it('a transfer into another street waits for that street; it sees the request but no personal data until it accepts', async () => {
    const m = await register(r.communityAdmin, r.branchId);
    const asked = await r.communityAdmin.post(`/members/${m}/transfer`).send({ toBranchId: westGrid }).expect(200);
    expect(asked.body).toMatchObject({
      transfer: 'pending',
      branchId: r.branchId,
      pendingTransfer: { fromBranchId: r.branchId, toBranchId: westGrid, direction: 'out', requestedBy: 'er-shequ' },
    });
    // the destination sees the request — name and branches — and nothing else
    const incoming = (await west.get('/members').query({ transferTo: westGrid }).expect(200)).body.items;
    expect(incoming).toEqual([
      {
        id: m,
        version: expect.any(Number),
        view: 'incoming',
        name: '赵刚',
        branchId: r.branchId,
        status: 'normal',
        pendingTransfer: expect.objectContaining({ fromBranchId: r.branchId, toBranchId: westGrid }),
        pendingReport: null,
      },
    ]);
    expect((await west.get(`/members/${m}`).expect(200)).body.view).toBe('incoming');
    await west.get(`/members/${m}/personal-data`).expect(403);
    await west.get(`/members/${m}/points`).expect(403);
    await west.post(`/members/${m}/status`).send({ status: 'floating' }).expect(403);
    // the side that asked may not accept its own request; nothing moved, no public event yet
    await r.communityAdmin.post(`/members/${m}/transfer/accept`).expect(403);
    await r.communityAdmin.post(`/members/${m}/transfer`).send({ toBranchId: r.unitId }).expect(409);
    expect(await transferEvents(m)).toEqual([MEMBER_EVENTS.transferRequested]);

    const accepted = await west.post(`/members/${m}/transfer/accept`).expect(200);
    expect(accepted.body).toMatchObject({
      transfer: 'completed',
      view: 'full',
      branchId: westGrid,
      pendingTransfer: null,
    });
    expect(accepted.body.transfers).toEqual([
      expect.objectContaining({
        fromBranchId: r.branchId,
        toBranchId: westGrid,
        status: 'completed',
        requestedBy: 'er-shequ',
        requestedAt: expect.any(String),
        decidedBy: 'xi-shequ',
        decidedAt: expect.any(String),
      }),
    ]);
    expect(accepted.body.branchHistory.map((b: { branchId: string; by: string }) => [b.branchId, b.by])).toEqual([
      [r.branchId, 'er-shequ'],
      [westGrid, 'xi-shequ'],
    ]);
    expect(await transferEvents(m)).toEqual([MEMBER_EVENTS.transferRequested, MEMBER_EVENTS.transferred]);
    await west.get(`/members/${m}/personal-data`).expect(200);
    await r.communityAdmin.get(`/members/${m}`).expect(403);
  });

  it('the destination may pull a member in; the member’s branch accepts or declines, the puller may cancel', async () => {
    const m = await register(r.communityAdmin, r.branchId);
    const pulled = await westStreetAdmin.post(`/members/${m}/transfer`).send({ toBranchId: westGrid }).expect(200);
    expect(pulled.body).toMatchObject({ transfer: 'pending', view: 'incoming' });
    expect(JSON.stringify(pulled.body)).not.toContain('****');
    await westStreetAdmin.post(`/members/${m}/transfer/accept`).expect(403);
    await r.otherCommunityAdmin.post(`/members/${m}/transfer/decline`).expect(403);
    const declined = await r.communityAdmin
      .post(`/members/${m}/transfer/decline`)
      .send({ reason: '仍在本社区' })
      .expect(200);
    expect(declined.body.transfers).toEqual([
      expect.objectContaining({ direction: 'in', status: 'declined', reason: '仍在本社区', decidedBy: 'er-shequ' }),
    ]);
    await westStreetAdmin.get(`/members/${m}`).expect(403);
    await r.communityAdmin.post(`/members/${m}/transfer/accept`).expect(409);

    await westStreetAdmin.post(`/members/${m}/transfer`).send({ toBranchId: westGrid }).expect(200);
    await r.communityAdmin.post(`/members/${m}/transfer/cancel`).expect(403);
    await westStreetAdmin.post(`/members/${m}/transfer/cancel`).expect(200);
    await westStreetAdmin.post(`/members/${m}/transfer`).send({ toBranchId: westGrid }).expect(200);
    const moved = await r.communityAdmin.post(`/members/${m}/transfer/accept`).expect(200);
    // the side that let the member go learns where to, and nothing more
    expect(moved.body).toEqual({
      id: m,
      version: expect.any(Number),
      view: 'transferred',
      name: '赵刚',
      branchId: westGrid,
      transfer: 'completed',
    });
    const history = (await westStreetAdmin.get(`/members/${m}`).expect(200)).body.transfers;
    expect(history.map((x: { status: string }) => x.status)).toEqual(['declined', 'cancelled', 'completed']);
    expect(await transferEvents(m)).toEqual([
      MEMBER_EVENTS.transferRequested,
      MEMBER_EVENTS.transferDeclined,
      MEMBER_EVENTS.transferRequested,
      MEMBER_EVENTS.transferCancelled,
      MEMBER_EVENTS.transferRequested,
      MEMBER_EVENTS.transferred,
    ]);
  });

  it('an admin over both sides transfers at once, as before', async () => {
    const m = await register(r.root, r.branchId);
    const moved = await r.root.post(`/members/${m}/transfer`).send({ toBranchId: westGrid }).expect(200);
    expect(moved.body).toMatchObject({ transfer: 'completed', branchId: westGrid });
    expect(moved.body.transfers).toEqual([expect.objectContaining({ direction: 'direct', status: 'completed' })]);
    expect(await transferEvents(m)).toEqual([MEMBER_EVENTS.transferred]);
  });

  it('links only an existing member account in scope, and only once that account confirms', async () => {
    const m = await register(r.communityAdmin, r.branchId);
    const stranger = await account('xi-dangyuan', 'member', westGrid);
    const before = await t.eventCount();
    // nobody has this username yet: whoever created it later would become the member
    const unknown = await r.communityAdmin.post(`/members/${m}/account`).send({ accountId: 'laterchosen' }).expect(422);
    expect(unknown.body).toMatchObject({ error: 'unknown_account', details: { field: 'accountId' } });
    // an account of another role, or of another street, is refused too
    await r.communityAdmin.post(`/members/${m}/account`).send({ accountId: 'san-shequ' }).expect(422);
    await r.communityAdmin.post(`/members/${m}/account`).send({ accountId: 'xi-dangyuan' }).expect(403);
    expect(await t.eventCount()).toBe(before);

    const own = await account('zhaogang', 'member', r.gridId);
    const proposed = await r.communityAdmin.post(`/members/${m}/account`).send({ accountId: 'zhaogang' }).expect(200);
    expect(proposed.body).toMatchObject({ accountId: null, proposedAccountId: 'zhaogang' });
    // not in effect yet: the account has no record and reads nothing of the member
    await own.get('/members/me').expect(404);
    await own.get(`/members/${m}`).expect(403);
    expect((await own.get('/members/me/account-proposals').expect(200)).body.items).toEqual([
      { memberId: m, name: '赵刚', branchId: r.branchId },
    ]);
    // only the account proposed confirms
    await stranger.post('/members/me/account/confirm').send({ memberId: m }).expect(404);
    await r.communityAdmin.post('/members/me/account/confirm').send({ memberId: m }).expect(403);
    await own.post('/members/me/account/confirm').send({}).expect(400);
    const confirmed = await own.post('/members/me/account/confirm').send({ memberId: m }).expect(200);
    expect(confirmed.body).toMatchObject({ id: m, accountId: 'zhaogang', proposedAccountId: null });
    expect((await own.get('/members/me').expect(200)).body.id).toBe(m);
    await own.post('/members/me/account/confirm').send({ memberId: m }).expect(404);
    // one account, one member
    const second = await register(r.communityAdmin, r.branchId);
    await r.communityAdmin.post(`/members/${second}/account`).send({ accountId: 'zhaogang' }).expect(409);
    const types = (await t.platform.inspect.store.readStream(`members.member-${m}`)).map((e) => e.type);
    expect(types.filter((type) => type.includes('Account'))).toEqual([
      MEMBER_EVENTS.accountLinkProposed,
      MEMBER_EVENTS.accountLinked,
    ]);
  });

  it('the transfers, reports and account links rebuild to the same member read models', async () => {
    expect(
      (
        await expectRebuildsEqual(
          r.auditor,
          /^(members|members\.accounts|member-balances|member-ledger-entries|volunteering\.members|matching\.members)$/,
        )
      ).length,
    ).toBeGreaterThanOrEqual(3);
  });
});
