import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, ConsoleServer, launch, screenshot } from './harness';

/**
 * The daily flow through the browser (issue 8): a community admin logs in and posts a need; a unit
 * contact posts an offer; the admin runs matching and accepts, the unit accepts, the project
 * appears; an auditor opens the project's history. zh-CN throughout; the English toggle works.
 */
describe('web console: need → offer → run → accept → project → audit history', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let communityId: string;

  beforeAll(async () => {
    await server.start();
    browser = await launch();
    const root = await server.token(ADMIN.username, ADMIN.password);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await server.api(root, 'POST', '/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    const street = await org('东城街道', 'street', district);
    communityId = await org('二社区', 'community', street);
    const grid = await org('第一网格', 'grid', communityId);
    await server.api(root, 'POST', '/members', {
      name: '张红梅',
      phone: '13800138000',
      branchId: grid,
      joinedPartyOn: '2001-07-01',
    });
    const unit = (
      await server.api(root, 'POST', '/units', {
        name: '县人民医院',
        sector: 'public_institution',
        locatedIn: communityId,
      })
    ).id as string;
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      server.api(root, 'POST', '/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('er-shequ', 'community_admin', communityId, '二社区书记');
    await account('yiyuan', 'unit_contact', unit, '医院联络员');
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
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.base}/`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(`${username}-password`);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-title').waitFor();
    return page;
  }

  /** Opens an antd Select by its input id and picks the option showing `text`. */
  async function choose(page: Page, inputId: string, text: string): Promise<void> {
    await page.locator(`#${inputId}`).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text })
      .first()
      .click();
  }

  /** No raw message key (nav.home, common.save…) anywhere on the page. */
  async function expectNoRawKeys(page: Page): Promise<void> {
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(
      /\b(app|nav|login|role|common|category|unit|urgency|status|home|needs|offers|matching|projects|org|audit|dash)\.[a-z][A-Za-z_]+(?![\w.-])/,
    );
  }

  let admin: Page;
  let unitPage: Page;
  const NEED = '独居老人助餐';
  const OFFER = '职工志愿助餐服务';

  it('a community admin logs in (zh-CN) and posts a need; API validation shows next to the field, input kept', async () => {
    const anonymous = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    contexts.push(anonymous.context());
    await anonymous.goto(`${server.base}/`);
    await anonymous.getByText('登录共建平台').waitFor();
    await screenshot(anonymous, 'login');

    admin = await loginAs('er-shequ');
    await admin.getByText('尚无匹配建议的需求').waitFor();
    expect(await admin.locator('body').innerText()).toContain('今日待办');
    await expectNoRawKeys(admin);
    await screenshot(admin, 'community-home');

    await admin.getByRole('menuitem', { name: '需求清单' }).click();
    await admin.getByTestId('need-create').click();
    await admin.locator('#need-title').fill(NEED);
    await choose(admin, 'need-category', '助老');
    await admin.locator('#need-amount').fill('20');
    await admin.locator('#need-from').fill('2026-12-01');
    await admin.locator('#need-to').fill('2026-11-01'); // before `from`: the API refuses it
    await admin.locator('#need-tags').fill('助餐');
    await admin.keyboard.press('Enter');
    await admin.locator('.ant-modal-title').click(); // closes the tags dropdown
    await admin.getByTestId('need-save').click();
    await admin.getByText('结束日期不能早于开始日期').waitFor();
    expect(await admin.locator('#need-title').inputValue()).toBe(NEED); // nothing typed is lost
    await screenshot(admin, 'need-validation');

    await admin.locator('#need-to').fill('2027-01-31');
    await admin.getByTestId('need-save').click();
    await admin.getByText('需求已发布').waitFor();
    await admin.getByTestId('needs-table').getByText(NEED).waitFor();
    await expectNoRawKeys(admin);
    await screenshot(admin, 'need-posted');
  });

  it('a unit contact posts an offer serving the community', async () => {
    unitPage = await loginAs('yiyuan');
    await unitPage.getByRole('menuitem', { name: '资源清单' }).click();
    await unitPage.getByTestId('offer-create').click();
    await unitPage.locator('#offer-title').fill(OFFER);
    await choose(unitPage, 'offer-category', '助老');
    await unitPage.locator('#offer-amount').fill('40');
    await unitPage.locator('#offer-from').fill('2026-11-01');
    await unitPage.locator('#offer-to').fill('2027-02-28');
    await choose(unitPage, 'offer-area', '二社区');
    await unitPage.locator('.ant-modal-title').click(); // closes the service-area dropdown
    await unitPage.getByTestId('offer-save').click();
    await unitPage.getByText('资源已发布').waitFor();
    await unitPage.getByTestId('offers-table').getByText(OFFER).waitFor();
    await screenshot(unitPage, 'offer-posted');
  });

  it('the admin runs matching, reads the explanation and accepts; the unit accepts; the project appears', async () => {
    await admin.getByRole('menuitem', { name: '匹配' }).click();
    await admin.getByTestId('run-matching').click();
    await admin.getByTestId('run-result').waitFor();
    expect(await admin.getByTestId('run-result').innerText()).toMatch(/匹配完成：1 条建议/);
    await admin.getByTestId('proposals-table').getByText(NEED).waitFor();
    await admin.getByTestId('proposal-explain').first().click();
    const drawer = admin.locator('.ant-drawer-content');
    await drawer.getByText('得分构成').waitFor();
    await drawer.getByText('结对共建').waitFor();
    await admin.waitForTimeout(500); // let the drawer finish sliding in before the picture
    await screenshot(admin, 'proposal-explanation');
    await drawer.getByTestId('accept-community').click();
    await admin.getByText('已接受，等待另一方确认').waitFor();
    await drawer.getByText('社区', { exact: true }).waitFor(); // the drawer shows who accepted
    await admin.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await screenshot(admin, 'community-accepted');

    await unitPage.getByRole('menuitem', { name: '匹配' }).click();
    await unitPage.getByTestId('proposals-table').getByText(NEED).waitFor();
    await unitPage.getByTestId('proposals-table').getByTestId('accept-unit').click();
    await unitPage.getByText('双方已接受，已生成共建项目').waitFor();
    await unitPage.getByRole('menuitem', { name: '项目清单' }).click();
    await unitPage.getByTestId('projects-table').getByText(NEED).waitFor();
    await unitPage.getByTestId('projects-table').getByText('计划中').waitFor();
    await screenshot(unitPage, 'project-created');

    await admin.getByRole('menuitem', { name: '项目清单' }).click();
    await admin.getByTestId('projects-table').getByText(NEED).waitFor();
  });

  it('the project runs its lifecycle: the unit starts and completes it, the community evaluates it', async () => {
    const projects = unitPage.getByTestId('projects-table');
    await projects.getByTestId('project-start').click();
    await projects.getByText('进行中').waitFor();
    await projects.getByTestId('project-complete').click();
    await unitPage.locator('#project-report').fill('完成 20 人·小时助餐服务');
    await unitPage.locator('.ant-modal-footer .ant-btn-primary').click();
    await projects.getByText('已完成').waitFor();

    await admin.reload();
    await admin.getByTestId('projects-table').getByTestId('project-evaluate').click();
    await admin.locator('.ant-modal-content .ant-rate-star').nth(4).click();
    await admin.locator('#project-comment').fill('老人们很满意');
    await admin.locator('.ant-modal-footer .ant-btn-primary').click();
    await admin.getByTestId('projects-table').getByText('5.0').waitFor();
    await screenshot(admin, 'project-evaluated');
  });

  it("an auditor opens the project's history with its hash chain", async () => {
    const auditor = await loginAs('shenji');
    await auditor.getByRole('menuitem', { name: '项目清单' }).click();
    await auditor.getByTestId('projects-table').getByText(NEED).waitFor();
    await auditor.getByTestId('project-history').first().click();
    await auditor.getByTestId('audit-history').waitFor();
    await auditor.getByText('matching.ProjectCreated').waitFor();
    await auditor.getByText('创建共建项目').waitFor();
    await auditor.getByText('哈希链完整').waitFor();
    expect(await auditor.getByTestId('audit-event').count()).toBeGreaterThanOrEqual(1);
    await expectNoRawKeys(auditor);
    await screenshot(auditor, 'project-history');

    // the English toggle switches every label, and survives a reload
    await auditor.getByTestId('language-toggle').click();
    await auditor.getByText('Event history').waitFor();
    await auditor.getByRole('menuitem', { name: 'Projects' }).waitFor();
    await auditor.reload();
    await auditor.getByText('Hash chain intact').waitFor();
    await auditor.getByText('Project created').waitFor();
    await expectNoRawKeys(auditor);
    await screenshot(auditor, 'english');
    await auditor.getByTestId('language-toggle').click();
    await auditor.getByText('事件历史').waitFor();
  });

  it('the auditor replays a read model with a progress bar, sees no difference, and verifies every hash chain', async () => {
    const auditor = await loginAs('shenji');
    await auditor.getByRole('menuitem', { name: '审计' }).click();
    await auditor.getByRole('tab', { name: '重放' }).click();
    await choose(auditor, 'replay-projection', 'projects');
    await auditor.getByTestId('replay-start').click();
    await auditor.getByText('重放结果与当前读模型一致。').waitFor();
    await auditor.getByTestId('replay-status').locator('.ant-progress').waitFor();
    await screenshot(auditor, 'replay');
    await auditor.getByRole('tab', { name: '完整性校验' }).click();
    await auditor.getByTestId('integrity-check').click();
    await auditor.locator('.ant-result-success').getByText('哈希链完整').waitFor();
    await screenshot(auditor, 'integrity');
  });

  it('the district admin sees the dashboard charts and the organisation tree', async () => {
    const district = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(district);
    const page = await district.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.base}/`);
    await page.locator('#username').fill(ADMIN.username);
    await page.locator('#password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByRole('menuitem', { name: '总览' }).click();
    await page.getByTestId('chart-needs').locator('canvas').waitFor();
    await page.getByText('完成项目最多的驻区单位').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'dashboard');
    await page.getByRole('menuitem', { name: '组织架构' }).click();
    await page.getByTestId('org-tree').getByText('二社区').waitFor();
    await page.getByTestId('org-tree').getByText('东城街道').waitFor();
    await screenshot(page, 'organizations');
    await page.getByRole('menuitem', { name: '党员' }).click();
    await page.getByTestId('members-table').getByText('张红梅').waitFor();
    await page.getByTestId('members-table').getByText('第一网格').waitFor();
    await screenshot(page, 'members');
    await page.getByRole('menuitem', { name: '志愿服务' }).click();
    await page
      .getByText(/该服务尚未上线|暂无活动/)
      .first()
      .waitFor(); // apps/volunteering may not be there yet

    // a 401 (here: a token gone bad) brings the login page back
    await page.evaluate("sessionStorage.setItem('gongjian.token', 'not-a-token')");
    await page.getByRole('menuitem', { name: '需求清单' }).click();
    await page.getByText('登录已过期，请重新登录').waitFor();
    await page.locator('#username').waitFor();
  });
});
