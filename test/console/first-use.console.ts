import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, ConsoleServer, launch, screenshot } from './harness';

/** Latin words of 3+ letters in visible text outside code and tags (a string: it runs in the page). */
const VISIBLE_LATIN_WORDS = `(() => {
  const words = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('code, pre, .ant-tag, [data-latin], script, style')) continue;
    if (parent.getClientRects().length === 0) continue;
    for (const word of node.textContent.match(/\\b[A-Za-z]{3,}\\b/g) || []) words.push(word + ': ' + node.textContent.trim().slice(0, 60));
  }
  return words;
})()`;

const WINDOW = { from: '2027-01-01', to: '2027-06-30' };

/**
 * Issue 17, "what a first use of today's console showed", in the browser: each role sees only the
 * actions it may take, a refusal reads in Chinese inside the dialog that failed, a district's
 * to-do counts what the API counts past the first 50, urgency reads as its code means, every list
 * names its community, unit, quantity and window, and an auditor finds a history by name.
 */
describe('web console, first use: role actions, to-do counts, labels, audit search (issue 17)', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let root: string;
  let communityA: string;
  let unitA: string;
  let unitB: string;
  let ownOfferId: string;

  beforeAll(async () => {
    await server.start();
    browser = await launch('first-use');
    root = await server.token(ADMIN.username, ADMIN.password);
    const api = <T = any>(method: string, path: string, body?: unknown) => server.api<T>(root, method, path, body);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await api('POST', '/organizations', { name, kind, parentId })).id as string;
    const district = await org('滨城区', 'district');
    const street = await org('市中街道', 'street', district);
    communityA = await org('黄河社区', 'community', street);
    const communityB = await org('渤海社区', 'community', street);
    const unit = async (name: string, sector: string, locatedIn: string) =>
      (await api('POST', '/units', { name, sector, locatedIn })).id as string;
    unitA = await unit('滨城区人民医院', 'public_institution', communityA);
    unitB = await unit('国网滨城供电公司', 'state_enterprise', communityB);
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      api('POST', '/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('yiyuan', 'unit_contact', unitA, '医院联络员');
    await account('gongdian', 'unit_contact', unitB, '供电联络员');
    await account('huanghe', 'community_admin', communityA, '黄河社区书记');
    await account('quwei', 'district_admin', district, '区委组织部');
    await account('shenji', 'auditor', district, '区审计员');

    const unitAToken = await server.token('yiyuan', 'yiyuan-password');
    const unitBToken = await server.token('gongdian', 'gongdian-password');
    const offer = (token: string, unitId: string, title: string, category: string, amount: number) =>
      server.api(token, 'POST', '/offers', {
        unitId,
        title,
        category,
        tags: [],
        capacity: { amount, unit: 'person_hours' },
        window: WINDOW,
        serviceArea: [district],
      });
    // 60 small offers and 70 needs that share a title, as a real list does: 60 find an offer at once
    for (let i = 0; i < 60; i++) await offer(unitBToken, unitB, '老旧小区用电检修', 'property', 4);
    ownOfferId = (await offer(unitAToken, unitA, '医护志愿者上门体检', 'health', 40)).id;
    await offer(unitBToken, unitB, '电力设施安全检查', 'safety', 30);
    for (let i = 0; i < 70; i++)
      await api('POST', '/needs', {
        communityId: i % 2 ? communityA : communityB,
        title: '老旧小区用电检修',
        category: i < 60 ? 'property' : 'legal',
        tags: [],
        quantity: { amount: 4, unit: 'person_hours' },
        window: WINDOW,
        urgency: 'normal',
      });
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    server.stop();
  });

  async function loginAs(username: string, password = `${username}-password`): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.base}/`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-title').waitFor();
    return page;
  }

  async function expectChineseOnly(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    const latin = async () =>
      (await page.evaluate<string[]>(VISIBLE_LATIN_WORDS)).filter((w) => !/^(English|JSON|Lines|CSV|Excel)\b/.test(w));
    if ((await latin()).length > 0) await page.waitForTimeout(1000);
    expect(await latin()).toEqual([]);
  }

  /** Every item of a list route, walking its pages as the API gives them. */
  async function all(path: string, query: Record<string, string>): Promise<any[]> {
    const items: any[] = [];
    for (let cursor = ''; ;) {
      const qs = new URLSearchParams({ ...query, limit: '200', ...(cursor ? { cursor } : {}) });
      const page = await server.api(root, 'GET', `${path}?${qs}`);
      items.push(...page.items);
      if (!page.nextCursor) return items;
      cursor = page.nextCursor;
    }
  }

  it("a unit contact sees edit and withdraw on its own unit's offers only; a refusal reads in Chinese in the dialog", async () => {
    const page = await loginAs('yiyuan');
    await page.getByRole('menuitem', { name: '资源清单' }).click();
    const table = page.getByTestId('offers-table');
    await table.getByText('电力设施安全检查').waitFor();
    const own = table.getByRole('row', { name: /医护志愿者上门体检/ });
    const other = table.getByRole('row', { name: /电力设施安全检查/ });
    await own.getByText('滨城区人民医院').waitFor(); // the unit by name
    await other.getByText('国网滨城供电公司').waitFor();
    expect(await own.getByTestId('item-edit').count()).toBe(1);
    expect(await own.getByTestId('offer-withdraw').count()).toBe(1);
    expect(await other.getByTestId('item-edit').count()).toBe(0);
    expect(await other.getByTestId('offer-withdraw').count()).toBe(0);
    // the list's total, counted by the server
    const offers = await all('/offers', {});
    await page.getByTestId('offers-table-total').getByText(`共 ${offers.length} 条`).waitFor();
    await expectChineseOnly(page);
    await screenshot(page, 'first-use-offers-unit-contact');

    // the offer is withdrawn elsewhere while the dialog is open: the save is refused (409), and the
    // dialog says why, in Chinese, instead of staying silently open
    await own.getByTestId('item-edit').click();
    await page.locator('#offer-title').fill('医护志愿者上门体检（每周二）');
    await server.api(root, 'POST', `/offers/${ownOfferId}/withdraw`, {});
    await page.getByTestId('offer-save').click();
    const error = page.getByTestId('offer-error');
    await error.getByText('该资源已撤回，不能再办理').waitFor();
    expect(await page.locator('#offer-title').inputValue()).toBe('医护志愿者上门体检（每周二）');
    await expectChineseOnly(page);
    await screenshot(page, 'first-use-refusal-in-dialog');
    await page.locator('.ant-modal-close').click();

    // needs are the communities' to edit and cancel: a unit contact reads them, with no buttons
    await page.getByRole('menuitem', { name: '需求清单' }).click();
    const needs = page.getByTestId('needs-table');
    await needs.getByText('老旧小区用电检修').first().waitFor();
    expect(await needs.getByTestId('need-cancel').count()).toBe(0);
    expect(await needs.getByTestId('item-edit').count()).toBe(0);
  });

  it("a community admin edits and cancels its community's needs, not another's; urgency reads 一般", async () => {
    const page = await loginAs('huanghe');
    await page.getByRole('menuitem', { name: '需求清单' }).click();
    const table = page.getByTestId('needs-table');
    await table.getByText('黄河社区').first().waitFor();
    // needs of 黄河社区 carry the actions; the list by default is the admin's own community
    const rows = table.locator('tbody tr.ant-table-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(await table.getByTestId('need-cancel').count()).toBe(count);
    await table.getByText('一般').first().waitFor(); // urgency `normal` is the ordinary need
    expect(await table.getByText('较急').count()).toBe(0);
    await expectChineseOnly(page);
    await screenshot(page, 'first-use-needs-community-admin');
    // the form: required fields marked, dates picked with the Chinese date picker
    await page.getByTestId('need-create').click();
    const form = page.getByTestId('need-form');
    for (const label of ['标题', '类别', '开始', '结束', '紧急程度'])
      expect(await form.locator('label.ant-form-item-required', { hasText: new RegExp(`^${label}$`) }).count()).toBe(1);
    await page.locator('#need-from').click();
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').getByText('今天').waitFor();
    await screenshot(page, 'first-use-need-form-datepicker');
    await page.keyboard.press('Escape');
  });

  it("the district admin's to-do counts what the API counts, past the first 50 rows, by name", async () => {
    const page = await loginAs('quwei');
    const awaiting = page.getByTestId('todo-count-home.awaitingMe');
    await awaiting.waitFor();
    const pending = await all('/proposals', { status: 'pending' });
    const open = await all('/needs', { status: 'open' });
    const proposed = new Set(pending.map((p) => p.needId));
    const expectedAwaiting = pending.filter((p) => !p.acceptedBy.includes('community')).length;
    const expectedOpen = open.filter((n) => !proposed.has(n.id)).length;
    expect(expectedAwaiting).toBeGreaterThan(50);
    expect(await awaiting.getAttribute('data-count')).toBe(String(expectedAwaiting));
    expect(await page.getByTestId('todo-count-home.openNeeds').getAttribute('data-count')).toBe(String(expectedOpen));
    // each line says which: the community, the quantity and the window beside the shared title
    const card = page.getByTestId('todo-home.awaitingMe');
    await card
      .getByText(/黄河社区|渤海社区/)
      .first()
      .waitFor();
    await card
      .getByText(/4 人·小时/)
      .first()
      .waitFor();
    await card.getByText(`另有 ${expectedAwaiting - 8} 项`, { exact: false }).waitFor();
    await expectChineseOnly(page);
    await screenshot(page, 'first-use-district-todo');

    // the proposals list and "why not the other offers": titles with community, unit, quantity, window
    await page.getByRole('menuitem', { name: '匹配' }).click();
    const proposals = page.getByTestId('proposals-table');
    await proposals
      .getByTestId('proposal-need')
      .first()
      .getByText(/黄河社区|渤海社区/)
      .waitFor();
    await proposals.getByTestId('proposal-offer').first().getByText('国网滨城供电公司').waitFor();
    await page.getByTestId(`proposals-table-total`).getByText(`共 ${pending.length} 条`).waitFor();
    await proposals.getByTestId('proposal-explain').first().click();
    const alternatives = page.getByTestId('alternatives');
    await alternatives.getByTestId('alternative-offer').first().getByText('国网滨城供电公司').waitFor();
    await page.waitForTimeout(500); // the drawer slides in
    await expectChineseOnly(page);
    await alternatives.scrollIntoViewIfNeeded();
    await screenshot(page, 'first-use-why-not-the-others', { fullPage: false });
  });

  it('a unit contact accepts for its side only; the district admin may act for both', async () => {
    const page = await loginAs('gongdian');
    await page.getByRole('menuitem', { name: '匹配' }).click();
    const proposals = page.getByTestId('proposals-table');
    await proposals.getByTestId('accept-unit').first().waitFor();
    expect(await proposals.getByTestId('accept-community').count()).toBe(0);
    await screenshot(page, 'first-use-proposals-unit-contact');

    // the district is above both sides: each pending row offers both, side by side
    const admin = await loginAs('quwei');
    await admin.getByRole('menuitem', { name: '匹配' }).click();
    const rows = admin.getByTestId('proposals-table').locator('tbody tr.ant-table-row').first();
    await rows.getByTestId('accept-community').waitFor();
    await rows.getByTestId('accept-unit').waitFor();
    await screenshot(admin, 'first-use-proposals-district-admin');
  });

  it('an auditor finds a need by its title and reads its history in words, ids by name', async () => {
    const page = await loginAs('shenji');
    await page.getByRole('menuitem', { name: '审计' }).click();
    await page.getByTestId('audit-search-input').fill('上门体检');
    await page.getByTestId('audit-search-input').press('Enter');
    const results = page.getByTestId('search-results');
    await results.getByText('资源 · 医护志愿者上门体检').waitFor();
    await expectChineseOnly(page);
    await screenshot(page, 'first-use-audit-search');
    await results.getByText('资源 · 医护志愿者上门体检').click();
    const history = page.getByTestId('audit-history');
    await history.getByText('发布资源').first().waitFor();
    await history.getByText('撤回资源').first().waitFor();
    // the effects name the unit, and the fields in words: no raw ids, no raw field names
    await history
      .getByTestId('audit-effect')
      .getByText(/驻区单位 = 滨城区人民医院/)
      .first()
      .waitFor();
    const effects = (await history.getByTestId('audit-effect').allInnerTexts()).join('\n');
    expect(effects).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/); // no raw id
    expect(effects).not.toMatch(/unitId|serviceArea|postedAt/); // no raw field name
    expect(effects).toContain('服务范围 = 滨城区');
    await expectChineseOnly(page);
    await screenshot(page, 'first-use-audit-history');

    // a unit by its name: its offers beside it
    await page.getByTestId('audit-search-input').fill('供电公司');
    await page.getByTestId('audit-search-input').press('Enter');
    await results.getByText('驻区单位 · 国网滨城供电公司').waitFor();
    // what is about it: its offers and their proposals, counted by kind, the latest listed
    await results.getByTestId('related-kinds').getByText('资源 61').waitFor();
    await results
      .getByText(/匹配建议 · /)
      .first()
      .waitFor();
    await results.getByText(/另有 \d+ 条相关记录/).waitFor();
    await screenshot(page, 'first-use-audit-search-unit');
  });
});
