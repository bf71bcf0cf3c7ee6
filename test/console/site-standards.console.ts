import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../apps/console/src/messages';
import { ADMIN, choose, ConsoleServer, expectNoRawKeys as noRawKeys, launch, screenshot } from './harness';

/**
 * 阵地考评标准 in the office console (issue 20, DECISIONS 83): the district reads and edits its
 * checklists (五个一 gets a sixth item: version 2) and sees who gives which stars; it opens a point
 * run by two units (多企联建); a street admin rates a station against 七个一, the stars allowed
 * following the items ticked and capped at three (四星级以上由区层面考评); the district rates the
 * units' point five stars against the new version, a photo attached to one item; the history shows
 * each item met or not, with its evidence and the file.
 */
describe('web console: 阵地考评标准 — checklists, the star rule, sites of units', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let root: string;
  let districtId: string;

  beforeAll(async () => {
    await server.start();
    browser = await launch('site-standards');
    root = await server.token(ADMIN.username, ADMIN.password);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await server.api(root, 'POST', '/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    districtId = district;
    const street = await org('东城街道', 'street', district);
    const community = await org('二社区', 'community', street);
    for (const [name, sector] of [
      ['利华益集团', 'state_enterprise'],
      ['鑫泰纺织有限公司', 'private_enterprise'],
    ])
      await server.api(root, 'POST', '/units', { name, sector, locatedIn: community });
    await server.api(root, 'POST', '/service-sites', {
      orgId: community,
      name: '二社区“心联鑫”党群服务站',
      level: 'station',
      address: '东城路 1 号',
    });
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      server.api(root, 'POST', '/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('xian', 'district_admin', district, '县委组织部');
    await account('dongcheng', 'street_admin', street, '东城街道党工委');
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
    await p.getByRole('menuitem', { name: '阵地' }).click();
    await p.getByTestId('sites-table').waitFor();
    return p;
  }

  const expectNoRawKeys = (p: Page, zh = true) => noRawKeys(p, Object.keys(zhCN), zh);
  const row = (p: Page, text: string) => p.getByTestId('sites-table').getByRole('row', { name: new RegExp(text) });
  /** Ticks every item of the rating's checklist but the first `missed`, each with its evidence. */
  async function answer(p: Page, missed = 0) {
    const items = p.getByTestId('rating-checklist').locator('[data-testid^="checklist-item-"]');
    const count = await items.count();
    for (let i = missed; i < count; i++) {
      await items.nth(i).locator('.ant-checkbox-wrapper').click();
      await items
        .nth(i)
        .getByTestId('checklist-note')
        .fill(`台账齐全，现场查看（第 ${i + 1} 项）`);
    }
    return count;
  }
  const stars = (p: Page) => p.locator('.ant-modal-content [data-testid="rating-stars"] .ant-rate-star');

  let district: Page;

  it('the district reads its standards and edits 五个一: a sixth item, version 2', async () => {
    district = await loginAs('xian');
    await district.getByTestId('site-standards-open').click();
    const drawer = district.getByTestId('site-standards');
    await drawer.getByText('四星级以上由区（县）层面考评，街道可评定一至三星。').waitFor();
    await drawer.getByTestId('checklist-station').getByText('一处固定阵地').waitFor();
    expect(await drawer.getByTestId('checklist-station').locator('.ant-list-item').count()).toBe(7);
    await expectNoRawKeys(district);
    await screenshot(district, 'standards');

    await drawer.getByRole('tab', { name: /党群服务点/ }).click();
    await drawer.getByTestId('checklist-edit-point').click();
    await district.getByTestId('checklist-add').click();
    await district.getByTestId('checklist-item-name').last().fill('一块公示栏');
    await district.getByTestId('checklist-item-description').last().fill('服务项目、点长和联系方式上墙公示');
    await expectNoRawKeys(district);
    await screenshot(district, 'checklist-edit');
    await district.getByTestId('checklist-save').click();
    await drawer.getByTestId('checklist-point').getByText('第 2 版').waitFor();
    await drawer.getByTestId('checklist-point').getByText('一块公示栏').waitFor();
    const standards = await server.api(root, 'GET', `/organizations/${districtId}/site-standards`);
    const point = standards.checklists.find((c: { level: string }) => c.level === 'point');
    expect(point).toMatchObject({ version: 2, editedBy: 'xian' });
    expect(point.items).toHaveLength(6);
    await screenshot(district, 'standards-v2');
    await district.locator('.ant-drawer-open .ant-drawer-close').last().click();
  });

  it('the district opens a point run by two units (多企联建), placed in their community', async () => {
    await district.getByTestId('site-create').click();
    await district.getByTestId('site-owner').getByText('驻区单位（多企联建）').click();
    await choose(district, 'site-units', '利华益集团');
    await choose(district, 'site-units', '鑫泰纺织');
    await district.keyboard.press('Escape');
    await district.locator('#site-name').fill('东城工业园多企联建党群服务点');
    await choose(district, 'site-level', '党群服务点');
    await screenshot(district, 'site-of-units');
    await district.getByTestId('site-save').click();
    await row(district, '东城工业园').getByTestId('site-units').getByText('鑫泰纺织有限公司').waitFor();
    const sites = await server.api(root, 'GET', `/service-sites?q=${encodeURIComponent('东城工业园')}`);
    expect(sites.items[0].unitIds).toHaveLength(2);
    await expectNoRawKeys(district);
    await screenshot(district, 'sites-with-units');
  });

  it('a street rates a station against 七个一: the stars allowed follow the items ticked, three at most', async () => {
    const street = await loginAs('dongcheng');
    await row(street, '二社区“心联鑫”党群服务站').getByTestId('site-rate').click();
    await street.getByTestId('rating-checklist').waitFor();
    expect(await answer(street, 1)).toBe(7);
    await street.getByTestId('rating-range').getByText('达标 6/7 项：可评 1–2 星').waitFor();
    expect(await stars(street).count()).toBe(2);
    await street.getByTestId('checklist-item-organisation').locator('.ant-checkbox-wrapper').click();
    await street
      .getByTestId('checklist-item-organisation')
      .getByTestId('checklist-note')
      .fill('站点党组织和负责人明确');
    await street.getByTestId('rating-range').getByText('达标 7/7 项：可评 3 星').waitFor();
    await street.getByText('四星级以上由区（县）层面考评，街道可评定一至三星。').waitFor();
    expect(await stars(street).count()).toBe(3);
    await stars(street).nth(2).click();
    await street.locator('#rating-reason').fill('“七个一”全部达标');
    await expectNoRawKeys(street);
    await screenshot(street, 'rate-street');
    await street.getByTestId('rating-save').click();
    await row(street, '二社区“心联鑫”党群服务站').getByTestId('site-stars').waitFor();
    const site = (await server.api(root, 'GET', `/service-sites?q=${encodeURIComponent('心联鑫')}`)).items[0];
    expect(site.ratings[0]).toMatchObject({
      stars: 3,
      ratedBy: 'dongcheng',
      checklist: { level: 'station', version: 1 },
    });
    expect(site.ratings[0].items.filter((i: { met: boolean }) => i.met)).toHaveLength(7);
  });

  it('the district rates the units’ point five stars against 五个一 version 2; the history shows each item', async () => {
    await district.reload();
    await row(district, '东城工业园').getByTestId('site-rate').click();
    expect(await answer(district)).toBe(6);
    // a photo of the point's notice board as the evidence of its first item
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1cb8a0000000049454e44ae426082',
      'hex',
    );
    await district
      .getByTestId('checklist-item-head')
      .locator('input[type=file]')
      .setInputFiles({ name: '点长公示牌.png', mimeType: 'image/png', buffer: png });
    await district.getByTestId('checklist-item-head').getByText('点长公示牌.png').waitFor();
    await district.getByTestId('rating-range').getByText('达标 6/6 项：可评 3–5 星').waitFor();
    expect(await stars(district).count()).toBe(5);
    await stars(district).nth(4).click();
    await district.locator('#rating-reason').fill('两家企业共建共管，服务职工 300 余人次');
    await screenshot(district, 'rate-district');
    await district.getByTestId('rating-save').click();
    await row(district, '东城工业园').getByTestId('site-stars').waitFor();
    await row(district, '东城工业园').getByTestId('site-history').click();
    await district.getByTestId('site-ratings').getByText('达标 6/6 项（第 2 版清单）').waitFor();
    await district.getByTestId('site-ratings').getByText('一块公示栏').waitFor();
    expect(await district.getByTestId('site-ratings').getByTestId('rating-file').count()).toBe(1);
    await expectNoRawKeys(district);
    await screenshot(district, 'site-history-checklist');
    const site = (await server.api(root, 'GET', `/service-sites?q=${encodeURIComponent('东城工业园')}`)).items[0];
    expect(site.ratings[0]).toMatchObject({ stars: 5, ratedBy: 'xian', checklist: { level: 'point', version: 2 } });
    expect(site.ratings[0].items[0].fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
