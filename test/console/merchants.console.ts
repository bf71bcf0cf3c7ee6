import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../apps/console/src/messages';
import {
  ADMIN,
  choose,
  ConsoleServer,
  expectNoRawKeys as noRawKeys,
  launch,
  pickOrg,
  screenshot,
  waitInPage,
} from './harness';

const HOUR = 3_600_000;
/** A day of China's calendar, `offset` days from today. */
const chinaDay = (offset = 0) => new Date(Date.now() + 8 * HOUR + offset * 24 * HOUR).toISOString().slice(0, 10);

/**
 * 联盟商户 in the office console (issue 19): the street registers a merchant of its alliance with
 * its terms, schedules new terms (a day before the last is refused next to the field), a community
 * admin records a member's redemptions there, the street reads the month's statement, confirms it
 * (核对), reverses a disputed redemption from its line (撤销兑换), sees the statement change and
 * confirms it again; suspends and reinstates the merchant. The auditor reads it all without an
 * action. Every figure on the pages is the API's.
 */
describe('web console: 联盟商户 — merchants, terms, redemptions, monthly statements', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let root: string;
  let streetId: string;
  let memberId: string;
  let merchantId: string;
  const month = chinaDay().slice(0, 7);

  beforeAll(async () => {
    await server.start();
    browser = await launch('merchants');
    root = await server.token(ADMIN.username, ADMIN.password);
    const post = (path: string, body: unknown, token = root) => server.api(token, 'POST', path, body);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await post('/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    streetId = await org('东城街道', 'street', district);
    const community = await org('二社区', 'community', streetId);
    const grid = await org('第一网格', 'grid', community);
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      post('/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('dongcheng', 'street_admin', streetId, '东城街道党工委');
    await account('er-shequ', 'community_admin', community, '二社区书记');
    await account('shenji', 'auditor', district, '县审计员');
    const branch = (
      await post('/party-organizations', {
        kind: 'branch',
        name: '第一网格党支部',
        parentId: community,
        covers: [grid],
      })
    ).id as string;
    memberId = (
      await post('/members', { name: '张红梅', phone: '13800138000', branchId: branch, joinedPartyOn: '2001-07-01' })
    ).id;
    // three hours of volunteering at 100 points an hour: 300 points to redeem
    const shequ = await server.token('er-shequ', 'er-shequ-password');
    const activity = (
      await post(
        '/activities',
        {
          title: '敬老院志愿服务',
          orgId: community,
          category: 'elderly_care',
          place: '敬老院',
          startsAt: new Date(Date.now() - HOUR).toISOString(),
          endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
          slots: 10,
          pointsPerHour: 100,
        },
        shequ,
      )
    ).id as string;
    await post(`/activities/${activity}/signups`, { memberId }, shequ);
    await post(`/activities/${activity}/attendance`, { memberId, hours: 3 }, shequ);
    for (let i = 0; i < 100; i++) {
      if ((await server.api(shequ, 'GET', `/members/${memberId}`)).points === 300) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
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
  const statement = () => server.api(root, 'GET', `/merchants/${merchantId}/statements/${month}`);
  /** the statement's totals as the page shows them, as the server wrote them */
  const shownTotals = async (p: Page) => ({
    redemptions: Number(await p.getByTestId('statement-count').innerText()),
    netPoints: Number(await p.getByTestId('statement-net-points').getAttribute('data-points')),
    yuan: await p.getByTestId('statement-yuan').getAttribute('data-yuan'),
    reversedYuan: await p.getByTestId('statement-reversed-yuan').getAttribute('data-yuan'),
    netYuan: await p.getByTestId('statement-net-yuan').getAttribute('data-yuan'),
  });
  const apiTotals = async () => {
    const { totals } = await statement();
    const { redemptions, netPoints, yuan, reversedYuan, netYuan } = totals;
    return { redemptions, netPoints, yuan, reversedYuan, netYuan };
  };
  /** types a day into an antd DatePicker by its input id */
  const pickDay = async (p: Page, inputId: string, day: string) => {
    const input = p.locator(`#${inputId}`);
    await input.click();
    await input.fill(day);
    await p.keyboard.press('Enter');
  };

  it('the street registers a merchant with its terms and schedules new ones; a day before the last is refused', async () => {
    const page = await loginAs('dongcheng');
    await page.getByRole('menuitem', { name: '联盟商户' }).click();
    await page.getByTestId('merchants-table').waitFor();
    await page.getByText('还没有联盟商户').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'merchants-empty');

    await page.getByTestId('merchant-register').click();
    await pickOrg(page, 'merchant_orgId', '东城街道');
    await page.locator('#merchant_name').fill('东城爱心超市');
    await choose(page, 'merchant_sector', '超市便利');
    await page.locator('#merchant_address').fill('东城街道中心街 8 号');
    await page.locator('#merchant_contactName').fill('王店长');
    await page.locator('#merchant_contactPhone').fill('1390000');
    await page.getByTestId('merchant-register-submit').click();
    await page.getByText('手机号 11 位，或带区号的座机号').waitFor();
    await page.locator('#merchant_contactPhone').fill('13900000001');
    await page.locator('#merchant_terms_pointsPerYuan').fill('10');
    await page.locator('#merchant_terms_monthlyCapPoints').fill('200');
    await screenshot(page, 'merchant-register-form');
    await page.getByTestId('merchant-register-submit').click();
    await page.getByTestId('merchant-title').getByText('东城爱心超市').waitFor();
    merchantId = page.url().split('/merchants/')[1];
    const api = await server.api(root, 'GET', `/merchants/${merchantId}`);
    expect(api).toMatchObject({
      orgId: streetId,
      sector: 'supermarket',
      terms: { pointsPerYuan: 10, monthlyCapPoints: 200, effectiveFrom: chinaDay() },
    });
    await page.getByTestId('merchant-terms-now').getByText('10 积分抵 1 元 · 每人每月上限 200 积分').waitFor();
    await page.getByTestId('merchant-details').getByText('王店长 13900000001').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'merchant-registered');

    // new terms from today: not after the last (which starts today) — the API's refusal next to the day
    await page.getByTestId('merchant-change-terms').click();
    // the form fills the day after the last terms as it opens
    await waitInPage(
      page,
      `document.querySelector('#terms_terms_effectiveFrom')?.value === ${JSON.stringify(chinaDay(1))}`,
    );
    await page.locator('#terms_terms_pointsPerYuan').fill('5');
    await pickDay(page, 'terms_terms_effectiveFrom', chinaDay());
    await page.getByTestId('terms-submit').click();
    await page
      .locator('.ant-modal .ant-form-item-explain-error', { hasText: '新规则的生效日期须不早于今天' })
      .waitFor();
    await screenshot(page, 'terms-refused', { fullPage: false });
    await pickDay(page, 'terms_terms_effectiveFrom', chinaDay(1));
    await page.getByTestId('terms-submit').click();
    await page.getByText(`新规则已登记，自 ${chinaDay(1)} 起生效`).waitFor();
    const history = page.getByTestId('terms-history');
    await row(page, 'terms-history', chinaDay(1)).getByText('待生效').waitFor();
    await row(page, 'terms-history', chinaDay()).getByText('现行').waitFor();
    expect(await history.locator('tbody tr').count()).toBe(2);
    const changed = await server.api(root, 'GET', `/merchants/${merchantId}`);
    expect(changed.termsHistory.map((x: { pointsPerYuan: number }) => x.pointsPerYuan)).toEqual([10, 5]);
    expect(changed.terms.pointsPerYuan).toBe(10);
    await expectNoRawKeys(page);
    await screenshot(page, 'terms-history');

    // the list: by sector, by words of the address
    await page.getByText('返回商户列表').click();
    const listed = row(page, 'merchants-table', '东城爱心超市');
    await listed.getByText('10 积分抵 1 元').waitFor();
    await page.getByTestId('merchants-search').fill('中心街');
    await page.getByTestId('merchants-search').press('Enter');
    await listed.waitFor();
    await page.getByTestId('merchants-search').fill('西城');
    await page.getByTestId('merchants-search').press('Enter');
    await page.getByTestId('merchants-table').getByText('还没有联盟商户').waitFor();
    await page.getByTestId('merchants-search').fill('');
    await page.getByTestId('merchants-search').press('Enter');
    await listed.waitFor();
    await screenshot(page, 'merchants-list');
  });

  it('a community admin records a member’s redemptions at the merchant', async () => {
    const admin = await loginAs('er-shequ');
    await admin.getByRole('menuitem', { name: '党员' }).click();
    await admin.getByTestId('members-table').getByText('张红梅').click();
    const member = admin.getByTestId('member-drawer');
    await member.getByTestId('member-balance').getByText('300').waitFor();
    for (const points of ['50', '30']) {
      await member.locator('#redeem-points').fill(points);
      await choose(admin, 'redeem-merchant', '东城爱心超市');
      await member.getByTestId('redeem-submit').click();
      await admin.getByText(`已兑换 ${points} 积分`).first().waitFor();
    }
    await member.getByTestId('member-balance').getByText('220').waitFor();
    await expectNoRawKeys(admin);
    await screenshot(admin, 'member-redeemed');
  });

  it('the street reads the month’s statement, confirms it, reverses a disputed line and confirms again', async () => {
    const page = await loginAs('dongcheng');
    await page.goto(`${server.base}/merchants/${merchantId}`);
    const lines = page.getByTestId('statement-lines');
    await lines.locator('tbody tr').nth(1).waitFor();
    expect(await lines.locator('tbody tr').count()).toBe(2);
    await page.getByTestId('statement-unreconciled').waitFor();
    expect(await shownTotals(page)).toEqual(await apiTotals());
    expect(await apiTotals()).toEqual({
      redemptions: 2,
      netPoints: 80,
      yuan: '8.00',
      reversedYuan: '0.00',
      netYuan: '8.00',
    });
    await row(page, 'statement-lines', '张红梅').first().getByText('10 积分/元').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'statement');

    // the .xlsx of the month
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statement-export').click()]);
    expect(download.suggestedFilename()).toBe(`商户对账单-东城爱心超市-${month}.xlsx`);
    expect((await download.createReadStream()) !== null).toBe(true);

    // 核对: the net as the statement shows it
    await page.getByTestId('statement-reconcile').click();
    await page.locator('#reconcile_note').fill('与王店长电话核对');
    await screenshot(page, 'reconcile-form', { fullPage: false });
    await page.getByTestId('reconcile-submit').click();
    await page.getByTestId('statement-reconciled').waitFor();
    await page.getByTestId('statement-confirmations').getByText('与王店长电话核对').waitFor();
    expect(await page.getByTestId('statement-reconcile').count()).toBe(0);
    expect((await statement()).reconciliations).toHaveLength(1);
    await screenshot(page, 'statement-reconciled');

    // 撤销兑换 of the 30 points (3.00 元): the line stays, struck and marked, the totals change
    const disputed = lines.locator('tbody tr', { has: page.locator('[data-yuan="3.00"]') });
    await disputed.getByTestId('line-reverse').click();
    await page.locator('#redemption-reverse_reason').fill('商户未实际提供折扣');
    await screenshot(page, 'reverse-form', { fullPage: false });
    await page.getByTestId('redemption-reverse-submit').click();
    await disputed.getByTestId('line-reversed').waitFor();
    await disputed.getByText('商户未实际提供折扣').waitFor();
    await page.getByTestId('statement-changed').waitFor();
    expect(await shownTotals(page)).toEqual(await apiTotals());
    expect(await apiTotals()).toMatchObject({ redemptions: 2, netPoints: 50, reversedYuan: '3.00', netYuan: '5.00' });
    expect((await server.api(root, 'GET', `/members/${memberId}`)).points).toBe(250);
    expect(await disputed.getByTestId('line-reverse').count()).toBe(0);
    await expectNoRawKeys(page);
    await screenshot(page, 'statement-reversed');

    await page.getByTestId('statement-reconcile').getByText('重新核对').waitFor();
    await page.getByTestId('statement-reconcile').click();
    await page.getByTestId('reconcile-submit').click();
    await page.getByTestId('statement-reconciled').waitFor();
    await page.getByTestId('statement-confirmations').locator('li').nth(1).waitFor();
    const confirmed = await statement();
    expect(confirmed.reconciled).toBe(true);
    expect(confirmed.reconciliations.map((c: { totals: { netYuan: string } }) => c.totals.netYuan)).toEqual([
      '8.00',
      '5.00',
    ]);
    await screenshot(page, 'statement-reconciled-again');
  });

  it('the street suspends the merchant with a reason and reinstates it', async () => {
    const page = await loginAs('dongcheng');
    await page.goto(`${server.base}/merchants/${merchantId}`);
    await page.getByTestId('merchant-suspend').click();
    await page.locator('#merchant-suspend_reason').fill('接到居民投诉，核查期间暂停');
    await page.getByTestId('merchant-suspend-submit').click();
    await page.getByTestId('merchant-suspended-reason').getByText('接到居民投诉').waitFor();
    await page.locator('.ant-card-head [data-status="suspended"]').getByText('已暂停').waitFor();
    expect((await server.api(root, 'GET', `/merchants/${merchantId}`)).status).toBe('suspended');
    await expectNoRawKeys(page);
    await screenshot(page, 'merchant-suspended');
    await page.getByText('返回商户列表').click();
    await page.getByTestId('merchants-status').getByText('已暂停').click();
    await row(page, 'merchants-table', '东城爱心超市').waitFor();
    await row(page, 'merchants-table', '东城爱心超市').click();
    await page.getByTestId('merchant-reinstate').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('merchant-suspend').waitFor();
    expect((await server.api(root, 'GET', `/merchants/${merchantId}`)).status).toBe('active');
  });

  it('shows the auditor the merchant and its statement without an action', async () => {
    const auditor = await loginAs('shenji');
    await auditor.getByRole('menuitem', { name: '联盟商户' }).click();
    await row(auditor, 'merchants-table', '东城爱心超市').click();
    await auditor.getByTestId('statement-lines').getByTestId('line-reversed').waitFor();
    await auditor.getByTestId('merchant-details').getByText('王店长').waitFor();
    for (const action of [
      'merchant-register',
      'merchant-change-terms',
      'merchant-suspend',
      'merchant-reinstate',
      'statement-reconcile',
      'line-reverse',
    ])
      expect(await auditor.getByTestId(action).count()).toBe(0);
    expect(await shownTotals(auditor)).toEqual(await apiTotals());
    await expectNoRawKeys(auditor);
    await screenshot(auditor, 'auditor-merchant');
  });
});
