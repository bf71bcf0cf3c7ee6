import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../apps/console/src/messages';
import {
  ADMIN,
  choose,
  ConsoleServer,
  expectNoRawKeys as noRawKeys,
  launch,
  pickOrg,
  readPasswords,
  screenshot,
} from './harness';

/**
 * The grid tier in the office console (issue 18): a community admin forms a 网格党支部 over one
 * grid (单独建) and one over two (联合建), a 党小组 over a building with a member seated, is refused
 * the dissolution of a branch that still holds members, in words; appoints a 网格员 with a new
 * `grid_worker` account and ends the term; the figures on the page are the API's. An auditor reads
 * the same page without a single action.
 */
describe('web console: 网格党建 — party branches, party groups, grid roles', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const passwords = new Map<string, string>();
  let root: string;
  let communityId: string;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    browser = await launch('grid-admin');
    root = await server.token(ADMIN.username, ADMIN.password);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await server.api(root, 'POST', '/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    const street = await org('东城街道', 'street', district);
    communityId = await org('二社区', 'community', street);
    const first = await org('第一网格', 'grid', communityId);
    await org('第二网格', 'grid', communityId);
    await org('第三网格', 'grid', communityId);
    await org('1号楼', 'building', first);
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      server.api(root, 'POST', '/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('er-shequ', 'community_admin', communityId, '二社区书记');
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
  const branches = async () =>
    (await server.api(root, 'GET', `/party-organizations?kind=branch&parentId=${communityId}`)).items as Array<{
      id: string;
      name: string;
      members: number;
      groups: number;
      formation: string;
      covers: string[];
    }>;

  it('forms a 网格党支部 over one grid (单独建) and one over two (联合建)', async () => {
    page = await loginAs('er-shequ');
    await page.getByRole('menuitem', { name: '网格党建' }).click();
    await page.getByTestId('party-table').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'party-empty');

    await page.getByTestId('branch-create').click();
    await page.locator('#party-name').fill('第一网格党支部');
    await choose(page, 'party-covers', '第一网格');
    await page.getByTestId('party-formation-preview').getByText('单独建').waitFor();
    await page.locator('.ant-modal-title').click(); // the list folds, the formation shows
    await screenshot(page, 'branch-form-single');
    await page.getByTestId('party-save').click();
    await row(page, 'party-table', '第一网格党支部').getByText('单独建').waitFor();

    await page.getByTestId('branch-create').click();
    await page.locator('#party-name').fill('二三网格联合党支部');
    // the grid the first branch covers is marked as taken
    await page.locator('#party-covers').click();
    await page.locator('.ant-select-item-option-disabled', { hasText: '第一网格党支部' }).waitFor();
    await page.locator('.ant-modal-title').click();
    await choose(page, 'party-covers', '第二网格');
    await choose(page, 'party-covers', '第三网格');
    await page.getByTestId('party-formation-preview').getByText('联合建').waitFor();
    await page.locator('.ant-modal-title').click(); // the list folds, the formation shows
    await screenshot(page, 'branch-form-joint');
    await page.getByTestId('party-save').click();
    const joint = row(page, 'party-table', '二三网格联合党支部');
    await joint.getByText('联合建').waitFor();
    await joint.getByText('第三网格').waitFor();

    const api = await branches();
    expect(api.map((b) => [b.name, b.formation, b.covers.length]).sort()).toEqual([
      ['二三网格联合党支部', 'joint', 2],
      ['第一网格党支部', 'single', 1],
    ]);
    await page.getByTestId('party-table-total').getByText('共 2 条').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'branches');
  });

  it('forms a 党小组 over a building, seats a member; the counts are the API’s', async () => {
    const branch = (await branches()).find((b) => b.name === '第一网格党支部')!;
    await server.api(root, 'POST', '/members', {
      name: '王芳',
      phone: '13700137000',
      branchId: branch.id,
      joinedPartyOn: '2005-07-01',
    });
    await page.reload();
    const first = row(page, 'party-table', '第一网格党支部');
    await first.getByTestId('party-members').getByText('1').waitFor();

    await first.getByTestId('group-create').click();
    await page.locator('#party-name').fill('1号楼党小组');
    await choose(page, 'party-covers', '1号楼');
    await page.getByTestId('party-save').click();
    await first.getByTestId('party-groups').getByText('1').waitFor();
    const after = (await branches()).find((b) => b.id === branch.id)!;
    expect(
      [
        await first.getByTestId('party-members').getAttribute('data-count'),
        await first.getByTestId('party-groups').getAttribute('data-count'),
      ].map(Number),
    ).toEqual([after.members, after.groups]);

    await page.getByTestId('party-kind').getByText('党小组').click();
    const group = row(page, 'party-table', '1号楼党小组');
    await group.getByText('二社区 · 第一网格 · 1号楼').waitFor();
    await group.getByTestId('group-seats').click();
    await choose(page, 'seat-member', '王芳');
    await page.getByTestId('seat-add').click();
    await page.getByTestId('seats-table').getByText('王芳').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'group-seats');
    await page.locator('.ant-drawer-close').click();
    await group.getByTestId('party-members').getByText('1').waitFor();
  });

  it('refuses in words to dissolve a branch that still holds members and a party group', async () => {
    await page.getByTestId('party-kind').getByText('网格党支部').click();
    await row(page, 'party-table', '第一网格党支部').getByTestId('party-dissolve').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    const refusal = page.getByTestId('party-refusal');
    await refusal.getByText('该支部还有 1 名党员（组织关系在本支部）、1 个党小组').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'dissolve-refused');
    expect((await branches()).length).toBe(2);
  });

  it('appoints a 网格员 with a new grid worker account, then ends the term', async () => {
    await page.getByRole('tab', { name: '网格角色' }).click();
    await page.getByTestId('roles-today').waitFor();
    await page.getByTestId('role-list').getByText('惠民政策宣传员').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'roles-empty');

    await page.getByTestId('role-appoint').click();
    await choose(page, 'appoint-role', '网格员');
    await choose(page, 'appoint-member', '王芳');
    await page.getByTestId('worker-create').click();
    await page.locator('#account-username').fill('wangfang-wg');
    await page.locator('#account-display-name').fill('第一网格 王芳');
    await page.getByTestId('account-save').click();
    await readPasswords(page, passwords);
    await page.getByTestId('password-close').click();
    await page
      .locator('#appoint-account')
      .locator('xpath=ancestor::div[contains(@class,"ant-select-selector")]')
      .getByText('wangfang-wg')
      .waitFor();
    await screenshot(page, 'appoint-form');
    await page.getByTestId('appoint-save').click();

    const term = row(page, 'terms-table', '王芳');
    await term.getByText('在任').waitFor();
    await term.getByText('wangfang-wg').waitFor();
    await page.getByTestId('roles-today').getByText('王芳').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'roles-appointed');

    // the account works the grid: its home lists it
    const worker = await server.token('wangfang-wg', passwords.get('wangfang-wg')!);
    const grids = await server.api(worker, 'GET', '/accounts/me/grids');
    expect(grids.items.map((g: { name: string }) => g.name)).toEqual(['第一网格']);

    await term.getByTestId('term-end').click();
    await page.getByTestId('term-end-save').click();
    await page.getByText('任期已结束').waitFor();
    const gridId = grids.items[0].gridId as string;
    const roster = await server.api(root, 'GET', `/organizations/${gridId}/grid-roles`);
    const ended = roster.terms.find((x: { role: string }) => x.role === 'grid_worker');
    expect(ended.endsOn).not.toBeNull();
    await term.getByTestId('term-ends').getByText(ended.endsOn.slice(0, 10)).waitFor();
    // a term that ends today has nothing left to end
    await term.getByTestId('term-end').waitFor({ state: 'detached' });
    await screenshot(page, 'term-ended');
  });

  it('住户与联建单元: registers ten households, forms a 联建单元, chooses this month’s 轮值户 and records a duty', async () => {
    await page.getByRole('tab', { name: '住户与联建单元' }).click();
    await pickOrg(page, 'households-area', '第一网格');
    await page.getByTestId('household-register').click();
    const doors = Array.from({ length: 10 }, (_, i) => `1单元${i + 1}01室`);
    await page.locator('#household-doors').fill(doors.join('\n'));
    await page.getByTestId('household-save').click();
    await page.getByTestId('households-table-total').getByText('共 10 条').waitFor();

    await page.getByTestId('unit-form').click();
    await page.locator('#hu-name').fill('一单元联建单元');
    await page.getByTestId('unit-households-all').click();
    await page.getByTestId('hu-save').click();
    const unit = row(page, 'units-of-area', '一单元联建单元');
    await unit.getByText('10 户').waitFor();
    await unit.getByTestId('unit-rota').click();
    await unit.getByTestId('unit-duty').waitFor();
    const [listed] = (await server.api(root, 'GET', `/household-units?within=${communityId}`)).items;
    expect(await unit.getByTestId('unit-on-duty').innerText()).toBe(listed.rota[0].label);

    await unit.getByTestId('unit-duty').click();
    await choose(page, 'duty-kind', '环境联治');
    await page.locator('#duty-description').fill('清理楼道杂物，张贴垃圾分类提示');
    await page.getByTestId('duty-save').click();
    await unit.locator('.ant-table-row-expand-icon').click();
    await page.getByText('清理楼道杂物，张贴垃圾分类提示').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'household-unit');
    const after = (await server.api(root, 'GET', `/household-units/${listed.id}`)).rota[0].duties;
    expect(after.map((d: { duty: string }) => d.duty)).toEqual(['environment']);

    // 党员中心户: a member of the grid's branch looks after two households
    await page.getByTestId('central-designate').click();
    await choose(page, 'central-member', '王芳');
    await choose(page, 'central-households', '1单元101室');
    await choose(page, 'central-households', '1单元201室');
    await page.locator('.ant-modal-title', { hasText: '确定党员中心户' }).click();
    await page.getByTestId('central-save').click();
    const central = row(page, 'central-table', '王芳');
    await central.getByText('1单元201室').waitFor();
    const designated = await server.api(root, 'GET', `/central-households?within=${communityId}`);
    expect(designated.items.map((c: { households: unknown[] }) => c.households.length)).toEqual([2]);
    await expectNoRawKeys(page);
    await screenshot(page, 'central-households');
  });

  it('shows an auditor the same page without an action', async () => {
    const auditor = await loginAs('shenji');
    await auditor.getByRole('menuitem', { name: '网格党建' }).click();
    await row(auditor, 'party-table', '第一网格党支部').waitFor();
    expect(await auditor.getByTestId('branch-create').count()).toBe(0);
    expect(await auditor.getByTestId('party-dissolve').count()).toBe(0);
    expect(await auditor.getByTestId('group-create').count()).toBe(0);
    await auditor.getByRole('tab', { name: '网格角色' }).click();
    await auditor.getByTestId('terms-table').getByText('王芳', { exact: true }).waitFor();
    expect(await auditor.getByTestId('role-appoint').count()).toBe(0);
    expect(await auditor.getByTestId('term-end').count()).toBe(0);
    await expectNoRawKeys(auditor);
    await screenshot(auditor, 'auditor-roles');
    // and in English, by the toggle
    await auditor.getByTestId('language-toggle').click();
    await auditor.getByRole('tab', { name: 'Grid party organisations' }).click();
    await row(auditor, 'party-table', '第一网格党支部').getByText('Single grid').waitFor();
    await expectNoRawKeys(auditor, false);
    await screenshot(auditor, 'auditor-english');
  });
});
