import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../apps/console/src/messages';
import { ADMIN, choose, ConsoleServer, expectNoRawKeys, launch, screenshot as save } from './harness';

const HOUR = 3_600_000;
/** A phone of the range (360–414 px wide): 375 × 812, touch, a phone's user agent. */
const PHONE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
};

/**
 * A grid worker's phone (网格员, issue 18): 李敏 works 第一网格 (网格员) and 第三网格 (网格长) of
 * 二社区; 第二网格 next door is 赵刚's. She signs in and lands on 我的网格: her grids with her terms,
 * each grid's open needs and 联建单元 — every figure equal to what the API counts for her — and her
 * community's micro-wishes by status; she chooses this month's 轮值户. Nothing of the grid next door
 * appears (not its needs, not its activities), and no administration page. She opens an activity
 * of her grid, shows its check-in code (a resident checks in with it), and confirms the resident's
 * hours (docs/DECISIONS.md 71); the code of the activity next door is refused her. zh-CN
 * throughout; screenshots in test-artifacts/console/grid-worker/.
 */
describe('the console on a phone: a grid worker’s grids, needs, wishes and the activities it organises', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let root: string;
  let worker: string;
  const ids: Record<string, string> = {};
  const ACTIVITY = '楼道清洁日';
  const NEXT_DOOR_ACTIVITY = '第二网格义诊';

  beforeAll(async () => {
    await server.start();
    browser = await launch('grid-worker');
    root = await server.token(ADMIN.username, ADMIN.password);
    const post = (path: string, body: unknown) => server.api(root, 'POST', path, body);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await post('/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    const street = await org('东城街道', 'street', district);
    const community = await org('二社区', 'community', street);
    ids.community = community;
    ids.grid1 = await org('第一网格', 'grid', community);
    ids.grid2 = await org('第二网格', 'grid', community);
    ids.grid3 = await org('第三网格', 'grid', community);
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      post('/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('limin', 'grid_worker', community, '李敏');
    await account('zhaogang', 'grid_worker', community, '赵刚');
    await account('zhaoay', 'resident', community, '赵阿姨');
    const term = (grid: string, role: string, name: string, accountId: string) =>
      post(`/organizations/${grid}/grid-roles`, { role, residentName: name, accountId, startsOn: '2026-01-01' });
    await term(ids.grid1, 'grid_worker', '李敏', 'limin');
    await term(ids.grid3, 'grid_leader', '李敏', 'limin');
    await term(ids.grid2, 'grid_worker', '赵刚', 'zhaogang');

    // needs: two open and one cancelled in 第一网格, one in 第三网格, one of the whole community,
    // two next door
    const need = async (title: string, gridId: string | null) =>
      (
        await post('/needs', {
          communityId: community,
          ...(gridId ? { gridId } : {}),
          title,
          category: 'elderly_care',
          tags: [],
          quantity: { amount: 5, unit: 'person_hours' },
          window: { from: '2026-12-01', to: '2027-06-30' },
          urgency: 'normal',
        })
      ).id as string;
    await need('独居老人助餐', ids.grid1);
    await need('楼道扶手维修', ids.grid1);
    const cancelled = await need('旧衣回收', ids.grid1);
    await post(`/needs/${cancelled}/cancel`, { reason: '已由物业解决' });
    await need('儿童托管', ids.grid3);
    await need('社区健康讲座', null);
    await need('隔壁网格的需求甲', ids.grid2);
    await need('隔壁网格的需求乙', ids.grid2);

    // micro-wishes of the community: two open, one claimed by a member of 第一网格's branch
    const branch = (
      await post('/party-organizations', {
        kind: 'branch',
        name: '第一网格党支部',
        parentId: community,
        covers: [ids.grid1],
      })
    ).id as string;
    const member = (
      await post('/members', { name: '张红梅', phone: '13800138000', branchId: branch, joinedPartyOn: '2001-07-01' })
    ).id as string;
    await post('/micro-wishes', { communityId: community, title: '帮独居老人换灯泡' });
    await post('/micro-wishes', { communityId: community, title: '给孩子辅导功课' });
    const claimed = (await post('/micro-wishes', { communityId: community, title: '陪王奶奶去医院复查' })).id;
    await post(`/micro-wishes/${claimed}/claim`, { memberId: member });

    // a 联建单元 of ten households in 第一网格
    const households: string[] = [];
    for (let i = 1; i <= 10; i++)
      households.push((await post('/households', { label: `${i}号楼${i}01室`, areaId: ids.grid1 })).id);
    await post('/household-units', { name: '一网格联建单元', areaId: ids.grid1, householdIds: households });

    // activities under way: one of 第一网格 (hers), one next door; the resident signs up for hers
    const publish = async (title: string, orgId: string) =>
      (
        await post('/activities', {
          title,
          orgId,
          category: 'environment',
          place: '1号楼',
          startsAt: new Date(Date.now() - HOUR).toISOString(),
          endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
          slots: 10,
          pointsPerHour: 10,
          openTo: ['members', 'residents'],
        })
      ).id as string;
    ids.activity = await publish(ACTIVITY, ids.grid1);
    ids.nextDoor = await publish(NEXT_DOOR_ACTIVITY, ids.grid2);
    const resident = await server.token('zhaoay', 'zhaoay-password');
    ids.resident = (
      await server.api(resident, 'POST', '/residents/me', { name: '赵阿姨', phone: '13600003333', consent: true })
    ).id;
    await server.api(resident, 'POST', `/activities/${ids.activity}/signups`, { residentId: ids.resident });
    worker = await server.token('limin', 'limin-password');
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    server.stop();
  });

  async function phone(): Promise<Page> {
    const context = await browser.newContext(PHONE);
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  /** What the API counts for the grid worker: the `total` of a list. */
  const total = async (path: string) => (await server.api<{ total: number }>(worker, 'GET', path)).total;
  /** A figure on the page, once it has come from the server. */
  async function figure(page: Page, scope: string, testId: string): Promise<number> {
    const cell = page.locator(scope).getByTestId(testId);
    await cell.and(page.locator('[data-value]:not([data-value=""])')).waitFor();
    return Number(await cell.getAttribute('data-value'));
  }
  const keys = Object.keys(zhCN);
  /** A picture of the whole page from its top (a page scrolled by a form would show its sticky bar halfway). */
  async function screenshot(page: Page, name: string, options?: { fullPage: boolean }): Promise<void> {
    if (options?.fullPage !== false) await page.evaluate('window.scrollTo(0, 0)');
    await save(page, name, options);
  }

  let page: Page;

  it('signs in to 我的网格: her grids and terms, the figures the API counts, nothing next door', async () => {
    page = await phone();
    await page.goto(`${server.base}/`);
    await page.locator('#username').fill('limin');
    await page.locator('#password').fill('limin-password');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-title').getByText('李敏，您好').waitFor();
    await page.getByTestId('my-grid').first().waitFor();

    // her two grids, with her role in each; not 第二网格
    const names = await page.getByTestId('grid-name').allInnerTexts();
    expect(names.sort()).toEqual(['第一网格', '第三网格']);
    const grid1 = `[data-testid="my-grid"][data-grid="${ids.grid1}"]`;
    const grid3 = `[data-testid="my-grid"][data-grid="${ids.grid3}"]`;
    expect(await page.locator(grid1).getByTestId('grid-term').innerText()).toBe('网格员 · 2026-01-01 起');
    expect(await page.locator(grid3).getByTestId('grid-term').innerText()).toBe('网格长 · 2026-01-01 起');
    expect(await page.getByText('第二网格').count()).toBe(0);

    // each figure is the API's count for her (2 open in 第一网格: the cancelled one is not)
    for (const [scope, grid, expected] of [
      [grid1, ids.grid1, 2],
      [grid3, ids.grid3, 1],
    ] as const) {
      const api = await total(`/needs?gridId=${grid}&status=open&limit=1`);
      expect(api).toBe(expected);
      expect(await figure(page, scope, 'grid-open-needs')).toBe(api);
    }
    expect(await figure(page, grid1, 'grid-units')).toBe(await total(`/household-units?areaId=${ids.grid1}&limit=1`));
    expect(await figure(page, grid1, 'grid-units')).toBe(1);
    const wishes = `[data-testid="community-wishes"][data-community="${ids.community}"]`;
    for (const [status, expected] of [
      ['open', 2],
      ['claimed', 1],
      ['done', 0],
      ['fulfilled', 0],
    ] as const) {
      const api = await total(`/micro-wishes?communityId=${ids.community}&status=${status}&limit=1`);
      expect(api).toBe(expected);
      expect(await figure(page, wishes, `wishes-${status}`)).toBe(api);
    }
    // only what a grid worker does: no administration's menu or pages
    expect(await page.getByTestId('phone-tabs').locator('a').allInnerTexts()).toEqual([
      '我的网格',
      '需求',
      '微心愿',
      '活动',
    ]);
    expect(await page.getByRole('menuitem').count()).toBe(0);
    await expectNoRawKeys(page, keys);
    await screenshot(page, 'home');

    // this month's 轮值户: none yet; she chooses it (the rota decides who: the first to join)
    const unit = page.getByTestId('household-unit');
    await unit.getByText('本月还没有排轮值户').waitFor();
    await unit.getByTestId('rota-assign').click();
    await unit.getByTestId('rota-this-month').getByText('本月轮值户：1号楼101室').waitFor();
    // and records what the household did (五联创建): a duty of today
    await unit.getByTestId('duty-open').click();
    await unit.getByTestId('duty-submit').click();
    await unit.getByText('请填写五联创建').waitFor(); // nothing is sent half-filled
    await choose(page, 'duty-kind', '环境联治');
    await page.locator('#duty-description').fill('清理1号楼楼道杂物');
    await expectNoRawKeys(page, keys);
    await unit.scrollIntoViewIfNeeded();
    await screenshot(page, 'home-duty-form', { fullPage: false });
    await unit.getByTestId('duty-submit').click();
    await unit.getByTestId('rota-duty').getByText('清理1号楼楼道杂物').waitFor();
    const units = await server.api(worker, 'GET', `/household-units?areaId=${ids.grid1}`);
    expect(units.items[0].rota[0].duties).toEqual([
      expect.objectContaining({ duty: 'environment', description: '清理1号楼楼道杂物' }),
    ]);
    await expectNoRawKeys(page, keys);
    await screenshot(page, 'home-rota');
  });

  it('lists the needs of her grids and her community’s, never the grid next door’s; posts a wish of her grid', async () => {
    await page.getByTestId('tab-needs').click();
    await page.getByTestId('grid-needs').getByText('独居老人助餐').waitFor();
    const titles = await page.getByTestId('grid-need').locator('.phone-item-title').allInnerTexts();
    expect(titles.sort()).toEqual(['儿童托管', '楼道扶手维修', '独居老人助餐', '社区健康讲座'].sort());
    expect(Number(await page.getByTestId('needs-total').getAttribute('data-value'))).toBe(
      await total('/needs?status=open&limit=1'),
    );
    expect(await page.getByText('隔壁网格').count()).toBe(0);
    await page.getByTestId('grid-needs').getByText('全社区').waitFor();
    await expectNoRawKeys(page, keys);
    await screenshot(page, 'needs');
    // one grid: 第一网格's open needs, as many as its figure on the home page
    await page.locator('.ant-segmented-item', { hasText: '第一网格' }).click();
    await page.getByTestId('needs-total').and(page.locator('[data-value="2"]')).waitFor();
    expect(await page.getByTestId('grid-need').count()).toBe(2);
    await screenshot(page, 'needs-grid1');

    await page.getByTestId('tab-wishes').click();
    await page.getByTestId('grid-wishes').getByText('陪王奶奶去医院复查').waitFor();
    expect(Number(await page.getByTestId('wishes-total').getAttribute('data-value'))).toBe(
      await total(`/micro-wishes?communityId=${ids.community}&limit=1`),
    );
    await expectNoRawKeys(page, keys);
    await screenshot(page, 'wishes');

    // a resident of 第一网格 told her a wish: she posts it for that grid (docs/DECISIONS.md 72)
    await page.getByTestId('wish-open').click();
    await choose(page, 'wish-grid', '第一网格');
    await page.locator('#wish-title').fill('帮刘大爷修自行车');
    await page.locator('#wish-description').fill('3号楼301室，周末上午');
    await expectNoRawKeys(page, keys);
    await screenshot(page, 'wish-form');
    await page.getByTestId('wish-submit').click();
    const posted = page.getByTestId('grid-wish').filter({ hasText: '帮刘大爷修自行车' });
    await posted.getByText('第一网格').waitFor();
    await page.getByTestId('wishes-total').and(page.locator('[data-value="4"]')).waitFor();
    expect(await total(`/micro-wishes?communityId=${ids.community}&limit=1`)).toBe(4);
    const wish = (await server.api(worker, 'GET', '/micro-wishes?status=open')).items.find(
      (w: { title: string }) => w.title === '帮刘大爷修自行车',
    );
    expect(wish).toMatchObject({ gridId: ids.grid1, communityId: ids.community, status: 'open' });
    await screenshot(page, 'wish-posted');
    // the home page counts it with the others, as the API does
    await page.getByTestId('tab-home').click();
    const wishes = `[data-testid="community-wishes"][data-community="${ids.community}"]`;
    expect(await figure(page, wishes, 'wishes-open')).toBe(
      await total(`/micro-wishes?communityId=${ids.community}&status=open&limit=1`),
    );
    expect(await figure(page, wishes, 'wishes-open')).toBe(3);
  });

  it('shows the check-in code of her grid’s activity, and confirms the hours of the resident who checked in', async () => {
    await page.getByTestId('tab-activities').click();
    await page.getByTestId('grid-activities').getByText(ACTIVITY).waitFor();
    expect(await page.getByText(NEXT_DOOR_ACTIVITY).count()).toBe(0);
    await expectNoRawKeys(page, keys);
    await screenshot(page, 'activities');
    await page.getByTestId('grid-activities').getByText(ACTIVITY).click();
    await page.getByTestId('grid-activity-people').getByText('居民 1').waitFor();
    await page.getByTestId('grid-activity-people').getByText('未签到').waitFor();
    await screenshot(page, 'activity');

    await page.getByTestId('show-code').click();
    const digits = page.getByTestId('check-in-digits');
    await digits.waitFor();
    expect(await page.getByTestId('code-title').innerText()).toBe(ACTIVITY);
    await page.getByTestId('check-in-qr').locator('canvas').waitFor();
    await expectNoRawKeys(page, keys);
    await screenshot(page, 'check-in-code');
    // the resident checks in with the code on her screen
    const code = (await page.getByTestId('check-in-qr').getAttribute('data-code'))!;
    const resident = await server.token('zhaoay', 'zhaoay-password');
    await server.api(resident, 'POST', `/activities/${ids.activity}/check-in`, { code });
    await page.getByText('已签到 1 人｜已报名 1 人').waitFor({ timeout: 40_000 });

    // back on the activity's page: the check-in is shown; she confirms the hours
    await page.getByRole('button', { name: '返回' }).click();
    const row = page.getByTestId('grid-volunteer');
    await row.getByText(/签到/).waitFor();
    await row.getByTestId('confirm-hours').click();
    await row.getByTestId('grid-volunteer-hours').getByText('已核实 3 小时').waitFor();
    const activity = await server.api(root, 'GET', `/activities/${ids.activity}`);
    expect(activity.residentAttendance).toEqual([expect.objectContaining({ residentId: ids.resident, hours: 3 })]);
    await expectNoRawKeys(page, keys);
    await screenshot(page, 'hours-confirmed');

    // the activity next door is not hers: the server refuses her its code
    await expect(server.api(worker, 'GET', `/activities/${ids.nextDoor}/check-in-code`)).rejects.toThrow(/403/);
    await page.goto(`${server.base}/check-in-code/${ids.nextDoor}`);
    await page.getByTestId('code-error').waitFor();
    expect(await page.getByTestId('check-in-digits').count()).toBe(0);
    await screenshot(page, 'next-door-code-refused');
  });

  it('reads in English too', async () => {
    await page.goto(`${server.base}/`);
    await page.getByTestId('phone-menu').click();
    await page.getByTestId('language-toggle').click();
    await page.getByText('Micro-wishes of the community').waitFor();
    await page.getByText('Open needs').first().waitFor();
    await screenshot(page, 'home-en');
    await page.getByTestId('phone-menu').click();
    await page.getByTestId('language-toggle').click();
    await page.getByText('社区微心愿').waitFor();
  });
});
