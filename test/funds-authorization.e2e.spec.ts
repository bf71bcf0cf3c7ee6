import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';
import { MATRIX_ROLES, type MatrixRole, matrixClients, matrixCoverage } from './support/matrix-roles';

/**
 * The authorization matrix of money (issue 19): every route of the funds service × every role,
 * inside and outside scope. The street (东城街道) owns the fund; community A runs the micro-project
 * its budget pays for; community B is the next community of the same street, `otherStreet` the
 * admin of another street; the unit lies in community A. A fund is opened by those above its
 * owner, approved by its owner's admins, spent by the admins running the budget; a unit records its
 * own 认捐; the auditor reads everything and writes nothing.
 */
type Role = MatrixRole;
const ROLES = MATRIX_ROLES;

const t = new TestPlatform();
let r: Region;
let clients: Record<Role, Client>;
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1cb8a0000000049454e44ae426082',
  'hex',
);

type Ids = Record<string, string>;
const id = (res: { body: { id: string } }) => res.body.id;

/** A fund of the street, opened by the district with 100,000 元. */
const fundOfStreet = async (n: number): Promise<Ids> => ({
  f: id(
    await r.root
      .post('/funds')
      .send({
        ownerOrgId: r.streetId,
        name: `街道共建资金${n}`,
        kind: 'station_yearly',
        year: 2026,
        yearlyAmount: '100000',
      })
      .expect(201),
  ),
});
const microProjectOfA = async (n: number) =>
  id(
    await r.root
      .post('/micro-projects')
      .send({ orgId: r.communityId, name: `微项目${n}`, plannedBeneficiaries: 50 })
      .expect(201),
  );
/** The street's fund with an allocation to a micro-project of community A, asked for (and approved). */
const allocated = async (n: number, approve = true): Promise<Ids> => {
  const { f } = await fundOfStreet(n);
  const m = await microProjectOfA(n);
  const a = id(
    await r.root
      .post(`/funds/${f}/allocations`)
      .send({ target: 'micro_project', targetId: m, amount: '1000', purpose: '修缮' })
      .expect(201),
  );
  if (approve) await r.root.post(`/funds/${f}/allocations/${a}/approve`).send({}).expect(200);
  return { f, m, a };
};
const receiptIn = async (f: string, n: number) => {
  // each row its own bytes: a PNG with a distinct trailing byte
  const bytes = Buffer.concat([PNG, Buffer.from([n % 256])]);
  return (await r.root.post(`/funds/${f}/receipts`).attach('file', bytes, 'r.png').expect(201)).body.sha256 as string;
};
const spent = async (n: number): Promise<Ids> => {
  const ids = await allocated(n);
  const sha = await receiptIn(ids.f, n);
  const s = id(
    await r.root
      .post(`/funds/${ids.f}/allocations/${ids.a}/spendings`)
      .send({ amount: '10', payee: '五金店', purpose: '材料', spentOn: '2026-12-01', receiptSha256: sha })
      .expect(201),
  );
  return { ...ids, sha, s };
};

/** A co-build project of community A (a need, an offer, a matching run, accepted by both sides). */
async function coBuildProjectOfA(): Promise<string> {
  const needId = id(
    await r.root
      .post('/needs')
      .send({
        communityId: r.communityId,
        title: '助老',
        category: 'elderly_care',
        tags: [],
        quantity: { amount: 5, unit: 'person_hours' },
        window: { from: '2026-12-01', to: '2027-06-30' },
        urgency: 'normal',
      })
      .expect(201),
  );
  await r.root
    .post('/offers')
    .send({
      unitId: r.unitId,
      title: '志愿服务',
      category: 'elderly_care',
      tags: [],
      capacity: { amount: 100, unit: 'person_hours' },
      window: { from: '2026-11-01', to: '2027-12-31' },
      serviceArea: [r.communityId],
    })
    .expect(201);
  const run = await r.root.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201);
  const p = run.body.proposals.find((x: { needId: string }) => x.needId === needId).id;
  await r.root.post(`/proposals/${p}/accept`).send({ side: 'community' }).expect(200);
  return (await r.root.post(`/proposals/${p}/accept`).send({ side: 'unit' }).expect(200)).body.projectId;
}

