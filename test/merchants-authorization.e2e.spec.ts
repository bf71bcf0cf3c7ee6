import { VOLUNTEERING_EVENTS } from '@gongjian/contracts';
import { toProposed } from '@gongjian/eventing';
import { registerMerchant } from './support/merchants';
import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';

/**
 * The merchant alliance's authorization matrix (issue 19; docs/DECISIONS.md 75, 76): every route ×
 * every role. The merchant belongs to community A's alliance; its admins (and those above) manage
 * it and read its statements, the auditor reads them; every signed-in account reads the merchants
 * (the contact person only admins and the auditor). A reversal: the admins over the member's branch
 * (community A) or of the merchant's alliance org (here community B's merchant). A refused request
 * appends nothing.
 */
type Role =
  'anonymous' | 'district' | 'street' | 'communityA' | 'communityB' | 'unit' | 'member' | 'auditor' | 'resident';
const ROLES: Role[] = [
  'anonymous',
  'district',
  'street',
  'communityA',
  'communityB',
  'unit',
  'member',
  'auditor',
  'resident',
];
const ADMINS: Role[] = ['district', 'street', 'communityA'];
const SIGNED_IN = ROLES.filter((role) => role !== 'anonymous');
const chinaMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

const t = new TestPlatform();
let r: Region;
let clients: Record<Role, Client>;
/** community B's merchant: its admins may reverse what was redeemed there */
let shopB = '';

