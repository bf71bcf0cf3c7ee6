import { type Client, type Region, startSeeded, TestPlatform } from './support/platform';

/**
 * 资金 (issue 19): a fund opened by the organisation above with its yearly amount, a 微项目's
 * allocation requested by its community and approved by the fund's owner, 认捐 by a unit, spending
 * with a receipt, reversal by a compensating posting; the book balances, and never below zero.
 */
const t = new TestPlatform();
let r: Region;
startSeeded(t, (region) => (r = region));

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1cb8a0000000049454e44ae426082',
  'hex',
);

let street: Client;
let fundId: string;
let microProjectId: string;
let allocationId: string;
let receipt: string;

const upload = (as: Client, bytes: Buffer, name = 'receipt.png') =>
  as.post(`/funds/${fundId}/receipts`).attach('file', bytes, name);

describe('funds', () => {
  beforeAll(async () => {
    await r.root
      .post('/accounts')
      .send({ username: 'dongcheng', password: 'dongcheng-password', role: 'street_admin', orgId: r.streetId })
      .expect(201);
    street = await t.login('dongcheng', 'dongcheng-password');
  });

  it('opens a fund for a street, granted by the district, with its yearly amount on the book', async () => {
    const res = await r.root
      .post('/funds')
      .send({
        ownerOrgId: r.streetId,
        name: '东城街道共建资金',
        kind: 'station_yearly',
        year: 2026,
        yearlyAmount: '300000',
      })
      .expect(201);
    fundId = res.body.id;
    expect(res.body).toMatchObject({
      ownerOrgId: r.streetId,
      grantorOrgId: r.districtId,
      yearlyAmount: '300000.00',
      available: '300000.00',
      allocated: '0.00',
    });
    const ledger = (await street.get(`/funds/${fundId}/ledger`).expect(200)).body.items;
    const byKind = Object.fromEntries(ledger.map((a: { kind: string; balance: string }) => [a.kind, a.balance]));
    expect(byKind).toEqual({ grant: '300000.00', fund: '300000.00' });
  });

  it('refuses a street opening its own fund, and bad amounts with field details', async () => {
    await street
      .post('/funds')
      .send({ ownerOrgId: r.streetId, name: '自开', kind: 'station_yearly', year: 2026, yearlyAmount: '1.00' })
      .expect(403);
    const bad = await r.root
      .post('/funds')
      .send({ ownerOrgId: r.streetId, name: 'x', kind: 'station_yearly', year: 2026, yearlyAmount: '1.234' })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('yearlyAmount');
  });

  it('funds a micro-project: requested by the community, approved by the street, the money moves then', async () => {
    microProjectId = (
      await r.communityAdmin
        .post('/micro-projects')
        .send({ orgId: r.communityId, name: '楼道灯修缮', description: '老旧小区楼道照明', plannedBeneficiaries: 300 })
        .expect(201)
    ).body.id;
    const requested = await r.communityAdmin
      .post(`/funds/${fundId}/allocations`)
      .send({ target: 'micro_project', targetId: microProjectId, amount: '5000.00', purpose: '灯具与安装' })
      .expect(201);
    allocationId = requested.body.id;
    expect(requested.body).toMatchObject({ status: 'requested', targetOrgId: r.communityId, left: '0.00' });
    // the community does not approve its own request to the street's fund
    await r.communityAdmin.post(`/funds/${fundId}/allocations/${allocationId}/approve`).send({}).expect(403);
    const approved = await street.post(`/funds/${fundId}/allocations/${allocationId}/approve`).send({}).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', amount: '5000.00', left: '5000.00' });
    await street.post(`/funds/${fundId}/allocations/${allocationId}/approve`).send({}).expect(409);
    const fund = (await street.get(`/funds/${fundId}`).expect(200)).body;
    expect(fund).toMatchObject({ allocated: '5000.00', available: '295000.00' });
  });

  it('records 认捐 of a unit into the budget, with the unit as source', async () => {
    const res = await r.unitContact
      .post(`/funds/${fundId}/contributions`)
      .send({ unitId: r.unitId, amount: '1200.50', allocationId, note: '医院认捐' })
      .expect(201);
    expect(res.body).toMatchObject({ unitId: r.unitId, amount: '1200.50', allocationId });
    const mine = (await r.unitContact.get(`/funds/contributions?unitId=${r.unitId}`).expect(200)).body;
    expect(mine.total).toBe(1);
    const project = (await r.communityAdmin.get(`/micro-projects/${microProjectId}`).expect(200)).body;
    expect(project).toMatchObject({ budget: '5000.00', contributed: '1200.50', spent: '0.00', left: '6200.50' });
  });

  it('records spending with the hash of an uploaded receipt; refuses an unknown hash and a non-receipt file', async () => {
    const uploaded = await upload(r.communityAdmin, PNG).expect(201);
    receipt = uploaded.body.sha256;
    expect(uploaded.body).toMatchObject({ contentType: 'image/png', size: PNG.length });
    await upload(r.communityAdmin, Buffer.from('not a receipt'), 'x.txt').expect(422);
    const spend = (amount: string, sha = receipt) =>
      r.communityAdmin.post(`/funds/${fundId}/allocations/${allocationId}/spendings`).send({
        amount,
        payee: '利津县照明工程部',
        purpose: 'LED 灯 40 套',
        spentOn: '2026-11-20',
        receiptSha256: sha,
      });
    await spend('100.00', 'a'.repeat(64)).expect(422);
    const spent = await spend('4000.00').expect(201);
    expect(spent.body).toMatchObject({ amount: '4000.00', receiptSha256: receipt, reversed: false });
    const file = await street.get(`/funds/${fundId}/receipts/${receipt}`).expect(200);
    expect(Buffer.compare(file.body as Buffer, PNG)).toBe(0);
    // more than is left: refused, nothing appended
    const before = await t.eventCount();
    const over = await spend('2200.51').expect(422);
    expect(over.body.error ?? over.body.code ?? JSON.stringify(over.body)).toContain('insufficient_funds');
    expect(await t.eventCount()).toBe(before);
  });

  it('never overdraws a budget under 50 concurrent spends', async () => {
    // 2,200.50 left: 50 spends of 100.00 — exactly 22 fit
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        r.communityAdmin.post(`/funds/${fundId}/allocations/${allocationId}/spendings`).send({
          amount: '100.00',
          payee: '志愿者餐费',
          purpose: '误餐补贴',
          spentOn: '2026-11-21',
          receiptSha256: receipt,
        }),
      ),
    );
    const statuses = results.map((res) => res.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(22);
    expect(statuses.filter((s) => s === 422)).toHaveLength(28);
    const allocation = (await street.get(`/funds/${fundId}/allocations/${allocationId}`).expect(200)).body;
    expect(allocation).toMatchObject({ spent: '6200.00', left: '0.50' });
    const ledger = (await street.get(`/funds/${fundId}/ledger`).expect(200)).body.items;
    const budget = ledger.find((a: { accountId: string }) => a.accountId === `budget:${allocationId}`);
    expect(budget.balance).toBe('0.50');
  });

  it('reverses a spending by a compensating posting, once; the spending stays on record', async () => {
    const spendings = (await street.get(`/funds/${fundId}/spendings?allocationId=${allocationId}`).expect(200)).body;
    const first = spendings.items.at(-1);
    const reversed = await r.communityAdmin
      .post(`/funds/${fundId}/spendings/${first.id}/reversal`)
      .send({ reason: '发票金额有误' })
      .expect(200);
    expect(reversed.body).toMatchObject({ reversed: true, reversedReason: '发票金额有误', amount: '4000.00' });
    await r.communityAdmin.post(`/funds/${fundId}/spendings/${first.id}/reversal`).send({ reason: '再次' }).expect(409);
    const allocation = (await street.get(`/funds/${fundId}/allocations/${allocationId}`).expect(200)).body;
    expect(allocation).toMatchObject({ spent: '2200.00', left: '4000.50' });
  });

  it('every posting of the book balances, and the balance as of a past moment comes from the log', async () => {
    const journal = (await r.auditor.get(`/funds/${fundId}/postings?limit=200`).expect(200)).body.items;
    for (const posting of journal) {
      const sum = posting.legs.reduce((s: number, l: { amount: string }) => s + Math.round(Number(l.amount) * 100), 0);
      expect(sum).toBe(0);
    }
    const now = (await r.auditor.get(`/funds/${fundId}/ledger`).expect(200)).body.items;
    const asOfNow = (await r.auditor.get(`/funds/${fundId}/ledger?at=${new Date().toISOString()}`).expect(200)).body
      .items;
    expect(asOfNow.map((a: { accountId: string; balance: string }) => [a.accountId, a.balance])).toEqual(
      now.map((a: { accountId: string; balance: string }) => [a.accountId, a.balance]),
    );
    const before = (await r.auditor.get(`/funds/${fundId}/ledger?at=2020-01-01T00:00:00Z`).expect(200)).body.items;
    expect(before.every((a: { balance: string }) => a.balance === '0.00')).toBe(true);
  });

  it('lets the auditor read every fund and write nothing; members of another community see nothing', async () => {
    expect((await r.auditor.get('/funds').expect(200)).body.total).toBe(1);
    await r.auditor.post(`/funds/${fundId}/allocations/${allocationId}/approve`).send({}).expect(403);
    // the street's fund is read by its communities (they ask it for budgets); the spending of
    // another community's budget is not theirs to record
    await r.otherCommunityAdmin
      .post(`/funds/${fundId}/allocations/${allocationId}/spendings`)
      .send({ amount: '0.10', payee: 'x', purpose: 'x', spentOn: '2026-11-21', receiptSha256: receipt })
      .expect(403);
  });

  it('completes the micro-project with the residents it served', async () => {
    const done = await r.communityAdmin
      .post(`/micro-projects/${microProjectId}/complete`)
      .send({ beneficiaries: 412, summary: '40 套灯具已安装', completedOn: '2026-11-30' })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'completed', beneficiaries: 412 });
  });

  it('funds a co-build project: its page shows budget, 认捐, spent and left', async () => {
    const needId = (
      await r.root
        .post('/needs')
        .send({
          communityId: r.communityId,
          title: '助老服务',
          category: 'elderly_care',
          tags: [],
          quantity: { amount: 10, unit: 'person_hours' },
          window: { from: '2026-12-01', to: '2027-06-30' },
          urgency: 'normal',
        })
        .expect(201)
    ).body.id;
    await r.root
      .post('/offers')
      .send({
        unitId: r.unitId,
        title: '医护志愿者',
        category: 'elderly_care',
        tags: [],
        capacity: { amount: 100, unit: 'person_hours' },
        window: { from: '2026-11-01', to: '2027-12-31' },
        serviceArea: [r.communityId],
      })
      .expect(201);
    const run = await r.root.post('/matching/runs').send({ scopeOrgId: r.communityId }).expect(201);
    const proposal = run.body.proposals.find((p: { needId: string }) => p.needId === needId).id;
    await r.root.post(`/proposals/${proposal}/accept`).send({ side: 'community' }).expect(200);
    const projectId = (await r.root.post(`/proposals/${proposal}/accept`).send({ side: 'unit' }).expect(200)).body
      .projectId;
    const a = (
      await r.communityAdmin
        .post(`/funds/${fundId}/allocations`)
        .send({ target: 'project', targetId: projectId, amount: '2000', purpose: '助老物资' })
        .expect(201)
    ).body.id;
    await street.post(`/funds/${fundId}/allocations/${a}/approve`).send({}).expect(200);
    await r.unitContact
      .post(`/funds/${fundId}/contributions`)
      .send({ unitId: r.unitId, amount: '300', allocationId: a })
      .expect(201);
    await r.communityAdmin
      .post(`/funds/${fundId}/allocations/${a}/spendings`)
      .send({ amount: '450.25', payee: '超市', purpose: '米面油', spentOn: '2026-12-02', receiptSha256: receipt })
      .expect(201);
    const page = (await r.communityAdmin.get(`/project-funding/${projectId}`).expect(200)).body;
    expect(page).toMatchObject({ budget: '2000.00', contributed: '300.00', spent: '450.25', left: '1849.75' });
    expect(page.allocations).toHaveLength(1);
    await r.otherCommunityAdmin.get(`/project-funding/${projectId}`).expect(403);
    // a target that is not a project refuses with the field
    const bad = await r.communityAdmin
      .post(`/funds/${fundId}/allocations`)
      .send({ target: 'project', targetId: microProjectId, amount: '1', purpose: 'x' })
      .expect(422);
    expect(bad.body.details).toMatchObject({ field: 'targetId' });
  });
});