interface Row {
  name: string;
  setup?: (n: number) => Promise<Ids>;
  send: (c: Client, ids: Ids, n: number) => ReturnType<Client['post']>;
  allowed: Role[];
}

const ABOVE_A: Role[] = ['district', 'street'];
const ADMINS_OF_A: Role[] = ['district', 'street', 'communityA'];

const WRITES: Row[] = [
  {
    name: 'POST /funds',
    send: (c, _, n) =>
      c.post('/funds').send({
        ownerOrgId: r.communityId,
        name: `社区经费${n}`,
        kind: 'community_yearly',
        year: 2026,
        yearlyAmount: '300000',
      }),
    allowed: ABOVE_A,
  },
  {
    name: 'POST /funds/:id/allocations',
    setup: async (n) => ({ ...(await fundOfStreet(n)), m: await microProjectOfA(n) }),
    send: (c, ids) =>
      c
        .post(`/funds/${ids.f}/allocations`)
        .send({ target: 'micro_project', targetId: ids.m, amount: '10', purpose: '申请' }),
    allowed: ADMINS_OF_A,
  },
  {
    name: 'POST /funds/:id/allocations/:allocationId/approve',
    setup: (n) => allocated(n, false),
    send: (c, ids) => c.post(`/funds/${ids.f}/allocations/${ids.a}/approve`).send({}),
    allowed: ABOVE_A,
  },
  {
    name: 'POST /funds/:id/allocations/:allocationId/reject',
    setup: (n) => allocated(n, false),
    send: (c, ids) => c.post(`/funds/${ids.f}/allocations/${ids.a}/reject`).send({ reason: '材料不全' }),
    allowed: ABOVE_A,
  },
  {
    name: 'POST /funds/:id/contributions',
    setup: fundOfStreet,
    send: (c, ids) => c.post(`/funds/${ids.f}/contributions`).send({ unitId: r.unitId, amount: '500.00' }),
    allowed: [...ABOVE_A, 'unit'],
  },
  {
    name: 'POST /funds/:id/receipts',
    setup: (n) => allocated(n),
    send: (c, ids, n) =>
      c.post(`/funds/${ids.f}/receipts`).attach('file', Buffer.concat([PNG, Buffer.from([7, n % 256])]), 'r.png'),
    allowed: ADMINS_OF_A,
  },
  {
    name: 'POST /funds/:id/allocations/:allocationId/spendings',
    setup: async (n) => {
      const ids = await allocated(n);
      return { ...ids, sha: await receiptIn(ids.f, n) };
    },
    send: (c, ids) =>
      c
        .post(`/funds/${ids.f}/allocations/${ids.a}/spendings`)
        .send({ amount: '1', payee: '五金店', purpose: '材料', spentOn: '2026-12-01', receiptSha256: ids.sha }),
    allowed: ADMINS_OF_A,
  },
  {
    name: 'POST /funds/:id/spendings/:spendingId/reversal',
    setup: spent,
    send: (c, ids) => c.post(`/funds/${ids.f}/spendings/${ids.s}/reversal`).send({ reason: '重复录入' }),
    allowed: ADMINS_OF_A,
  },
  {
    name: 'POST /micro-projects',
    send: (c, _, n) =>
      c.post('/micro-projects').send({ orgId: r.communityId, name: `楼道${n}`, plannedBeneficiaries: 10 }),
    allowed: ADMINS_OF_A,
  },
  {
    name: 'POST /micro-projects/:id/complete',
    setup: async (n) => ({ m: await microProjectOfA(n) }),
    send: (c, ids) =>
      c
        .post(`/micro-projects/${ids.m}/complete`)
        .send({ beneficiaries: 30, summary: '完成', completedOn: '2026-12-01' }),
    allowed: ADMINS_OF_A,
  },
  {
    name: 'POST /micro-projects/:id/cancel',
    setup: async (n) => ({ m: await microProjectOfA(n) }),
    send: (c, ids) => c.post(`/micro-projects/${ids.m}/cancel`).send({ reason: '不再需要' }),
    allowed: ADMINS_OF_A,
  },
];

/** Those who read the street's fund: the admins of its subtree and of the line above, the auditor. */
const FUND_READERS: Role[] = ['district', 'street', 'communityA', 'communityB', 'auditor'];
/** Lists answer every admin and the auditor (each its own part); the others are refused. */
const LISTERS: Role[] = ['district', 'street', 'otherStreet', 'communityA', 'communityB', 'auditor'];

