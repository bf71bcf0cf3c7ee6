import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../apps/console/src/messages';
import { ADMIN, choose, ConsoleServer, expectNoRawKeys as noRawKeys, launch, pickOrg, screenshot } from './harness';

/**
 * 资金 and 微项目 in the office console (issue 19): the district opens a street's fund; a community
 * proposes a 微项目 and asks the street's fund for a budget; the street approves it and records a
 * unit's 认捐 into it; the community records a spending with its receipt uploaded, and the receipt
 * opens from the fund's page; every figure on the pages is the API's. The auditor reads the same
 * pages without a single action, and a community admin cannot approve what it asked for.
 */
describe('web console: 资金 and 微项目 — funds, allocations, 认捐, spending with receipts', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let root: string;
  let streetId: string;
  let fundId: string;
  let projectId: string;

  beforeAll(async () => {
    await server.start();
    browser = await launch('funds');
    root = await server.token(ADMIN.username, ADMIN.password);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await server.api(root, 'POST', '/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    streetId = await org('东城街道', 'street', district);
    const community = await org('二社区', 'community', streetId);
    await server.api(root, 'POST', '/units', {
      name: '县人民医院',
      sector: 'public_institution',
      locatedIn: community,
    });
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      server.api(root, 'POST', '/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('xian', 'district_admin', district, '县委组织部');
    await account('dongcheng', 'street_admin', streetId, '东城街道党工委');
    await account('er-shequ', 'community_admin', community, '二社区书记');
    await account('shenji', 'auditor', district, '县审计员');
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    server.stop();
  });

  async function loginAs(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
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

  const expectNoRawKeys = (p: Page, zh = true) => noRawKeys(p, Object.keys(zhCN), zh);
  const row = (p: Page, table: string, text: string) =>
    p.getByTestId(table).getByRole('row', { name: new RegExp(text) });
  /** the figure a page shows, as the server wrote it */
  const yuan = (p: Page, testId: string) => p.getByTestId(testId).first().getAttribute('data-yuan');
  const fund = () => server.api(root, 'GET', `/funds/${fundId}`);
  /** the balances the book shows, as the server wrote them, in order */
  const balances = async (p: Page) =>
    Promise.all((await p.getByTestId('ledger-balance').all()).map((b) => b.getAttribute('data-yuan')));
  const project = () => server.api(root, 'GET', `/micro-projects/${projectId}`);

  /** A receipt as a phone would photograph it: a real PNG, drawn by the browser. */
  async function receiptPng(): Promise<Buffer> {
    const context = await browser.newContext({ viewport: { width: 360, height: 220 } });
    const p = await context.newPage();
    await p.setContent(
      '<div style="font:16px sans-serif;padding:16px;border:2px solid #333;margin:8px">' +
        '<b>利津县惠民超市 收款收据</b><p>助餐点厨具 一批</p><p>金额：1200.50 元</p><p>2026-12-03</p></div>',
    );
    const png = await p.screenshot();
    await context.close();
    return png;
  }

  it('a district admin opens a fund for a street; the figures are the API’s', async () => {
    const page = await loginAs('xian');
    await page.getByRole('menuitem', { name: '资金', exact: true }).click();
    await page.getByTestId('funds-table').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'funds-empty');

    await page.getByTestId('fund-open').click();
    await pickOrg(page, 'fund_ownerOrgId', '东城街道');
    await choose(page, 'fund_kind', '党群服务站年度经费');
    await page.locator('#fund_name').fill('东城街道党群服务站年度经费');
    await page.locator('#fund_yearlyAmount').fill('300000');
    await screenshot(page, 'fund-open-form');
    await page.getByTestId('fund-open-submit').click();
    await page.getByTestId('fund-title').getByText('东城街道党群服务站年度经费').waitFor();
    fundId = page.url().split('/funds/')[1].split('?')[0];
    const api = await fund();
    expect(api.ownerOrgId).toBe(streetId);
    expect(await yuan(page, 'fund-yearlyAmount')).toBe(api.yearlyAmount);
    expect(await yuan(page, 'fund-available')).toBe(api.available);
    expect(api.available).toBe('300000.00');
    await page.getByTestId('fund-figures').getByText('¥300,000.00').first().waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'fund-opened');

    await page.getByText('返回资金列表').click();
    const listed = row(page, 'funds-table', '东城街道党群服务站年度经费');
    await listed.getByText('党群服务站年度经费', { exact: true }).waitFor();
    expect(await listed.getByTestId('fund-available').getAttribute('data-yuan')).toBe('300000.00');
    await screenshot(page, 'funds-list');
  });

  it('a community admin proposes a 微项目 and asks the street’s fund for a budget; it cannot approve it', async () => {
    const page = await loginAs('er-shequ');
    await page.getByRole('menuitem', { name: '微项目' }).click();
    await page.getByTestId('mp-table').waitFor();
    await page.getByTestId('mp-propose').click();
    await page
      .locator('#mp_orgId')
      .locator('xpath=ancestor::div[contains(@class,"ant-select-selector")]')
      .getByText('二社区')
      .waitFor();
    await page.locator('#mp_name').fill('独居老人助餐点');
    await page.locator('#mp_description').fill('为社区独居老人提供午餐');
    await page.locator('#mp_plannedBeneficiaries').fill('300');
    await screenshot(page, 'mp-propose-form');
    await page.getByTestId('mp-propose-submit').click();
    await page.getByTestId('mp-title').getByText('独居老人助餐点').waitFor();
    projectId = page.url().split('/micro-projects/')[1];

    await page.getByTestId('mp-request').click();
    await choose(page, 'request_fundId', '东城街道党群服务站年度经费');
    await page.getByText('该基金可用').waitFor();
    await page.locator('#request_amount').fill('50000');
    await page.locator('#request_purpose').fill('助餐点厨具与食材');
    await screenshot(page, 'mp-request-form');
    await page.getByTestId('mp-request-submit').click();
    await row(page, 'mp-allocations', '助餐点厨具与食材').getByText('待审批').waitFor();
    expect(await page.getByTestId('allocation-approve').count()).toBe(0);
    await expectNoRawKeys(page);
    await screenshot(page, 'mp-requested');

    // on the street's fund page too: the request is there, its approval is not the community's
    await row(page, 'mp-allocations', '助餐点厨具与食材')
      .getByRole('link', { name: '东城街道党群服务站年度经费' })
      .click();
    await row(page, 'allocations-table', '助餐点厨具与食材').getByText('待审批').waitFor();
    expect(await page.getByTestId('allocation-approve').count()).toBe(0);
    expect(await page.getByTestId('contribution-record').count()).toBe(0);
  });

  it('the street admin approves the request and records a unit’s 认捐 into the budget', async () => {
    const page = await loginAs('dongcheng');
    await page.getByRole('menuitem', { name: '资金', exact: true }).click();
    await row(page, 'funds-table', '东城街道党群服务站年度经费').click();
    const request = row(page, 'allocations-table', '助餐点厨具与食材');
    await request.getByTestId('allocation-approve').click();
    await screenshot(page, 'approve-confirm', { fullPage: false });
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await request.getByText('已批准').waitFor();
    await page.getByTestId('fund-allocated').getByText('¥50,000.00').waitFor();
    let api = await fund();
    expect(api.allocated).toBe('50000.00');
    expect(await yuan(page, 'fund-available')).toBe(api.available);
    expect(api.available).toBe('250000.00');

    await page.getByRole('tab', { name: '认捐' }).click();
    await page.getByTestId('contribution-record').click();
    await pickOrg(page, 'contribution_unitId', '县人民医院');
    await page.locator('#contribution_amount').fill('2000');
    await choose(page, 'contribution_allocationId', '助餐点厨具与食材');
    await page.locator('#contribution_note').fill('医院党委认捐');
    await screenshot(page, 'contribution-form');
    await page.getByTestId('contribution-submit').click();
    const given = row(page, 'contributions-table', '县人民医院');
    await given.getByText('助餐点厨具与食材').waitFor();
    expect(await given.getByTestId('contribution-amount').getAttribute('data-yuan')).toBe('2000.00');
    api = await fund();
    expect(await yuan(page, 'fund-contributed')).toBe(api.contributed);
    await expectNoRawKeys(page);
    await screenshot(page, 'contributions');
  });

  it('the community records a spending with its receipt uploaded; the page shows the figures and opens the receipt', async () => {
    const page = await loginAs('er-shequ');
    await page.goto(`${server.base}/micro-projects/${projectId}`);
    const budget = row(page, 'mp-allocations', '助餐点厨具与食材');
    await budget.getByText('已批准').waitFor();
    expect(await yuan(page, 'mp-budget')).toBe('50000.00');
    expect(await yuan(page, 'mp-contributed')).toBe('2000.00');
    await budget.getByTestId('allocation-spend').click();
    await page.locator('.ant-modal input[type=file]').setInputFiles({
      name: '收据.png',
      mimeType: 'image/png',
      buffer: await receiptPng(),
    });
    await page.getByTestId('receipt-uploaded').waitFor();
    await page.locator('#spending_amount').fill('1200.50');
    await page.locator('#spending_payee').fill('利津县惠民超市');
    await page.locator('#spending_purpose').fill('助餐点厨具一批');
    await screenshot(page, 'spending-form');
    await page.getByTestId('spending-submit').click();
    await page.getByTestId('mp-spent').getByText('¥1,200.50').waitFor();
    const api = await project();
    expect(api.spent).toBe('1200.50');
    expect(api.left).toBe('50799.50');
    for (const k of ['budget', 'contributed', 'spent', 'left']) expect(await yuan(page, `mp-${k}`)).toBe(api[k]);
    expect(await budget.getByTestId('allocation-left').getAttribute('data-yuan')).toBe('50799.50');
    await expectNoRawKeys(page);
    await screenshot(page, 'mp-spent');

    // the fund's page: the spending with its receipt, opened from the server
    await budget.getByRole('link', { name: '东城街道党群服务站年度经费' }).click();
    await page.getByRole('tab', { name: '支出' }).click();
    const spent = row(page, 'spendings-table', '利津县惠民超市');
    expect(await spent.getByTestId('spending-amount').getAttribute('data-yuan')).toBe('1200.50');
    await spent.getByTestId('spending-reverse').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'fund-spendings');
    const [receipt] = await Promise.all([
      page.context().waitForEvent('page'),
      spent.getByTestId('receipt-link').click(),
    ]);
    await receipt.waitForURL(/^blob:/);
    await receipt.waitForLoadState();
    await screenshot(receipt, 'receipt-opened', { fullPage: false });
    await receipt.close();
  });

  it('shows the fund’s book, now and as of a day, as the API sums it', async () => {
    const page = await loginAs('dongcheng');
    await page.goto(`${server.base}/funds/${fundId}?tab=ledger`);
    await page.getByTestId('ledger-table').getByText('预算').first().waitFor();
    const ledger = await server.api(root, 'GET', `/funds/${fundId}/ledger`);
    const shown = await balances(page);
    expect(shown).toEqual(ledger.items.map((a: { balance: string }) => a.balance));
    await page.getByTestId('journal-table').getByText('批准拨款').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'ledger');

    // as of the end of yesterday, summed from the log: the fund did not exist, every balance is nought
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = [yesterday.getFullYear(), yesterday.getMonth() + 1, yesterday.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    await page.getByTestId('ledger-as-of').click();
    await page.getByTestId('ledger-as-of').locator('input').fill(day);
    await page.keyboard.press('Enter');
    await page.getByTestId('ledger-at').getByText('截至').waitFor();
    const at = new Date(`${day}T23:59:59.999`).toISOString();
    const past = await server.api(root, 'GET', `/funds/${fundId}/ledger?at=${encodeURIComponent(at)}`);
    expect(past.items.map((a: { balance: string }) => a.balance)).toEqual(past.items.map(() => '0.00'));
    await page.getByTestId('ledger-table').getByText('¥0.00').first().waitFor();
    const asOf = await balances(page);
    expect(asOf).toEqual(past.items.map((a: { balance: string }) => a.balance));
    await screenshot(page, 'ledger-as-of');
  });

  it('shows the auditor every page without an action', async () => {
    const auditor = await loginAs('shenji');
    await auditor.getByRole('menuitem', { name: '资金', exact: true }).click();
    await row(auditor, 'funds-table', '东城街道党群服务站年度经费').click();
    await row(auditor, 'allocations-table', '助餐点厨具与食材').getByText('已批准').waitFor();
    expect(await yuan(auditor, 'fund-spent')).toBe('1200.50');
    for (const action of ['fund-open', 'allocation-approve', 'allocation-reject', 'allocation-spend'])
      expect(await auditor.getByTestId(action).count()).toBe(0);
    await screenshot(auditor, 'auditor-fund');
    await auditor.getByRole('tab', { name: '认捐' }).click();
    await row(auditor, 'contributions-table', '县人民医院').waitFor();
    expect(await auditor.getByTestId('contribution-record').count()).toBe(0);
    await auditor.getByRole('tab', { name: '支出' }).click();
    await row(auditor, 'spendings-table', '利津县惠民超市').waitFor();
    expect(await auditor.getByTestId('spending-reverse').count()).toBe(0);
    await expectNoRawKeys(auditor);

    await auditor.getByRole('menuitem', { name: '微项目' }).click();
    await row(auditor, 'mp-table', '独居老人助餐点').waitFor();
    expect(await auditor.getByTestId('mp-propose').count()).toBe(0);
    await screenshot(auditor, 'auditor-micro-projects');
    await row(auditor, 'mp-table', '独居老人助餐点').click();
    await row(auditor, 'mp-allocations', '助餐点厨具与食材').waitFor();
    for (const action of ['mp-request', 'mp-complete', 'mp-cancel', 'allocation-spend'])
      expect(await auditor.getByTestId(action).count()).toBe(0);
    await expectNoRawKeys(auditor);
    await screenshot(auditor, 'auditor-micro-project');
  });

  it('completes the 微项目 with the residents it served', async () => {
    const page = await loginAs('er-shequ');
    await page.goto(`${server.base}/micro-projects/${projectId}`);
    await page.getByTestId('mp-complete').click();
    await page.locator('#complete_beneficiaries').fill('326');
    await page.locator('#complete_summary').fill('全年为独居老人提供午餐 326 人次');
    await page.getByTestId('mp-complete-submit').click();
    await page.getByTestId('mp-beneficiaries').getByText('326 人次').waitFor();
    expect((await project()).status).toBe('completed');
    expect(await page.getByTestId('mp-request').count()).toBe(0);
    await expectNoRawKeys(page);
    await screenshot(page, 'mp-completed');
  });
});
