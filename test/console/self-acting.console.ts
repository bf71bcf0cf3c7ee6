import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../apps/console/src/messages';
import { ADMIN, choose, ConsoleServer, expectNoRawKeys, launch, screenshot } from './harness';

/** A phone of the range: 390 × 844, touch, zh-CN. */
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

/**
 * Members acting for themselves on a phone (issue 18): a working member of 二社区 asks to report
 * to 三社区 where she lives (双报到), sees the request wait, withdraws it and asks again; 三社区's
 * admin confirms it on the members page (双报到申请); the member then claims a micro-wish of
 * 三社区 herself, marks it done, gives another back, and reads a refusal in Chinese. Screenshots
 * in test-artifacts/console/self-acting/.
 */
describe('the console: 双报到 asked on the phone and confirmed by the community, 微心愿 claimed and done', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let root: string;
  let memberId: string;
  let taken: string;
  /** a member of 三社区's own branch, who takes a wish first */
  let neighbour: string;

  beforeAll(async () => {
    await server.start();
    browser = await launch('self-acting');
    root = await server.token(ADMIN.username, ADMIN.password);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await server.api(root, 'POST', '/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    const street = await org('东城街道', 'street', district);
    const community = await org('二社区', 'community', street);
    const home = await org('三社区', 'community', street);
    const grid = await org('第一网格', 'grid', community);
    const branch = (
      await server.api(root, 'POST', '/party-organizations', {
        kind: 'branch',
        name: '第一网格党支部',
        parentId: community,
        covers: [grid],
      })
    ).id as string;
    const unit = (
      await server.api(root, 'POST', '/units', {
        name: '县人民医院',
        sector: 'public_institution',
        locatedIn: community,
      })
    ).id as string;
    const homeGrid = await org('三社区第一网格', 'grid', home);
    const homeBranch = (
      await server.api(root, 'POST', '/party-organizations', {
        kind: 'branch',
        name: '三社区第一网格党支部',
        parentId: home,
        covers: [homeGrid],
      })
    ).id as string;
    neighbour = (
      await server.api(root, 'POST', '/members', {
        name: '王强',
        phone: '13800138002',
        branchId: homeBranch,
        joinedPartyOn: '2015-07-01',
      })
    ).id;
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      server.api(root, 'POST', '/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('san-shequ', 'community_admin', home, '三社区书记');
    await account('liuxin', 'member', branch, '刘欣');
    memberId = (
      await server.api(root, 'POST', '/members', {
        name: '刘欣',
        phone: '13800138001',
        branchId: branch,
        joinedPartyOn: '2012-07-01',
        employerUnitId: unit,
      })
    ).id;
    await server.api(root, 'POST', `/members/${memberId}/account`, { accountId: 'liuxin' });
    // 三社区's residents' wishes: two open, one another member will take first
    await server.api(root, 'POST', '/micro-wishes', { communityId: home, title: '帮独居老人换灯泡' });
    await server.api(root, 'POST', '/micro-wishes', { communityId: home, title: '辅导小学生作业' });
    taken = (await server.api(root, 'POST', '/micro-wishes', { communityId: home, title: '陪老人去医院复查' })).id;
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    server.stop();
  });

  async function open(viewport: 'phone' | 'desktop'): Promise<Page> {
    const context = await browser.newContext(
      viewport === 'phone' ? PHONE : { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' },
    );
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.base}/`);
    return page;
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(`${username}-password`);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-submit').waitFor({ state: 'detached' });
  }

  const chinese = (page: Page) => expectNoRawKeys(page, Object.keys(zhCN));

  let phone: Page;

  it('the member asks for 双报到 on the phone, sees it wait, withdraws it and asks again', async () => {
    phone = await open('phone');
    await signIn(phone, 'liuxin');
    await phone.getByRole('button', { name: '是我，确认关联' }).click();
    const card = phone.getByTestId('community-report');
    await card.getByText('在职党员向居住地社区报到', { exact: false }).waitFor();
    await chinese(phone);
    await screenshot(phone, 'member-report-ask');
    await choose(phone, 'report-community-choice', '三社区');
    await phone.getByTestId('report-ask').click();
    await phone.getByText('已提交，等待社区确认').waitFor();
    await card.getByTestId('report-pending').getByText('三社区').waitFor();
    await chinese(phone);
    await screenshot(phone, 'member-report-pending');

    await phone.getByTestId('report-cancel').click();
    await phone.locator('.ant-popconfirm:not(.ant-popover-hidden) .ant-btn-primary').click();
    await phone.getByText('已撤回申请').waitFor();
    await phone.getByTestId('report-ask').waitFor();
    await choose(phone, 'report-community-choice', '三社区');
    await phone.getByTestId('report-ask').click();
    await card.getByTestId('report-pending').waitFor();
  });

  it('until 三社区 confirms, the phone shows the wishes of the member’s own community only', async () => {
    // the member sees only her own community's wishes until the report stands
    await phone.getByTestId('tab-wishes').click();
    await phone.getByTestId('wishes').first().waitFor();
    expect(await phone.getByText('帮独居老人换灯泡').count()).toBe(0);
  });

  it('三社区’s admin confirms the request on the members page (双报到申请): no personal data shown', async () => {
    const admin = await open('desktop');
    await signIn(admin, 'san-shequ');
    await admin.getByTestId('whoami').waitFor();
    await admin.goto(`${server.base}/members`);
    await admin.getByRole('tab', { name: '双报到申请' }).click();
    const table = admin.getByTestId('report-requests');
    await table.getByText('刘欣').waitFor();
    expect(await table.innerText()).not.toContain('138');
    await chinese(admin);
    await screenshot(admin, 'community-report-requests', { fullPage: false });
    await table.getByTestId('report-confirm').click();
    await admin.getByText('已确认 刘欣 的双报到').waitFor();
    await admin.getByText('没有等待本社区确认的双报到申请。').waitFor();
    await screenshot(admin, 'community-report-confirmed', { fullPage: false });
  });

  it('the member sees the report confirmed, claims a wish of 三社区, marks it done, gives another back', async () => {
    await phone.getByTestId('tab-home').click();
    await phone.reload();
    await phone.getByTestId('report-confirmed').getByText('三社区').waitFor();
    await chinese(phone);
    await screenshot(phone, 'member-report-confirmed');

    await phone.getByTestId('tab-wishes').click();
    const wish = (title: string) => phone.getByTestId('wish').filter({ hasText: title });
    await wish('帮独居老人换灯泡').waitFor();
    await screenshot(phone, 'member-wishes-open');
    await wish('帮独居老人换灯泡').getByTestId('wish-claim').click();
    await phone.getByText('已认领', { exact: true }).first().waitFor();
    await wish('帮独居老人换灯泡').getByText('我认领的').waitFor();
    await wish('帮独居老人换灯泡').getByTestId('wish-fulfil').click();
    await phone.locator('.ant-popconfirm:not(.ant-popover-hidden) .ant-btn-primary').click();
    await phone.getByText('已报告完成，等待社区确认').waitFor();
    await wish('帮独居老人换灯泡').getByText('待确认').waitFor();

    await wish('辅导小学生作业').getByTestId('wish-claim').click();
    await wish('辅导小学生作业').getByTestId('wish-release').waitFor();
    await wish('辅导小学生作业').getByTestId('wish-release').click();
    await phone.locator('.ant-popconfirm:not(.ant-popover-hidden) .ant-btn-primary').click();
    await phone.getByText('已放弃认领').waitFor();
    await wish('辅导小学生作业').getByTestId('wish-claim').waitFor();
    await chinese(phone);
    await screenshot(phone, 'member-wishes-claimed-done');

    // another member took this one after the page was read: the refusal is in Chinese
    await server.api(root, 'POST', `/micro-wishes/${taken}/claim`, { memberId: neighbour });
    await wish('陪老人去医院复查').getByTestId('wish-claim').click();
    await phone.getByText('该心愿已被认领').waitFor();
    await chinese(phone);
    await screenshot(phone, 'member-wish-refused');
  });
});
