import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../apps/console/src/messages';
import { ADMIN, choose, ConsoleServer, expectNoRawKeys as noRawKeys, launch, screenshot } from './harness';

const DAY = 86_400_000;
const chinaDay = (offset = 0) => new Date(Date.now() + 8 * 3_600_000 + offset * DAY).toISOString().slice(0, 10);

/**
 * 联席会议 sessions (issue 20, 大事共议) in the office console. The street (东城街道) has two member
 * units and a part-time member (seeded through the API). Its admin convenes a session from the
 * street's 会议议事 tab with a unit's proposal on the agenda, takes attendance, writes the minutes,
 * records the decision by votes with two action items — one posting a need, which the matching
 * service posts and the page links — and marks that one done. The next session shows the other
 * item carried over; the member unit's contact reads the session without a button to change it.
 */
describe('web console: 联席会议 sessions that decide (大事共议)', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let street: string;
  let community: string;
  let hospital: string;
  let rootToken: string;

  beforeAll(async () => {
    await server.start();
    browser = await launch('joint-meetings');
    const root = await server.token(ADMIN.username, ADMIN.password);
    rootToken = root;
    const post = (token: string, path: string, body: unknown = {}) => server.api(token, 'POST', path, body);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await post(root, '/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    street = await org('东城街道', 'street', district);
    community = await org('二社区', 'community', street);
    const unit = async (name: string) =>
      (await post(root, '/units', { name, sector: 'public_institution', locatedIn: community })).id as string;
    hospital = await unit('县人民医院');
    const school = await unit('第二实验小学');
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      post(root, '/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('xian', 'district_admin', district, '县委组织部');
    await account('dangyuan', 'member', community, '张党员');
    await account('dongcheng', 'street_admin', street, '东城街道党工委');
    await account('yiyuan', 'unit_contact', hospital, '医院联络员');
    for (const unitId of [hospital, school])
      await post(root, `/organizations/${street}/joint-meeting/members`, { unitId });
    await post(root, `/organizations/${street}/part-time-members`, {
      unitId: hospital,
      personName: '王芳',
      position: '兼职委员',
      term: { from: chinaDay(-30), to: chinaDay(700) },
    });
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    server.stop();
  });

  async function loginAs(username: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    contexts.push(context);
    const p = await context.newPage();
    p.setDefaultTimeout(30_000); // a loaded machine (several builds at once) is slow
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

  /** The street's 会议议事 tab on 组织架构. */
  async function sessionsTab(p: Page) {
    await p.getByRole('menuitem', { name: '组织架构' }).click();
    await p.getByTestId('org-tree').getByText('东城街道').first().click();
    await p.getByRole('tab', { name: '会议议事' }).click();
    await p.getByTestId('meeting-sessions').waitFor();
  }

  it('a street admin convenes a session, takes attendance, decides with a need and follows the action item to done', async () => {
    // the hospital's contact submits its unit's proposal: pending until it is on an agenda
    const unit = await loginAs('yiyuan');
    await sessionsTab(unit);
    await unit.getByTestId('proposal-submit').click();
    await unit.locator('#proposal-title').fill('共建职工停车场');
    await unit.locator('#proposal-description').fill('医院愿开放夜间车位');
    await unit.getByTestId('proposal-save').click();
    await row(unit, 'meeting-proposals', '共建职工停车场').getByText('待议').waitFor();
    await expectNoRawKeys(unit);
    await screenshot(unit, 'meeting-proposal-unit');

    const page = await loginAs('dongcheng');
    await sessionsTab(page);
    await row(page, 'meeting-proposals', '共建职工停车场').waitFor();
    await page.getByTestId('meeting-convene').click();
    await choose(page, 'meeting-proposals', '共建职工停车场');
    await page.locator('#meeting-place').fill('街道党群服务中心');
    await page.locator('#meeting-title').fill('2026年第四季度联席会议');
    await page.getByTestId('meeting-add-item').click();
    await page.locator('#agenda-title-0').fill('老旧小区加装电梯');
    await choose(page, 'agenda-unit-0', '县人民医院');
    await screenshot(page, 'meeting-convene-form', { fullPage: false });
    await page.getByTestId('meeting-convene-save').click();

    // the session's page
    await page.getByTestId('session-agenda').getByText('老旧小区加装电梯').waitFor();
    await row(page, 'session-agenda', '共建职工停车场').getByText('单位提议').waitFor();
    await page.getByTestId('attendance-units').getByText('县人民医院').click();
    await page.getByTestId('attendance-part-time').getByText('王芳').click();
    await page.getByTestId('attendance-save').click();
    await page.getByText('出席 2 / 3').waitFor();
    await page.locator('#session-minutes').fill('会议议定：由县人民医院牵头征集加装电梯志愿者，街道协调资金。');
    await page.getByTestId('minutes-save').click();

    await row(page, 'session-agenda', '老旧小区加装电梯').getByTestId('agenda-decide').click();
    await page.locator('#decision-votes-for').fill('2');
    await page.getByTestId('decision-add-action').click();
    await page.locator('#action-title-0').fill('征集加装电梯志愿者');
    await choose(page, 'action-owner-0', '县人民医院');
    await page.locator('#action-need-0').check();
    await choose(page, 'need-community-0', '二社区');
    await page.locator('#need-title-0').fill('加装电梯志愿服务');
    await choose(page, 'need-category-0', '助老');
    await page.locator('#need-amount-0').fill('20');
    await page.getByTestId('decision-add-action').click();
    await page.locator('#action-title-1').fill('街道协调加装资金');
    await choose(page, 'action-owner-kind-1', '本级组织');
    await page.locator('.ant-modal').getByTitle('本级组织').last().waitFor();
    await screenshot(page, 'meeting-decision-form', { fullPage: false });
    await page.getByTestId('decision-save').click();

    await row(page, 'session-agenda', '老旧小区加装电梯').getByText('通过').waitFor();
    await page.getByText('赞成 2 · 反对 0 · 弃权 0').waitFor();
    // the need the decision created, posted by the matching service, linked by its title
    await row(page, 'session-action-items', '征集加装电梯志愿者').getByText('加装电梯志愿服务').waitFor();
    await row(page, 'session-action-items', '征集加装电梯志愿者').getByTestId('action-done').click();
    await page.locator('#action-done-note').fill('已征集志愿者12人');
    await page.getByTestId('action-done-save').click();
    await row(page, 'session-action-items', '征集加装电梯志愿者').getByText('已完成').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'meeting-session');

    await page.getByTestId('session-close').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('session-card').getByText('已闭会').waitFor();
    expect(await page.getByTestId('agenda-decide').count()).toBe(0);

    // the needs list has it
    await page.getByRole('menuitem', { name: '需求清单' }).click();
    await page.getByText('加装电梯志愿服务').first().waitFor();
  });

  it('the next session carries the open action item over; the member unit reads it', async () => {
    const page = await loginAs('dongcheng');
    await sessionsTab(page);
    await page.getByTestId('meeting-convene').click();
    await page.locator('#meeting-place').fill('街道党群服务中心');
    await page.locator('#meeting-title').fill('2027年第一季度联席会议');
    await page.getByTestId('meeting-convene-save').click();
    const carried = row(page, 'session-agenda', '街道协调加装资金');
    await carried.getByText('上次会议遗留事项').waitFor();
    await carried.getByText('来自“2026年第四季度联席会议”').waitFor();
    await carried.getByText('待落实').waitFor();
    const sessionUrl = page.url();
    await expectNoRawKeys(page);
    await screenshot(page, 'meeting-carried-over');
    await sessionsTab(page);
    await row(page, 'meeting-sessions', '2026年第四季度联席会议').getByText('已闭会').waitFor();
    await screenshot(page, 'meeting-sessions-list');

    const unit = await loginAs('yiyuan');
    await unit.goto(sessionUrl);
    await unit.getByText('只读：成员单位可查看本会议的议事情况').waitFor();
    expect(await unit.getByTestId('agenda-decide').count()).toBe(0);
    expect(await unit.getByTestId('session-close').count()).toBe(0);
    await expectNoRawKeys(unit);
    await screenshot(unit, 'meeting-session-unit');
  });

  it('the district marks the street’s meeting a branch (分会) of its council', async () => {
    const page = await loginAs('xian');
    await page.getByRole('menuitem', { name: '组织架构' }).click();
    await page.getByTestId('org-tree').getByText('东城街道').first().click();
    await page.getByRole('tab', { name: '联席会议' }).click();
    await page.getByTestId('meeting-mark-branch').click();
    await page.getByTestId('meeting-branch').getByText('区联席会议分会').waitFor();
    expect(await page.getByTestId('meeting-mark-branch').count()).toBe(0);
    await expectNoRawKeys(page);
    await screenshot(page, 'meeting-branch');
  });

  it('a party member proposes on the phone (党员提案), pending until it is on an agenda', async () => {
    const phone = await loginAs('dangyuan', { width: 390, height: 844 });
    const card = phone.getByTestId('party-proposal');
    await card.getByTestId('party-proposal-open').click();
    await choose(phone, 'party-proposal-meeting', '东城街道');
    await phone.locator('#party-proposal-title').fill('增设老年助餐点');
    await phone.locator('#party-proposal-description').fill('二社区独居老人多，建议街道统筹');
    await card.getByTestId('party-proposal-submit').click();
    await card.getByTestId('party-proposal-item').filter({ hasText: '增设老年助餐点' }).getByText('待议').waitFor();
    await expectNoRawKeys(phone);
    await screenshot(phone, 'meeting-party-proposal-phone');

    // the street's admin sees it among the pending proposals
    const page = await loginAs('dongcheng');
    await sessionsTab(page);
    await row(page, 'meeting-proposals', '增设老年助餐点').getByText('党员提案').waitFor();
  });

  it('a decision accepts the hospital’s matching proposals: one becomes a project, the closed one stays 待生成', async () => {
    // two needs of 二社区 and the hospital's offer, proposed by a matching run (through the API)
    const post = (path: string, body: unknown) => server.api(rootToken, 'POST', path, body);
    const need = async (title: string) =>
      (
        await post('/needs', {
          communityId: community,
          title,
          category: 'elderly_care',
          tags: [],
          quantity: { amount: 10, unit: 'person_hours' },
          window: { from: chinaDay(), to: chinaDay(60) },
          urgency: 'high',
        })
      ).id as string;
    await need('助老食堂志愿服务');
    const bath = await need('助浴服务');
    await post('/offers', {
      unitId: hospital,
      title: '医护志愿者',
      category: 'elderly_care',
      tags: [],
      capacity: { amount: 40, unit: 'person_hours' },
      window: { from: chinaDay(-10), to: chinaDay(120) },
      serviceArea: [community],
    });
    await post('/matching/runs', { scopeOrgId: community });

    const page = await loginAs('dongcheng');
    await sessionsTab(page);
    await page.getByTestId('meeting-convene').click();
    await page.locator('#meeting-place').fill('二社区党群服务站');
    await page.locator('#meeting-title').fill('共建项目议定会');
    await page.getByTestId('meeting-add-item').click();
    await page.locator('#agenda-title-0').fill('医院助老共建');
    await choose(page, 'agenda-unit-0', '县人民医院');
    await page.getByTestId('meeting-convene-save').click();
    await page.getByTestId('session-agenda').getByText('医院助老共建').waitFor();
    await page.getByTestId('attendance-units').getByText('县人民医院').click();
    await page.getByTestId('attendance-save').click();
    await page.getByText(/出席 1 \//).waitFor();

    await row(page, 'session-agenda', '医院助老共建').getByTestId('agenda-decide').click();
    await page.locator('#decision-votes-for').fill('1');
    await page.getByTestId('decision-add-action').click();
    await page.locator('#action-title-0').fill('开办助老食堂');
    await choose(page, 'action-owner-0', '县人民医院');
    await choose(page, 'action-proposal-0', '助老食堂志愿服务');
    await page.getByTestId('decision-add-action').click();
    await page.locator('#action-title-1').fill('上门助浴');
    await choose(page, 'action-owner-1', '县人民医院');
    await choose(page, 'action-proposal-1', '助浴服务');
    await expectNoRawKeys(page);
    await screenshot(page, 'meeting-decision-proposal-form', { fullPage: false });
    // the bath need is cancelled before the decision is saved: its proposal closes, no project
    await post(`/needs/${bath}/cancel`, { reason: '社区已自行解决' });
    await page.waitForTimeout(500);
    await page.getByTestId('decision-save').click();

    const meals = row(page, 'session-action-items', '开办助老食堂');
    await meals.getByTestId('action-project').getByText('助老食堂志愿服务').waitFor();
    await row(page, 'session-action-items', '上门助浴').getByTestId('action-project-pending').waitFor({
      timeout: 15_000,
    });
    await page.waitForTimeout(6000); // the page stops asking: still 待生成
    await row(page, 'session-action-items', '上门助浴').getByText('待生成').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'meeting-session-projects');

    // the link opens the project list, where the project is
    await meals.getByTestId('action-project').click();
    await page.getByText('助老食堂志愿服务').first().waitFor();
    await screenshot(page, 'meeting-project-in-list', { fullPage: false });
  });
});