async function memberWithPoints(n: number): Promise<string> {
  const m = (
    await r.root
      .post('/members')
      .send({ name: `党员${n}`, phone: '13900000000', branchId: r.branchId, joinedPartyOn: '2010-07-01' })
      .expect(201)
  ).body.id as string;
  const event = toProposed(
    {
      type: VOLUNTEERING_EVENTS.hoursVerified,
      data: {
        activityId: `a${n}`,
        memberId: m,
        orgId: r.communityId,
        category: 'elderly_care',
        hours: 2,
        pointsPerHour: 10,
        verifiedAt: new Date().toISOString(),
      },
    },
    { actor: { accountId: 'organiser', role: 'community_admin', orgId: r.communityId }, correlationId: `c${n}` },
  );
  await t.platform.inspect.store.append(`volunteering.activity-a${n}`, [event], 'no_stream');
  for (let i = 0; i < 300; i++) {
    if ((await r.root.get(`/members/${m}`).expect(200)).body.points === 20) return m;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('points were not awarded');
}

interface Row {
  name: string;
  setup?: (n: number) => Promise<Record<string, string>>;
  send: (c: Client, ids: Record<string, string>, n: number) => ReturnType<Client['post']>;
  allowed: Role[];
}

const merchantA = async (n: number) => ({ shop: await registerMerchant(r.root, r.communityId, { name: `商户${n}` }) });

const ROWS: Row[] = [
  {
    name: 'POST /merchants',
    send: (c, _, n) =>
      c.post('/merchants').send({
        name: `联盟商户${n}`,
        address: '二社区中心街 2 号',
        sector: 'catering',
        orgId: r.communityId,
        contactName: '李店长',
        contactPhone: '13900000002',
        terms: { pointsPerYuan: 10, monthlyCapPoints: 200, effectiveFrom: '2026-01-01' },
      }),
    allowed: ADMINS,
  },
  {
    name: 'POST /merchants/:id/terms',
    setup: merchantA,
    send: (c, ids) =>
      c
        .post(`/merchants/${ids.shop}/terms`)
        .send({ pointsPerYuan: 5, monthlyCapPoints: 100, effectiveFrom: '2099-01-01' }),
    allowed: ADMINS,
  },
  {
    name: 'POST /merchants/:id/suspend',
    setup: merchantA,
    send: (c, ids) => c.post(`/merchants/${ids.shop}/suspend`).send({ reason: '投诉待查' }),
    allowed: ADMINS,
  },
  {
    name: 'POST /merchants/:id/reinstate',
    setup: async (n) => {
      const { shop } = await merchantA(n);
      await r.root.post(`/merchants/${shop}/suspend`).send({ reason: '投诉待查' }).expect(200);
      return { shop };
    },
    send: (c, ids) => c.post(`/merchants/${ids.shop}/reinstate`),
    allowed: ADMINS,
  },
  {
    name: 'POST /merchants/:id/statements/:month/reconcile',
    setup: merchantA,
    send: (c, ids) =>
      c.post(`/merchants/${ids.shop}/statements/${chinaMonth()}/reconcile`).send({ netPoints: 0, netYuan: '0.00' }),
    allowed: ADMINS,
  },
  {
    // the member's branch is community A's; the merchant community B's
    name: 'POST /members/:id/redemptions/:redemptionId/reversal',
    setup: async (n) => {
      const m = await memberWithPoints(n);
      const res = await r.root.post(`/members/${m}/redemptions`).send({ points: 5, merchantId: shopB }).expect(201);
      return { m, redemption: res.body.redemptionId };
    },
    send: (c, ids) => c.post(`/members/${ids.m}/redemptions/${ids.redemption}/reversal`).send({ reason: '争议' }),
    allowed: [...ADMINS, 'communityB'],
  },
];

describe('merchant alliance authorization: every route × every role', () => {
  let n = 0;
  let shopA = '';

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    const account = async (username: string, role: string, orgId: string) => {
      await r.root
        .post('/accounts')
        .send({ username, password: `${username}-password`, role, orgId })
        .expect(201);
      return t.login(username, `${username}-password`);
    };
    clients = {
      anonymous: t.anonymous(),
      district: await account('district-admin', 'district_admin', r.districtId),
      street: await account('street-admin', 'street_admin', r.streetId),
      communityA: r.communityAdmin,
      communityB: r.otherCommunityAdmin,
      unit: r.unitContact,
      member: await account('dangyuan', 'member', r.gridId),
      auditor: r.auditor,
      resident: await account('jumin', 'resident', r.communityId),
    };
    shopA = await registerMerchant(r.root, r.communityId, { name: '二社区超市' });
    shopB = await registerMerchant(r.root, r.otherCommunityId, { name: '三社区药房' });
  });
  afterAll(() => t.stop());

  const cases = ROWS.flatMap((row) => ROLES.map((role) => [row.name, role, row] as const));
  it.each(cases)('%s as %s', async (_, role, row) => {
    n += 1;
    const ids = (await row.setup?.(n)) ?? {};
    const before = await t.eventCount();
    const res = await row.send(clients[role], ids, n);
    if (role === 'anonymous') expect(res.status).toBe(401);
    else if (row.allowed.includes(role)) expect([200, 201]).toContain(res.status);
    else expect(res.status).toBe(403);
    if (res.status >= 400) expect(await t.eventCount()).toBe(before);
    else expect(await t.eventCount()).toBeGreaterThan(before);
  });

  it.each(ROLES)('reads the merchants as %s (the contact: admins and the auditor)', async (role) => {
    const list = await clients[role].get(`/merchants?orgId=${r.communityId}`);
    const one = await clients[role].get(`/merchants/${shopA}`);
    if (role === 'anonymous') return expect([list.status, one.status]).toEqual([401, 401]);
    expect([list.status, one.status]).toEqual([200, 200]);
    expect(list.body.items.map((m: { id: string }) => m.id)).toContain(shopA);
    const contact = [...ADMINS, 'communityB', 'auditor'].includes(role) ? '13900000001' : null;
    expect(one.body.contactPhone).toBe(contact);
  });

  it.each(ROLES)("reads a statement and its export as %s: the alliance org's admins and the auditor", async (role) => {
    const month = chinaMonth();
    const statement = await clients[role].get(`/merchants/${shopA}/statements/${month}`);
    const sheet = await clients[role].get(`/exports/merchant-statement.xlsx?merchantId=${shopA}&month=${month}`);
    const expected = role === 'anonymous' ? 401 : [...ADMINS, 'auditor'].includes(role) ? 200 : 403;
    expect([statement.status, sheet.status]).toEqual([expected, expected]);
  });

  it('has every signed-in role in the read rows', () => expect(SIGNED_IN).toHaveLength(8));
});
