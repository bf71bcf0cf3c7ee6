import { chinaDay } from '@gongjian/auth';
import { type Client, type Region, seedRegion, TestPlatform } from './support/platform';
import { binary, readXlsx } from './support/sheets';

/**
 * Issue 19: the reports an office is asked for — per fund of a year (allocated, spent, left, the
 * residents its completed projects served) and per unit (money, hours, goods), each as .xlsx — and
 * the audit trace of a spending back to its fund, allocation, approval and actors, from the log.
 * Ends with the read side of the authorization matrix for these routes (every role).
 */
const t = new TestPlatform();
let r: Region;
let street: Client;
let otherUnitId: string;
let fundId: string;
let spendingId: string;
let reversedId: string;
const year = Number(chinaDay().slice(0, 4));
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1cb8a0000000049454e44ae426082',
  'hex',
);
const download = (client: Client, path: string) => client.get(path).buffer(true).parse(binary);

async function account(username: string, role: string, orgId: string): Promise<Client> {
  await r.root
    .post('/accounts')
    .send({ username, password: `${username}-password`, role, orgId })
    .expect(201);
  return t.login(username, `${username}-password`);
}

/** A co-build project of the region's unit in its community, accepted by both sides (person_hours 30). */
async function coBuildProject(): Promise<string> {
  const needId = (
    await r.communityAdmin
      .post('/needs')
      .send({
        communityId: r.communityId,
        title: '独居老人助餐',
        category: 'elderly_care',
        tags: [],
        quantity: { amount: 30, unit: 'person_hours' },
        window: { from: '2026-12-01', to: '2027-03-31' },
        urgency: 'high',
      })
      .expect(201)
  ).body.id;
  await r.unitContact
    .post('/offers')
    .send({
      unitId: r.unitId,
      title: '医护志愿者',
      category: 'elderly_care',
      tags: [],
      capacity: { amount: 40, unit: 'person_hours' },
      window: { from: '2026-11-01', to: '2027-06-30' },
      serviceArea: [r.communityId],
    })
    .expect(201);
  const run = (await r.communityAdmin.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201)).body;
  const p = run.proposals.find((x: { needId: string }) => x.needId === needId);
  await r.communityAdmin.post(`/proposals/${p.id}/accept`).send({ side: 'community' }).expect(200);
  const projectId = (await r.unitContact.post(`/proposals/${p.id}/accept`).send({ side: 'unit' }).expect(200)).body
    .projectId;
  await t.platform.runtime.settle();
  return projectId;
}

beforeAll(async () => {
  await t.start();
  r = await seedRegion(t);
  street = await account('dongcheng', 'street_admin', r.streetId);
  otherUnitId = (
    await r.root
      .post('/units')
      .send({ name: '县供电公司', sector: 'state_enterprise', locatedIn: r.communityId })
      .expect(201)
  ).body.id;
  fundId = (
    await r.root
      .post('/funds')
      .send({ ownerOrgId: r.streetId, name: '东城街道共建资金', kind: 'station_yearly', year, yearlyAmount: '300000' })
      .expect(201)
  ).body.id;
  // a micro-project: 5,000 approved, 1,200.50 of 认捐 into it, 1,000 spent, 200 spent and reversed, 412 served
  const microId = (
    await r.communityAdmin
      .post('/micro-projects')
      .send({ orgId: r.communityId, name: '楼道灯修缮', description: '老旧小区楼道照明', plannedBeneficiaries: 300 })
      .expect(201)
  ).body.id;
  const allocationId = (
    await r.communityAdmin
      .post(`/funds/${fundId}/allocations`)
      .send({ target: 'micro_project', targetId: microId, amount: '5000.00', purpose: '灯具与安装' })
      .expect(201)
  ).body.id;
  await street.post(`/funds/${fundId}/allocations/${allocationId}/approve`).send({}).expect(200);
  await r.unitContact
    .post(`/funds/${fundId}/contributions`)
    .send({ unitId: r.unitId, amount: '1200.50', allocationId, note: '医院认捐' })
    .expect(201);
  await street.post(`/funds/${fundId}/contributions`).send({ unitId: r.unitId, amount: '500' }).expect(201);
  await street.post(`/funds/${fundId}/contributions`).send({ unitId: otherUnitId, amount: '100' }).expect(201);
  const receipt = (await r.communityAdmin.post(`/funds/${fundId}/receipts`).attach('file', PNG, 'r.png').expect(201))
    .body.sha256;
  const spend = async (amount: string) =>
    (
      await r.communityAdmin
        .post(`/funds/${fundId}/allocations/${allocationId}/spendings`)
        .send({ amount, payee: '利津县照明工程部', purpose: 'LED 灯', spentOn: '2026-11-20', receiptSha256: receipt })
        .expect(201)
    ).body.id as string;
  spendingId = await spend('1000.00');
  reversedId = await spend('200.00');
  await r.communityAdmin
    .post(`/funds/${fundId}/spendings/${reversedId}/reversal`)
    .send({ reason: '重复录入' })
    .expect(200);
  await r.communityAdmin
    .post(`/micro-projects/${microId}/complete`)
    .send({ beneficiaries: 412, summary: '40 套灯具已安装', completedOn: '2026-11-30' })
    .expect(200);
  // a co-build project funded with 2,000, completed with 80 residents served
  const projectId = await coBuildProject();
  const projectAllocation = (
    await r.communityAdmin
      .post(`/funds/${fundId}/allocations`)
      .send({ target: 'project', targetId: projectId, amount: '2000', purpose: '助餐食材' })
      .expect(201)
  ).body.id;
  await street.post(`/funds/${fundId}/allocations/${projectAllocation}/approve`).send({}).expect(200);
  await r.unitContact.post(`/projects/${projectId}/start`).expect(200);
  await r.communityAdmin
    .post(`/projects/${projectId}/complete`)
    .send({ report: '送餐 30 人·小时', beneficiaries: -1 })
    .expect(400);
  const completed = await r.communityAdmin
    .post(`/projects/${projectId}/complete`)
    .send({ report: '送餐 30 人·小时', beneficiaries: 80 })
    .expect(200);
  expect(completed.body.beneficiaries).toBe(80);
  await t.platform.runtime.settle();
});
afterAll(() => t.stop());

