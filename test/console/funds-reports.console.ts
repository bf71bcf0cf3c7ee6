import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../apps/console/src/messages';
import { ADMIN, choose, ConsoleServer, expectNoRawKeys as noRawKeys, launch, screenshot } from './harness';

const DAY = 86_400_000;
const chinaDay = (offset = 0) => new Date(Date.now() + 8 * 3_600_000 + offset * DAY).toISOString().slice(0, 10);
const YEAR = Number(chinaDay().slice(0, 4));
/** a 1×1 PNG: a receipt as the API takes it */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1cb8a0000000049454e44ae426082',
  'hex',
);
const FUND = '东城街道党群服务站年度经费';

/**
 * 资金报表, the trace of a spending and a co-build project's funding in the office console (issue
 * 19). The money of a street's fund is seeded through the API (a 微项目's budget, a unit's 认捐,
 * a spending and a reversed one). A community admin asks the fund for a budget for its co-build
 * project from the project's row; the street approves it and the row shows the budget, while the
 * unit's contact sees no money there. The auditor traces a spending back to the fund's opening —
 * who, when, the hash, the chain verified — and a street admin has no trace to open. The district
 * reads both reports with their totals and downloads them; the unit's contact reads its own line.
 */
describe('web console: 资金报表, 支出追溯 and a co-build project’s funding', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let root: string;
  let fundId: string;
  let spendingId: string;
  let reversedId: string;
  let projectId: string;
  let unitId: string;

  beforeAll(async () => {
    await server.start();
    browser = await launch('funds-reports');
    root = await server.token(ADMIN.username, ADMIN.password);
    const as = async (username: string) => server.token(username, `${username}-password`);
    const post = (token: string, path: string, body: unknown = {}) => server.api(token, 'POST', path, body);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await post(root, '/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    const street = await org('东城街道', 'street', district);
    const community = await org('二社区', 'community', street);
    unitId = (await post(root, '/units', { name: '县人民医院', sector: 'public_institution', locatedIn: community }))
      .id;
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      post(root, '/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('xian', 'district_admin', district, '县委组织部');
    await account('dongcheng', 'street_admin', street, '东城街道党工委');
    await account('er-shequ', 'community_admin', community, '二社区书记');
    await account('shenji', 'auditor', district, '县审计员');
    await account('yiyuan', 'unit_contact', unitId, '医院联络员');
    const [xian, dongcheng, shequ, yiyuan] = await Promise.all(['xian', 'dongcheng', 'er-shequ', 'yiyuan'].map(as));

    fundId = (
      await post(xian, '/funds', {
        ownerOrgId: street,
        name: FUND,
        kind: 'station_yearly',
        year: YEAR,
        yearlyAmount: '300000',
      })
    ).id;
    const micro = (
      await post(shequ, '/micro-projects', { orgId: community, name: '楼道灯修缮', plannedBeneficiaries: 300 })
    ).id;
    const allocation = (
      await post(shequ, `/funds/${fundId}/allocations`, {
        target: 'micro_project',
        targetId: micro,
        amount: '5000',
        purpose: '灯具与安装',
      })
    ).id;
    await post(dongcheng, `/funds/${fundId}/allocations/${allocation}/approve`);
    await post(dongcheng, `/funds/${fundId}/contributions`, { unitId, amount: '1200.50', allocationId: allocation });
    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), '收据.png');
    const uploaded = await fetch(`${server.base}/api/v1/funds/${fundId}/receipts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${shequ}` },
      body: form,
    });
    const receipt = ((await uploaded.json()) as { sha256: string }).sha256;
    const spend = async (amount: string, payee: string) =>
      (
        await post(shequ, `/funds/${fundId}/allocations/${allocation}/spendings`, {
          amount,
          payee,
          purpose: '楼道照明灯具',
          spentOn: chinaDay(),
          receiptSha256: receipt,
        })
      ).id as string;
    spendingId = await spend('1000', '利津县照明工程部');
    reversedId = await spend('200', '东城五金店');
    await post(shequ, `/funds/${fundId}/spendings/${reversedId}/reversal`, { reason: '重复录入' });

    // a co-build project of the hospital in the community (a need, an offer, a match both accept)
    const need = (
      await post(shequ, '/needs', {
        communityId: community,
        title: '独居老人助餐',
        category: 'elderly_care',
        tags: [],
        quantity: { amount: 30, unit: 'person_hours' },
        window: { from: chinaDay(), to: chinaDay(90) },
        urgency: 'high',
      })
    ).id;
    await post(yiyuan, '/offers', {
      unitId,
      title: '医护志愿者',
      category: 'elderly_care',
      tags: [],
      capacity: { amount: 40, unit: 'person_hours' },
      window: { from: chinaDay(-1), to: chinaDay(180) },
      serviceArea: [community],
    });
    const run = await post(shequ, '/matching/runs', { scopeOrgId: community });
    const proposal = run.proposals.find((p: { needId: string }) => p.needId === need);
    await post(shequ, `/proposals/${proposal.id}/accept`, { side: 'community' });
    projectId = (await post(yiyuan, `/proposals/${proposal.id}/accept`, { side: 'unit' })).projectId;
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    server.stop();
  });

  async function loginAs(username: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    contexts.push(context);
    const p = await context.newPage();
    p.setDefaultTimeout(20_000);
    await p.goto(`${server.base}/`);
    await p.locator('#username').fill(username);
    await p.locator('#password').fill(`${username}-password`);
    await p.getByTestId('login-submit').click();
    await p.getByTestId('home-title').waitFor();
    return p;
  }

  const expectNoRawKeys = (p: Page) => noRawKeys(p, Object.keys(zhCN));
  const row = (p: Page, table: string, text: string) =>
    p.getByTestId(table).getByRole('row', { name: new RegExp(text) });
  const yuanOf = (p: Page, testId: string) => p.getByTestId(testId).first().getAttribute('data-yuan');
  /** opens the co-build project's row on 项目清单 */
  const openProject = async (p: Page) => {
    await p.getByRole('menuitem', { name: '项目清单' }).click();
    await row(p, 'projects-table', '独居老人助餐').locator('.ant-table-row-expand-icon').click();
  };

  it('a community admin asks the street’s fund for a budget from its co-build project’s row; the unit sees no money', async () => {
    const page = await loginAs('er-shequ');
    await openProject(page);
    const funding = page.getByTestId('project-funding');
    await funding.getByText('还没有拨款申请').waitFor();
    expect(await yuanOf(page, 'pf-budget')).toBe('0.00');
    await expectNoRawKeys(page);
    await screenshot(page, 'project-funding-empty');

    await funding.getByTestId('pf-request').click();
    await choose(page, 'request_fundId', FUND);
    await page.getByText('该基金可用').waitFor();
    await page.locator('#request_amount').fill('2000');
    await page.locator('#request_purpose').fill('助餐食材');
    await screenshot(page, 'project-request-form', { fullPage: false });
    await page.getByTestId('pf-request-submit').click();
    await row(page, 'pf-allocations', '助餐食材').getByText('待审批').waitFor();
    expect(await page.getByTestId('allocation-approve').count()).toBe(0);

    // the street approves it on its fund's page: the project's budget is the API's
    const street = await loginAs('dongcheng');
    await street.goto(`${server.base}/funds/${fundId}`);
    await row(street, 'allocations-table', '助餐食材').getByTestId('allocation-approve').click();
    await street.locator('.ant-popconfirm .ant-btn-primary').click();
    await row(street, 'allocations-table', '助餐食材').getByText('已批准').waitFor();

    await page.reload();
    await openProject(page);
    await page.getByTestId('pf-budget').getByText('¥2,000.00').waitFor();
    const api = await server.api(root, 'GET', `/project-funding/${projectId}`);
    for (const k of ['budget', 'contributed', 'spent', 'left']) expect(await yuanOf(page, `pf-${k}`)).toBe(api[k]);
    await row(page, 'pf-allocations', '助餐食材').getByTestId('allocation-spend').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'project-funding');

    // the hospital's contact reads the project, not the funds of the community
    const unit = await loginAs('yiyuan');
    await openProject(unit);
    await row(unit, 'projects-table', '独居老人助餐').waitFor();
    await unit.locator('.ant-table-expanded-row').getByText('评价').first().waitFor();
    await unit.waitForLoadState('networkidle');
    expect(await unit.getByTestId('project-funding').count()).toBe(0);
    await screenshot(unit, 'unit-project-without-funding');
  });

  it('the auditor traces a spending back to the fund’s opening, each step verified; a street admin has no trace', async () => {
    const street = await loginAs('dongcheng');
    await street.goto(`${server.base}/funds/${fundId}?tab=spendings`);
    await row(street, 'spendings-table', '利津县照明工程部').waitFor();
    expect(await street.getByTestId('spending-trace').count()).toBe(0);

    const auditor = await loginAs('shenji');
    await auditor.goto(`${server.base}/funds/${fundId}?tab=spendings`);
    await row(auditor, 'spendings-table', '利津县照明工程部').getByTestId('spending-trace').click();
    await auditor.getByTestId('trace-title').waitFor();
    const trace = await server.api(root, 'GET', `/audit/traces/spendings/${spendingId}`);
    const steps = auditor.getByTestId('trace-step');
    await steps.nth(trace.steps.length - 1).waitFor();
    const shown = await Promise.all((await steps.all()).map((s) => s.getAttribute('data-step')));
    expect(shown).toEqual(trace.steps.map((s: { step: string }) => s.step));
    expect(shown).toEqual(['fund_opened', 'allocation_requested', 'allocation_approved', 'contribution', 'spending']);
    expect(await auditor.getByTestId('trace-chain').getAttribute('data-intact')).toBe('true');
    expect(await auditor.getByText('校验失败').count()).toBe(0);
    await auditor.getByTestId('trace-who').getByText('县委组织部').waitFor();
    await auditor.getByTestId('trace-who').getByText('二社区书记').first().waitFor();
    const hashes = await Promise.all(
      (await auditor.getByTestId('trace-hash').all()).map((h) => h.getAttribute('title')),
    );
    expect(hashes).toEqual(trace.steps.map((s: { hash: string }) => s.hash));
    await auditor.getByText('¥1,000.00').waitFor();
    await expectNoRawKeys(auditor);
    await screenshot(auditor, 'trace');

    // the reversed one: its 冲销 ends the trace
    await auditor.getByText('返回基金').click();
    await row(auditor, 'spendings-table', '东城五金店').getByTestId('spending-trace').click();
    await auditor.locator('[data-step="reversal"]').waitFor();
    await auditor.getByText('该支出已冲销').waitFor();
    await auditor.getByText('重复录入').waitFor();
    expect((await server.api(root, 'GET', `/audit/traces/spendings/${reversedId}`)).reversed).toBe(true);
    await expectNoRawKeys(auditor);
    await screenshot(auditor, 'trace-reversed');
  });

  it('the district reads the year’s reports with their totals and downloads them; the unit its own line', async () => {
    const page = await loginAs('xian');
    await page.getByRole('menuitem', { name: '资金报表' }).click();
    const line = row(page, 'report-funds', FUND);
    await line.waitFor();
    const report = await server.api(root, 'GET', `/funds/reports/funds?year=${YEAR}`);
    const item = report.items.find((i: { fundId: string }) => i.fundId === fundId);
    for (const k of ['yearlyAmount', 'contributed', 'allocated', 'spent', 'available', 'left'])
      expect(await line.getByTestId(`report-${k}`).getAttribute('data-yuan')).toBe(item[k]);
    expect(item).toMatchObject({ allocated: '7000.00', spent: '1000.00', contributed: '1200.50' });
    const totals = page.getByTestId('report-funds-totals');
    for (const k of ['yearlyAmount', 'spent', 'left'])
      expect(await totals.getByTestId(`total-${k}`).getAttribute('data-yuan')).toBe(report.totals[k]);
    await totals.getByText('合计（1 个基金）').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'report-funds');
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('reports-export-funds').click(),
    ]);
    expect(sheet.suggestedFilename()).toBe(`资金报表-${YEAR}.xlsx`);

    await page.getByRole('tab', { name: '单位贡献' }).click();
    const hospital = row(page, 'report-units', '县人民医院');
    await hospital.waitFor();
    expect(await hospital.getByTestId('report-unit-contributed').getAttribute('data-yuan')).toBe('1200.50');
    await page.getByTestId('report-units-totals').getByText('合计（1 个单位）').waitFor();
    const [units] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('reports-export-units').click(),
    ]);
    expect(units.suggestedFilename()).toBe(`单位贡献-${YEAR}.xlsx`);
    await expectNoRawKeys(page);
    await screenshot(page, 'report-units');

    // the hospital's contact: its own unit's line, no fund report
    const unit = await loginAs('yiyuan');
    await unit.getByRole('menuitem', { name: '资金报表' }).click();
    await unit.getByText('本单位在该年度的贡献').waitFor();
    await row(unit, 'report-units', '县人民医院').waitFor();
    expect(await unit.getByTestId('report-funds').count()).toBe(0);
    expect(await unit.getByRole('menuitem', { name: '资金', exact: true }).count()).toBe(0);
    const own = await server.api(
      await server.token('yiyuan', 'yiyuan-password'),
      'GET',
      `/funds/reports/units?year=${YEAR}`,
    );
    expect(own.items.map((i: { unitId: string }) => i.unitId)).toEqual([unitId]);
    await expectNoRawKeys(unit);
    await screenshot(unit, 'unit-report');
  });
});
