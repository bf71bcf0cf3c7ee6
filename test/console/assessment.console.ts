import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../apps/console/src/messages';
import { ADMIN, choose, ConsoleServer, expectNoRawKeys as noRawKeys, launch, screenshot } from './harness';

const HOUR = 3_600_000;
const nextQuarterStart = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3 + 3, 1)).toISOString().slice(0, 10);
};

/**
 * 考核 in the office console (issue 20): the district drafts an indicator set of the 先锋指数 that
 * counts only environmental service, tries it (the what-if replays the history: its progress, then
 * the ranking beside the published set's — who moves, by how much and why), publishes it for the
 * coming quarter; reads the rankings with their breakdown and the set that computed them; proposes
 * the year's 先锋党员 and confirms one. A community admin reads the published sets and its rankings
 * without an action. Every figure on the pages is the API's.
 */
describe('web console: 考核 — indicator sets, what-if, rankings, awards', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let root: string;

  beforeAll(async () => {
    await server.start();
    browser = await launch('assessment');
    root = await server.token(ADMIN.username, ADMIN.password);
    const post = (path: string, body: unknown, token = root) => server.api(token, 'POST', path, body);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await post('/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    const street = await org('东城街道', 'street', district);
    const community = await org('二社区', 'community', street);
    const grid = await org('第一网格', 'grid', community);
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      post('/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('quwei', 'district_admin', district, '区委组织部');
    await account('er-shequ', 'community_admin', community, '二社区书记');
    const branch = (
      await post('/party-organizations', {
        kind: 'branch',
        name: '第一网格党支部',
        parentId: community,
        covers: [grid],
      })
    ).id as string;
    const member = async (name: string) =>
      (await post('/members', { name, phone: '13800138000', branchId: branch, joinedPartyOn: '2001-07-01' }))
        .id as string;
    const zhang = await member('张红梅');
    const li = await member('李建国');
    const wang = await member('王小明');
    const shequ = await server.token('er-shequ', 'er-shequ-password');
    const activity = async (title: string, category: string, hours: Record<string, number>) => {
      const id = (
        await post(
          '/activities',
          {
            title,
            orgId: community,
            category,
            place: '社区广场',
            startsAt: new Date(Date.now() - HOUR).toISOString(),
            endsAt: new Date(Date.now() + 4 * HOUR).toISOString(),
            slots: 10,
            pointsPerHour: 10,
          },
          shequ,
        )
      ).id as string;
      for (const [memberId, h] of Object.entries(hours)) {
        await post(`/activities/${id}/signups`, { memberId }, shequ);
        await post(`/activities/${id}/attendance`, { memberId, hours: h }, shequ);
      }
    };
    await activity('敬老院志愿服务', 'elderly_care', { [zhang]: 4, [wang]: 1 });
    await activity('河道清理', 'environment', { [li]: 2, [wang]: 1 });
    for (let i = 0; i < 100; i++) {
      const ranking = await server.api(root, 'GET', '/assessment/rankings?index=pioneer');
      if (ranking.items?.[0]?.index === 8) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
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
  const expectNoRawKeys = (p: Page) => noRawKeys(p, Object.keys(zhCN));

  it('the district drafts a set, tries it over the history beside the published one, and publishes it', async () => {
    const page = await loginAs('quwei');
    await page.getByRole('menuitem', { name: '考核' }).click();
    await page.getByTestId('sets-table').getByText('先锋指数（默认）').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'sets-default');

    await page.getByTestId('set-draft').click();
    await page.getByTestId('set-name').fill('先锋指数（2027 试行）');
    await choose(page, 'indicators_0_category', '环境整治');
    await page.locator('#indicators_0_weight').fill('5');
    await page.getByTestId('set-add').click();
    await choose(page, 'indicators_1_measure', '实现微心愿');
    await page.locator('#indicators_1_weight').fill('10');
    await page.locator('#indicators_1_cap').fill('30');
    await screenshot(page, 'set-editor', { fullPage: false });
    await page.getByRole('dialog').getByRole('button', { name: '保 存' }).click();
    await page.getByText('已保存“先锋指数（2027 试行）”').waitFor();
    const sets = await server.api(root, 'GET', '/assessment/indicator-sets?index=pioneer');
    const draft = sets.items.find((s: { name: string }) => s.name === '先锋指数（2027 试行）');
    expect(draft).toMatchObject({
      status: 'draft',
      period: 'quarter',
      indicators: [
        { measure: 'volunteer_hours', category: 'environment', weight: 5, cap: null },
        { measure: 'wishes_fulfilled', category: null, weight: 10, cap: 30 },
      ],
    });
    await screenshot(page, 'sets-with-draft');

    const row = page.getByTestId('sets-table').getByRole('row', { name: /2027 试行/ });
    await row.getByTestId('set-what-if').click();
    const moves = page.getByTestId('what-if-moves');
    await moves.waitFor();
    await page.getByText(/共 3 名，上升 1，下降 1，不变 1/).waitFor();
    // 李建国: 4 points by the default (2 hours × 2, second with 王小明), 10 by the draft (2 environmental hours × 5): first
    const li = moves.getByRole('row', { name: /李建国/ });
    await li.getByText('第 2 名 · 4 分').waitFor();
    await li.getByText('第 1 名 · 10 分').waitFor();
    await li.getByText('↑ 1').waitFor();
    await li.getByText('志愿服务时长 4 → 0').waitFor();
    await li.getByText('志愿服务时长（环境整治） 0 → 10').waitFor();
    await moves
      .getByRole('row', { name: /张红梅/ })
      .getByText('↓ 2')
      .waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'what-if', { fullPage: false });
    await page.locator('.ant-modal-close').click();

    await row.getByTestId('set-publish').click();
    expect(await page.locator('#effectiveFrom').inputValue()).toBe(nextQuarterStart());
    await screenshot(page, 'set-publish', { fullPage: false });
    await page.getByRole('dialog').getByRole('button', { name: '发 布' }).click();
    await page.getByText(`将于 ${nextQuarterStart()} 起生效`).waitFor();
    await page
      .getByTestId('sets-table')
      .getByRole('row', { name: /2027 试行/ })
      .getByText('已发布')
      .waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'sets-published');
  });

  it('the rankings show each figure’s breakdown and the set that computed it; this quarter’s stay the default’s', async () => {
    const page = await loginAs('quwei');
    await page.getByRole('menuitem', { name: '指数' }).click();
    await page.getByTestId('rankings-set').getByText('由“先锋指数（默认）”计算').waitFor();
    const table = page.getByTestId('rankings-table');
    await table
      .getByRole('row', { name: /张红梅/ })
      .getByText('8', { exact: true })
      .waitFor();
    await table
      .getByRole('row', { name: /张红梅/ })
      .locator('.ant-table-row-expand-icon')
      .click();
    await page.getByTestId('breakdown').getByText('志愿服务时长：4 × 2 = 8 分').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'rankings-pioneer');
    await choose(page, 'rankings-index', '堡垒指数');
    await page.getByTestId('rankings-set').getByText('由“堡垒指数（默认）”计算').waitFor();
    await table.getByRole('row', { name: /第一网格党支部/ }).waitFor();
    await screenshot(page, 'rankings-bastion');
  });

  it('the district proposes the year’s 先锋党员 and confirms one; a community admin reads without acting', async () => {
    const page = await loginAs('quwei');
    await page.getByRole('menuitem', { name: '评优' }).click();
    await page.getByText('还没有评优记录。').waitFor();
    await page.getByTestId('awards-propose').click();
    await page.locator('#top').fill('2');
    await screenshot(page, 'awards-propose', { fullPage: false });
    await page.getByRole('dialog').getByRole('button', { name: '生成提名' }).click();
    await page.getByText('生成 2 个提名').waitFor();
    const table = page.getByTestId('awards-table');
    await table
      .getByRole('row', { name: /张红梅/ })
      .getByTestId('award-confirm')
      .click();
    await page.getByText('已确认“张红梅”').waitFor();
    await table
      .getByRole('row', { name: /张红梅/ })
      .getByText('已确认')
      .waitFor();
    await table
      .getByRole('row', { name: /王小明|李建国/ })
      .getByText('待确认')
      .waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'awards');
    // on the member's drawer: its honours
    await page.getByRole('menuitem', { name: '党员' }).click();
    await page
      .getByTestId('members-table')
      .getByRole('row', { name: /张红梅/ })
      .getByTestId('member-open')
      .click();
    await page
      .getByTestId('member-drawer')
      .getByTestId('honours')
      .getByText(`${new Date().getFullYear()} 先锋党员`)
      .waitFor();
    await screenshot(page, 'member-honours', { fullPage: false });

    const shequ = await loginAs('er-shequ');
    await shequ.getByRole('menuitem', { name: '考核' }).click();
    await shequ.getByTestId('sets-table').getByText('先锋指数（2027 试行）').waitFor();
    expect(await shequ.getByTestId('set-draft').count()).toBe(0);
    expect(await shequ.getByTestId('set-publish').count()).toBe(0);
    await screenshot(shequ, 'sets-community');
    await shequ.getByRole('menuitem', { name: '评优' }).click();
    await shequ
      .getByTestId('awards-table')
      .getByRole('row', { name: /张红梅/ })
      .waitFor();
    expect(await shequ.getByTestId('awards-propose').count()).toBe(0);
    expect(await shequ.getByTestId('award-confirm').count()).toBe(0);
    await expectNoRawKeys(shequ);
    await screenshot(shequ, 'awards-community');
  });
});