describe('the fund report', () => {
  it('gives each fund of the year its money and the residents its completed projects served', async () => {
    const report = (await street.get(`/funds/reports/funds?year=${year}`).expect(200)).body;
    const line = {
      fundId,
      name: '东城街道共建资金',
      ownerOrgId: r.streetId,
      ownerName: '东城街道',
      yearlyAmount: '300000.00',
      contributed: '1800.50',
      allocated: '7000.00',
      spent: '1000.00',
      available: '293600.00',
      left: '300800.50',
      targets: 2,
      completedTargets: 2,
      beneficiaries: 492,
    };
    expect(report.items).toEqual([expect.objectContaining(line)]);
    const { fundId: _f, name: _n, ownerOrgId: _o, ownerName: _on, ...sums } = line;
    expect(report.totals).toEqual({ funds: 1, ...sums });
  });

  it('keeps to the subtree of ?orgId= and to the year', async () => {
    const below = (await street.get(`/funds/reports/funds?year=${year}&orgId=${r.communityId}`).expect(200)).body;
    expect(below.items).toEqual([]);
    expect(below.totals).toMatchObject({ funds: 0, beneficiaries: 0, left: '0.00' });
    expect((await r.auditor.get(`/funds/reports/funds?year=${year - 1}`).expect(200)).body.items).toEqual([]);
    await street.get('/funds/reports/funds').expect(400);
  });

  it('exports it as .xlsx with the totals in the last row', async () => {
    const res = await download(street, `/exports/fund-report.xlsx?year=${year}`).expect(200);
    const rows = await readXlsx(res.body as Buffer);
    expect(rows[0]).toEqual(expect.arrayContaining(['基金名称', '已支出（元）', '结余（元）', '受益人次']));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      '东城街道共建资金',
      '党群服务站年度经费',
      '东城街道',
      300000,
      1800.5,
      7000,
      1000,
      293600,
      300800.5,
      2,
      2,
      492,
    ]);
    expect(rows[2][0]).toBe('合计（1 个基金）');
    expect(rows[2].at(-1)).toBe(492);
  });
});

describe("the units' contributions", () => {
  it('gives each unit its 认捐 and what its completed co-build projects delivered', async () => {
    const report = (await street.get(`/funds/reports/units?year=${year}`).expect(200)).body;
    expect(report.items).toEqual([
      {
        unitId: r.unitId,
        unitName: '县人民医院',
        contributed: '1700.50',
        contributions: 2,
        projects: 1,
        hours: 30,
        items: 0,
        sessions: 0,
        venueHours: 0,
        projectMoney: '0.00',
      },
      expect.objectContaining({ unitId: otherUnitId, contributed: '100.00', projects: 0, hours: 0 }),
    ]);
    expect(report.totals).toMatchObject({ units: 2, contributed: '1800.50', contributions: 3, projects: 1, hours: 30 });
  });

  it("shows a unit contact its own unit's line only", async () => {
    const mine = (await r.unitContact.get(`/funds/reports/units?year=${year}`).expect(200)).body;
    expect(mine.items.map((u: { unitId: string }) => u.unitId)).toEqual([r.unitId]);
    expect(mine.totals).toMatchObject({ units: 1, contributed: '1700.50' });
  });

  it('exports it as .xlsx', async () => {
    const res = await download(r.auditor, `/exports/unit-contributions.xlsx?year=${year}`).expect(200);
    const rows = await readXlsx(res.body as Buffer);
    expect(rows[0][0]).toBe('单位');
    expect(rows[1]).toEqual(['县人民医院', 1700.5, 2, 1, 30, 0, 0, 0, 0]);
    expect(rows.at(-1)?.slice(0, 2)).toEqual(['合计（2 个单位）', 1800.5]);
  });
});