interface Read {
  path: (ids: Ids) => string;
  allowed: Role[];
}
let fixture: Ids;
const READS: Read[] = [
  { path: () => '/funds', allowed: LISTERS },
  { path: (f) => `/funds/${f.f}`, allowed: FUND_READERS },
  { path: (f) => `/funds/${f.f}/allocations`, allowed: FUND_READERS },
  { path: (f) => `/funds/${f.f}/allocations/${f.a}`, allowed: FUND_READERS },
  { path: (f) => `/funds/${f.f}/spendings`, allowed: FUND_READERS },
  { path: (f) => `/funds/${f.f}/ledger`, allowed: FUND_READERS },
  { path: (f) => `/funds/${f.f}/postings`, allowed: FUND_READERS },
  { path: (f) => `/funds/${f.f}/receipts/${f.sha}`, allowed: FUND_READERS },
  { path: () => '/funds/contributions', allowed: [...LISTERS, 'unit'] },
  // the reports of a year (each reader its own area's funds; a unit contact its own unit's line):
  // their exports and the audit trace of a spending are funds-reports.e2e.spec.ts's
  { path: () => '/funds/reports/funds?year=2026', allowed: LISTERS },
  { path: () => '/funds/reports/units?year=2026', allowed: [...LISTERS, 'unit'] },
  { path: () => '/micro-projects', allowed: LISTERS },
  // a micro-project of community A: not community B's
  { path: (f) => `/micro-projects/${f.m}`, allowed: ['district', 'street', 'communityA', 'auditor'] },
  // a co-build project of community A: its funding
  { path: (f) => `/project-funding/${f.project}`, allowed: ['district', 'street', 'communityA', 'auditor'] },
];

describe('authorization matrix of money: every route × every role', () => {
  let n = 0;

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
    clients = await matrixClients(t, r, r.gridId);
    await r.root
      .post(`/organizations/${r.gridId}/grid-roles`)
      .send({ role: 'grid_worker', residentName: '网格员', accountId: 'wangge-yuan', startsOn: '2026-01-01' })
      .expect(201);
    fixture = { ...(await spent(100_000)), project: await coBuildProjectOfA() };
  });
  afterAll(() => t.stop());

  it('has a row for every route of the funds service', () => {
    const coverage = matrixCoverage(
      t.platform.app,
      /^\/(funds|micro-projects|project-funding)\b/,
      READS.map((read) => read.path(fixture)),
    );
    expect(coverage.writes).toEqual(WRITES.map((row) => row.name).sort());
    expect(coverage.unread).toEqual([]);
  });

  const writes = WRITES.flatMap((row) => ROLES.map((role) => [row.name, role, row] as const));
  it.each(writes)('%s as %s', async (_, role, row) => {
    n += 1;
    const ids = (await row.setup?.(n)) ?? {};
    const before = await t.eventCount();
    const res = await row.send(clients[role], ids, n);
    if (role === 'anonymous') expect(res.status).toBe(401);
    else if (row.allowed.includes(role)) expect([200, 201]).toContain(res.status);
    else expect(res.status).toBe(403);
    const after = await t.eventCount();
    if (res.status >= 400) expect(after).toBe(before);
    // a receipt is a blob, not an event
    else if (row.name !== 'POST /funds/:id/receipts') expect(after).toBeGreaterThan(before);
  });

  const reads = READS.flatMap((read, i) => ROLES.map((role) => [i, role, read] as const));
  it.each(reads)('read #%s as %s', async (_, role, read) => {
    const path = read.path(fixture);
    const res = await clients[role].get(path);
    const expected = role === 'anonymous' ? 401 : read.allowed.includes(role) ? 200 : 403;
    if (res.status !== expected) throw new Error(`GET ${path} as ${role}: ${res.status}, expected ${expected}`);
  });

  it('shows each lister only its own part', async () => {
    expect((await clients.otherStreet.get('/funds').expect(200)).body.total).toBe(0);
    const mine = (await clients.unit.get('/funds/contributions').expect(200)).body.items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c: { unitId: string }) => c.unitId === r.unitId)).toBe(true);
    expect((await clients.communityB.get('/micro-projects').expect(200)).body.total).toBe(0);
  });
});
