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
 * A district office sets up and runs its area from the console (issue 17), from an empty data
 * directory: the first-run setup (district, streets and communities, first admins), the tree
 * (create, rename, move, a dissolution refused in words, grids folded), units and their contacts,
 * accounts (create, disable, enable, reset with the password shown once, failed sign-ins cleared),
 * a service site rated with its history, a member transferred across two sides, a status change
 * and back, the erasure of personal data behind its confirmation. Every page in Chinese, one in
 * English. The import and export pages call the spreadsheet routes of the imports service; their
 * browser test is the end-to-end test of the whole issue (a county imported from a sheet).
 */
describe('web console: the district office sets up and runs its area', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** the passwords the console showed once, by username */
  const passwords = new Map<string, string>();
  let root: Page;

  beforeAll(async () => {
    await server.start();
    browser = await launch('administration');
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    server.stop();
  });

  async function signIn(username: string, password: string, landing = 'home-title'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.base}/`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId(landing).waitFor();
    return page;
  }

  /** No raw message key anywhere and, in zh-CN, no untranslated Latin word in visible text. */
  const expectNoRawKeys = (page: Page, zh = true) => noRawKeys(page, Object.keys(zhCN), zh);
  /** Reads the passwords of the one-time dialog (the dialog stays open). */
  const keepPasswords = (page: Page) => readPasswords(page, passwords);

  const menu = (page: Page, name: string) => page.getByRole('menuitem', { name }).click();
  const row = (page: Page, table: string, text: string | RegExp) =>
    page.getByTestId(table).getByRole('row', { name: text instanceof RegExp ? text : new RegExp(text) });

  it('greets the bootstrap administrator of an empty region with the setup: district, streets and communities, first admins', async () => {
    root = await signIn(ADMIN.username, ADMIN.password, 'setup');
    await expectNoRawKeys(root);
    await screenshot(root, 'setup-district');
    await root.locator('#setup-district').fill('利津县');
    await root.getByTestId('setup-district-save').click();

    await root.locator('#setup-street-0').fill('东城街道');
    await root.locator('#setup-communities-0').fill('二社区\n三社区');
    await root.getByTestId('setup-add-street').click();
    await root.locator('#setup-street-1').fill('西城街道');
    await root.locator('#setup-communities-1').fill('五社区、六社区');
    await root.getByTestId('setup-areas-save').click();
    await root.getByTestId('setup-areas-count').getByText('利津县现有 2 个街道、4 个社区').waitFor();
    await expectNoRawKeys(root);
    await screenshot(root, 'setup-areas');
    await root.getByTestId('setup-areas-next').click();

    // the district's and each street's admin are proposed; one community admin is added
    await root.locator('#setup-username-0').fill('lijin');
    await root.locator('#setup-display-0').fill('县委组织部 张伟');
    await root.locator('#setup-username-1').fill('dongcheng');
    await root.locator('#setup-username-2').fill('xicheng');
    await root.getByTestId('setup-add-admin').click();
    await pickOrg(root, 'setup-org-3', '二社区');
    await root.locator('#setup-username-3').fill('er-shequ');
    await root.locator('#setup-display-3').fill('二社区书记');
    await screenshot(root, 'setup-admins');
    await root.getByTestId('setup-admins-save').click();
    await keepPasswords(root);
    expect([...passwords.keys()].sort()).toEqual(['dongcheng', 'er-shequ', 'lijin', 'xicheng']);
    await expectNoRawKeys(root);
    await screenshot(root, 'setup-passwords');
    await root.getByTestId('password-close').click();
    await root.getByTestId('setup-admins-next').click();
    await root.getByTestId('setup-finish').click();
    await root.getByTestId('home-title').waitFor();

    // what the setup made is what the API has
    const token = await server.token(ADMIN.username, ADMIN.password);
    const districts = await server.api(token, 'GET', '/organizations?kind=district');
    expect(districts.items.map((d: { name: string }) => d.name)).toEqual(['利津县']);
    const tree = await server.api(token, 'GET', `/organizations/${districts.items[0].id}/tree`);
    expect(tree.counts).toMatchObject({ organizations: 6 });
    const accounts = await server.api(token, 'GET', '/accounts?role=street_admin');
    expect(accounts.total).toBe(2);
    await server.token('er-shequ', passwords.get('er-shequ')!); // the password shown signs in
  });

  it('组织架构: create, rename, move; a dissolution refused in words; grids folded; counts from the server', async () => {
    await menu(root, '组织架构');
    const tree = root.getByTestId('org-tree');
    await tree.getByText('二社区').click();
    await root.getByTestId('org-add').click();
    await root.locator('#org-name').fill('第一网格');
    await root.getByTestId('org-save').click();
    await root.getByText('已登记“第一网格”').waitFor();
    // grids are folded until their community is opened
    await tree.getByText('东城街道').waitFor();
    expect(await tree.getByText('第一网格').count()).toBe(0);
    await root
      .getByTestId('org-node-二社区')
      .locator('xpath=ancestor::div[contains(@class,"ant-tree-treenode")]')
      .locator('.ant-tree-switcher')
      .click();
    await tree.getByText('第一网格').waitFor();

    await tree.getByText('三社区').click();
    await root.getByTestId('org-rename').click();
    await root.locator('#org-name').fill('三里社区');
    await root.getByTestId('org-save').click();
    await tree.getByText('三里社区').waitFor();

    // 六社区 moves from 西城街道 to 东城街道
    await tree.getByText('六社区').click();
    await root.getByTestId('org-move').click();
    await pickOrg(root, 'org-parent', '东城街道');
    await root.getByTestId('org-save').click();
    await root.getByText('已调整上级').waitFor();
    const token = await server.token(ADMIN.username, ADMIN.password);
    const streets = await server.api(token, 'GET', '/organizations?kind=street&q=东城');
    const dongcheng = await server.api(token, 'GET', `/organizations/${streets.items[0].id}/tree`);
    expect(dongcheng.children.map((c: { name: string }) => c.name).sort()).toEqual(['三里社区', '二社区', '六社区']);

    // a street with communities under it is not dissolved: the reason, in words
    await tree.getByText('东城街道').click();
    await root.getByTestId('org-dissolve').click();
    await root.getByTestId('org-dissolve-confirm').click();
    await root.getByTestId('dissolve-refusal').getByText('不能撤销：其下还有 3 个下级组织').waitFor();
    await expectNoRawKeys(root);
    await screenshot(root, 'org-dissolve-refused');
    await root
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /取\s*消/ })
      .click();

    // an empty community is dissolved
    await tree.getByText('五社区').click();
    await root.getByTestId('org-dissolve').click();
    await root.getByTestId('org-dissolve-confirm').click();
    await root.getByText('已撤销“五社区”').waitFor();
    await tree.getByText('已撤销').waitFor();

    // the detail's counts are the server's, and its units tab lists what the count counts
    await tree.getByText('利津县').first().click();
    await root.getByTestId('org-counts').getByText('驻区单位（含下级）').waitFor();
    await expectNoRawKeys(root);
    await screenshot(root, 'organizations');
  });

  it('驻区单位: register, edit, a contact account (password shown once); 社会组织 apart', async () => {
    await menu(root, '驻区单位');
    await root.getByTestId('unit-create').click();
    await root.locator('#unit-name').fill('县人民医院');
    await choose(root, 'unit-sector', '党政机关');
    await pickOrg(root, 'unit-located', '二社区');
    await root.getByTestId('unit-save').click();
    await root.getByText('已登记“县人民医院”').waitFor();
    await row(root, 'units-table', '县人民医院').getByTestId('unit-edit').click();
    await choose(root, 'unit-sector', '事业单位');
    await root.getByTestId('unit-save').click();
    await row(root, 'units-table', '县人民医院').getByText('事业单位').waitFor();
    await root.getByTestId('units-table-total').getByText('共 1 条').waitFor();

    await row(root, 'units-table', '县人民医院').getByTestId('unit-contacts').click();
    await root.getByTestId('contact-create').click();
    await root.locator('#account-username').fill('yiyuan');
    await root.locator('#account-display-name').fill('医院联络员 刘敏');
    await root.getByTestId('account-save').click();
    await keepPasswords(root);
    await root.getByTestId('password-close').click();
    await root.getByTestId('contacts-table').getByText('医院联络员 刘敏').waitFor();
    await expectNoRawKeys(root);
    await screenshot(root, 'unit-contacts');
    await root.locator('.ant-drawer-open .ant-drawer-close').click();

    await root.getByTestId('units-group').getByText('社会组织').click();
    await root.getByTestId('unit-create').click();
    await root.locator('#unit-name').fill('夕阳红志愿者协会');
    await pickOrg(root, 'unit-located', '二社区');
    await root.getByTestId('unit-save').click();
    await row(root, 'units-table', '夕阳红志愿者协会').getByText('社会组织').waitFor();
    await expectNoRawKeys(root);
    await screenshot(root, 'units');
  });

  it('账号管理: create, disable and enable, reset (shown once; the holder chooses a new one), failed sign-ins cleared', async () => {
    await menu(root, '账号管理');
    await root.getByTestId('account-create').click();
    await choose(root, 'account-role', '社区管理员');
    await pickOrg(root, 'account-org', '三里社区');
    await root.locator('#account-username').fill('san-shequ');
    await root.locator('#account-display-name').fill('三里社区书记');
    await root.getByTestId('account-save').click();
    await keepPasswords(root);
    await root.getByTestId('password-close').click();

    const account = (name: string) => row(root, 'accounts-table', name);
    await account('san-shequ').getByTestId('account-disable').click();
    await root.locator('.ant-popconfirm .ant-btn-primary').click();
    await account('san-shequ').getByText('已停用').waitFor();
    await expect(server.token('san-shequ', passwords.get('san-shequ')!)).rejects.toThrow(/401/);
    await account('san-shequ').getByTestId('account-enable').click();
    await account('san-shequ').getByText('正常').waitFor();

    // failed sign-ins show, and a district admin clears them
    for (let i = 0; i < 3; i++) await server.token('er-shequ', `wrong-password-${i}`).catch(() => undefined);
    await root.reload();
    await account('er-shequ').getByTestId('failures').getByText('3 次').waitFor();
    await account('er-shequ').getByTestId('account-unlock').click();
    await root.getByText('已解除登录限制').waitFor();
    await account('er-shequ').getByTestId('failures').waitFor({ state: 'detached' }); // the list read again
    // the last sign-in of an account that signed in
    await account('er-shequ').getByTestId('last-sign-in').waitFor();

    await account('xicheng').getByTestId('account-reset').click();
    await root.locator('.ant-popconfirm .ant-btn-primary').click();
    await keepPasswords(root);
    await root.getByText('密码只显示这一次').waitFor();
    await expectNoRawKeys(root);
    await screenshot(root, 'account-reset-once');
    await root.getByTestId('password-close').click();
    await account('xicheng').getByText('待修改密码').waitFor();
    await expectNoRawKeys(root);
    await screenshot(root, 'accounts');

    // the holder signs in with the temporary password and must choose a new one first
    const holder = await signIn('xicheng', passwords.get('xicheng')!, 'change-submit');
    await holder.locator('#new-password').fill('xicheng-new-password');
    await holder.locator('#repeat-password').fill('xicheng-new-password');
    await expectNoRawKeys(holder);
    await screenshot(holder, 'change-password');
    await holder.getByTestId('change-submit').click();
    await holder.getByTestId('home-title').waitFor();
    await server.token('xicheng', 'xicheng-new-password');
  });

  /** Ticks every item of the rating's checklist (七个一, 五个一), each with its evidence (issue 20). */
  async function answerChecklist(p: Page) {
    const items = p.getByTestId('rating-checklist').locator('[data-testid^="checklist-item-"]');
    await items.first().waitFor();
    for (let i = 0; i < (await items.count()); i++) {
      await items.nth(i).locator('.ant-checkbox-wrapper').click();
      await items.nth(i).getByTestId('checklist-note').fill('台账齐全');
    }
  }

  it('阵地: register a site, rate its year with the reason, read its history', async () => {
    await menu(root, '阵地');
    await root.getByTestId('site-create').click();
    await pickOrg(root, 'site-org', '二社区');
    await root.locator('#site-name').fill('二社区党群服务站');
    await root.locator('#site-address').fill('东城路 1 号');
    await root.getByTestId('site-save').click();
    await row(root, 'sites-table', '二社区党群服务站').getByTestId('site-rate').click();
    await answerChecklist(root);
    await root.locator('.ant-modal-content .ant-rate-star').nth(3).click();
    await root.locator('#rating-reason').fill('“七个一”标准全部达到，群众满意度高');
    await root.getByTestId('rating-save').click();
    await row(root, 'sites-table', '二社区党群服务站').getByTestId('site-stars').waitFor();
    await row(root, 'sites-table', '二社区党群服务站').getByTestId('site-history').click();
    await root.getByTestId('site-ratings').getByText('“七个一”标准全部达到，群众满意度高').waitFor();
    await expectNoRawKeys(root);
    await screenshot(root, 'site-history');
    await root.locator('.ant-drawer-open .ant-drawer-close').click();
    const token = await server.token(ADMIN.username, ADMIN.password);
    const sites = await server.api(token, 'GET', '/service-sites?q=二社区');
    expect(sites.items[0]).toMatchObject({
      currentStars: 4,
      ratings: [{ stars: 4, year: new Date().getFullYear() - 1 }],
    });
    await expectNoRawKeys(root);
    await screenshot(root, 'sites');

    // the street rates one to three stars: four and five are the district's (seed 002)
    const street = await signIn('dongcheng', passwords.get('dongcheng')!);
    await menu(street, '阵地');
    await row(street, 'sites-table', '二社区党群服务站').waitFor();
    await street.getByTestId('site-create').click();
    await pickOrg(street, 'site-org', '二社区');
    await street.locator('#site-name').fill('二社区第一网格服务点');
    await street.getByTestId('site-save').click();
    await row(street, 'sites-table', '二社区第一网格服务点').getByTestId('site-rate').click();
    await answerChecklist(street);
    await street.getByText('四星级以上由区（县）层面考评，街道可评定一至三星。').waitFor();
    expect(await street.locator('.ant-modal-content .ant-rate-star').count()).toBe(3);
    await street.locator('.ant-modal-content .ant-rate-star').nth(2).click();
    await street.locator('#rating-reason').fill('“五个一”标准基本达到');
    await expectNoRawKeys(street);
    await screenshot(street, 'site-rate-street');
    await street.getByTestId('rating-save').click();
    await row(street, 'sites-table', '二社区第一网格服务点').getByTestId('site-stars').waitFor();
  });

  it('党员: a transfer asked by one community and accepted by the other; a status change and back; erasure behind its confirmation', async () => {
    const token = await server.token(ADMIN.username, ADMIN.password);
    const orgs = async (q: string) =>
      (await server.api(token, 'GET', `/organizations?q=${encodeURIComponent(q)}`)).items[0].id;
    const gridOne = await orgs('第一网格');
    const sanli = await orgs('三里社区');
    const gridThree = (
      await server.api(token, 'POST', '/organizations', { name: '三里一网格', kind: 'grid', parentId: sanli })
    ).id;
    // members belong to the party branches over the grids (issue 18)
    const branchOver = async (grid: string, name: string) => {
      const { parentId } = await server.api(token, 'GET', `/organizations/${grid}`);
      return (
        await server.api(token, 'POST', '/party-organizations', { kind: 'branch', name, parentId, covers: [grid] })
      ).id;
    };
    const grid1 = await branchOver(gridOne, '第一网格党支部');
    const grid3 = await branchOver(gridThree, '三里一网格党支部');
    for (const [name, phone] of [
      ['张红梅', '13800138000'],
      ['王志强', '13700137000'],
    ])
      await server.api(token, 'POST', '/members', { name, phone, branchId: grid1, joinedPartyOn: '2001-07-01' });
    expect(grid3).toBeTruthy();

    const er = await signIn('er-shequ', passwords.get('er-shequ')!);
    await menu(er, '党员');
    await row(er, 'members-table', '张红梅').getByTestId('member-more').click();
    await er.getByRole('menuitem', { name: '组织关系转接' }).click();
    await choose(er, 'transfer-branch', '三里一网格党支部');
    await er.getByTestId('member-action-save').click();
    await er.getByText('已发出转接申请，等待接收方确认').waitFor();
    await row(er, 'members-table', '张红梅').getByText('组织关系转接待确认').waitFor();
    await expectNoRawKeys(er);
    await screenshot(er, 'member-transfer-requested');

    const san = await signIn('san-shequ', passwords.get('san-shequ')!);
    await menu(san, '党员');
    await san.getByTestId('members-view').getByText('待接收的转接').click();
    await row(san, 'members-table', '张红梅').getByTestId('transfer-accept').click();
    await san.getByText('已接收“张红梅”的组织关系').waitFor();
    await san.getByTestId('members-view').getByText('本社区党员').click();
    await row(san, 'members-table', '张红梅').getByText('三里一网格党支部').waitFor();
    await expectNoRawKeys(san);
    await screenshot(san, 'member-transfer-accepted');
    const moved = await server.api(token, 'GET', '/members?q=张红梅');
    expect(moved.items[0]).toMatchObject({ branchId: grid3, pendingTransfer: null });

    // 流动, then found again
    await row(er, 'members-table', '王志强').getByTestId('member-more').click();
    await er.getByRole('menuitem', { name: '变更状态' }).click();
    await choose(er, 'member-status', '流动');
    await er.locator('#member-status-reason').fill('外出务工，在广州');
    await er.getByTestId('member-action-save').click();
    await row(er, 'members-table', '王志强').getByText('流动').waitFor();
    await row(er, 'members-table', '王志强').getByTestId('member-more').click();
    await er.getByRole('menuitem', { name: '变更状态' }).click();
    await choose(er, 'member-status', '恢复正常（找回）');
    await er.getByTestId('member-action-save').click();
    await row(er, 'members-table', '王志强').getByText('正常').waitFor();

    // erasure: the dialog says what it does, and acts only once understood
    await row(er, 'members-table', '王志强').getByTestId('member-more').click();
    await er.getByRole('menuitem', { name: '清除个人信息' }).click();
    await er.getByText('手机号、身份证号和住址在所有记录、备份和导出中都将永久无法读取').waitFor();
    expect(await er.getByTestId('member-action-save').isDisabled()).toBe(true);
    await er.getByTestId('erase-understood').click();
    await expectNoRawKeys(er);
    await screenshot(er, 'member-erase-confirm');
    await er.getByTestId('member-action-save').click();
    await er.getByText('个人信息已清除').waitFor();
    await row(er, 'members-table', '王志强').getByTestId('member-open').click();
    await er.getByTestId('personal-erased').waitFor();
    await er.getByTestId('member-history').getByText('状态变为“流动”').waitFor();
    await expectNoRawKeys(er);
    await screenshot(er, 'member-history');
    const erased = await server.api(token, 'GET', '/members?q=王志强');
    expect(erased.items[0]).toMatchObject({ personalData: 'erased', phone: null, name: '王志强', status: 'normal' });
  });

  it('the import and export page in Chinese, and the accounts page in English', async () => {
    await menu(root, '导入导出');
    await root.getByTestId('import-organizations').waitFor();
    await root.getByTestId('exports').getByText('党员名册', { exact: true }).waitFor();
    await expectNoRawKeys(root);
    await screenshot(root, 'imports');

    await root.getByTestId('language-toggle').click();
    await menu(root, 'Accounts');
    await root.getByText('Last sign-in').waitFor();
    await expectNoRawKeys(root, false);
    await screenshot(root, 'accounts-english');
    await root.getByTestId('language-toggle').click();
  });
});