describe('the audit trace of a spending', () => {
  it('follows a spending back to its allocation, approval, 认捐 and fund, with actors, hashes and the chain', async () => {
    const trace = (await r.auditor.get(`/audit/traces/spendings/${spendingId}`).expect(200)).body;
    expect(trace).toMatchObject({ spendingId, fundId, streamId: `funds.fund-${fundId}`, reversed: false });
    expect(
      trace.steps.map((s: { step: string; actor: { username: string | null } }) => [s.step, s.actor.username]),
    ).toEqual([
      ['fund_opened', 'root'],
      ['allocation_requested', 'er-shequ'],
      ['allocation_approved', 'dongcheng'],
      ['contribution', 'yiyuan'],
      ['spending', 'er-shequ'],
    ]);
    expect(trace.chain).toMatchObject({ intact: true, breaks: [] });
    expect(trace.steps.every((s: { chainVerified: boolean }) => s.chainVerified)).toBe(true);
    // each step is the event of the log, hash and place
    const log = await t.platform.inspect.store.readStream(`funds.fund-${fundId}`);
    for (const step of trace.steps) {
      const event = log.find((e) => e.eventId === step.eventId)!;
      expect([step.hash, step.globalPosition, step.type]).toEqual([event.hash, event.globalPosition, event.type]);
    }
    const spending = trace.steps.at(-1);
    expect(spending.data).toMatchObject({
      spendingId,
      amount: 100000,
      receiptSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(trace.names[r.streetId]).toBe('东城街道');
  });

  it('shows the reversal of a reversed spending', async () => {
    const trace = (await r.auditor.get(`/audit/traces/spendings/${reversedId}`).expect(200)).body;
    expect(trace.reversed).toBe(true);
    expect(trace.steps.map((s: { step: string }) => s.step).slice(-2)).toEqual(['spending', 'reversal']);
    await r.auditor.get('/audit/traces/spendings/0190aaaa-0000-7000-8000-000000000000').expect(404);
  });
});

type Role =
  | 'anonymous'
  | 'district'
  | 'street'
  | 'communityA'
  | 'communityB'
  | 'otherStreet'
  | 'unit'
  | 'member'
  | 'auditor'
  | 'resident'
  | 'gridWorker';

/**
 * The read side of the authorization matrix for these routes (authorization-reads.e2e.spec.ts
 * names this file): the reports to the readers of funds — admins (each sees its own area's funds)
 * and the auditor — and the units' report to a unit contact too (its own line); the trace to the
 * auditors (assertMayAudit); members, residents and grid workers read none; nobody without a token.
 */
describe('authorization matrix: the reports and the trace × every role', () => {
  const FUND_READERS: Role[] = ['district', 'street', 'communityA', 'communityB', 'otherStreet', 'auditor'];
  const READS: Array<{ path: () => string; allowed: Role[] }> = [
    { path: () => `/funds/reports/funds?year=${year}`, allowed: FUND_READERS },
    { path: () => `/funds/reports/units?year=${year}`, allowed: [...FUND_READERS, 'unit'] },
    { path: () => `/exports/fund-report.xlsx?year=${year}`, allowed: FUND_READERS },
    { path: () => `/exports/unit-contributions.xlsx?year=${year}`, allowed: [...FUND_READERS, 'unit'] },
    { path: () => `/audit/traces/spendings/${spendingId}`, allowed: ['district', 'auditor'] },
  ];
  let clients: Record<Role, Client>;

  beforeAll(async () => {
    const otherStreet = (
      await r.root.post('/organizations').send({ name: '西城街道', kind: 'street', parentId: r.districtId }).expect(201)
    ).body.id;
    clients = {
      anonymous: t.anonymous(),
      district: await account('district-admin', 'district_admin', r.districtId),
      street,
      communityA: r.communityAdmin,
      communityB: r.otherCommunityAdmin,
      otherStreet: await account('xicheng-admin', 'street_admin', otherStreet),
      unit: r.unitContact,
      member: await account('dangyuan', 'member', r.gridId),
      auditor: r.auditor,
      resident: await account('jumin', 'resident', r.communityId),
      gridWorker: await account('wangge-yuan', 'grid_worker', r.communityId),
    };
  });

  const ROLES: Role[] = [
    'anonymous',
    'district',
    'street',
    'communityA',
    'communityB',
    'otherStreet',
    'unit',
    'member',
    'auditor',
    'resident',
    'gridWorker',
  ];
  const cases = READS.flatMap((read, i) => ROLES.map((role) => [i, role, read] as const));
  it.each(cases)('read #%s as %s', async (_, role, read) => {
    const path = read.path();
    const res = await clients[role].get(path);
    const expected = role === 'anonymous' ? 401 : read.allowed.includes(role) ? 200 : 403;
    if (res.status !== expected) throw new Error(`GET ${path} as ${role}: ${res.status}, expected ${expected}`);
  });

  it('shows an admin of another street none of this street’s funds or 认捐', async () => {
    const funds = (await clients.otherStreet.get(`/funds/reports/funds?year=${year}`).expect(200)).body;
    expect(funds.items).toEqual([]);
    const units = (await clients.otherStreet.get(`/funds/reports/units?year=${year}`).expect(200)).body;
    expect(units.items).toEqual([]);
  });
});
