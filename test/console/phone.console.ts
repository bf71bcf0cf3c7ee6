import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../apps/console/src/messages';
import { ADMIN, ARTIFACTS, ConsoleServer, launch, screenshot } from './harness';

const HOUR = 3_600_000;
/** A phone of the range (360–414 px wide): 390 × 844, touch, a phone's user agent. */
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
};

/** Latin words of 3+ letters in rendered text outside code, tags and raw data (a string: it runs in the page). */
const VISIBLE_LATIN_WORDS = `(() => {
  const words = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('code, pre, [data-latin], script, style')) continue;
    if (parent.getClientRects().length === 0) continue;
    for (const word of node.textContent.match(/\\b[A-Za-z]{3,}\\b/g) || []) words.push(word + ' in ' + node.textContent.trim().slice(0, 60));
  }
  return words;
})()`;

/** What the browser fetched: requests and the bytes that came over the wire (bodies as sent, headers). */
interface Load {
  /** requests that went over the network */
  requests: number;
  /** requests the browser's cache answered */
  cached: number;
  bytes: number;
  scripts: { requests: number; bytes: number };
  byType: Record<string, { requests: number; bytes: number }>;
}

/**
 * People acting for themselves, on a phone (issue 18): a party member signs in, confirms the link
 * to their member record, signs up for an activity (招募令), checks in with the six digits the
 * organiser's screen shows (扫码签到; the test reads them from the organiser's page in a second
 * browser), checks out; the organiser verifies the hours and the points appear on the member's
 * phone. A resident volunteer registers with consent and does the same, and gets hours without
 * points. The first load of a volunteer's phone is measured (bytes and requests). zh-CN
 * throughout; screenshots in test-artifacts/console/phone/.
 */
describe('the console on a phone: a member and a resident volunteer act for themselves', () => {
  const server = new ConsoleServer();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let memberId: string;
  let activityId: string;
  let organiser: Page;
  const ACTIVITY = '敬老院助老';
  const figures: Record<string, Load> = {};

  beforeAll(async () => {
    await server.start();
    browser = await launch('phone');
    const root = await server.token(ADMIN.username, ADMIN.password);
    const org = async (name: string, kind: string, parentId?: string) =>
      (await server.api(root, 'POST', '/organizations', { name, kind, parentId })).id as string;
    const district = await org('利津县', 'district');
    const street = await org('东城街道', 'street', district);
    const community = await org('二社区', 'community', street);
    const grid = await org('第一网格', 'grid', community);
    const account = (username: string, role: string, orgId: string, displayName: string) =>
      server.api(root, 'POST', '/accounts', { username, password: `${username}-password`, role, orgId, displayName });
    await account('er-shequ', 'community_admin', community, '二社区书记');
    await account('zhanghm', 'member', grid, '张红梅');
    await account('zhaoay', 'resident', community, '赵阿姨');
    // a member belongs to a party branch (issue 18), here the one over the grid
    const branch = (
      await server.api(root, 'POST', '/party-organizations', {
        kind: 'branch',
        name: '第一网格党支部',
        parentId: community,
        covers: [grid],
      })
    ).id as string;
    memberId = (
      await server.api(root, 'POST', '/members', {
        name: '张红梅',
        phone: '13800138000',
        branchId: branch,
        joinedPartyOn: '2001-07-01',
      })
    ).id;
    // the branch's administrator proposes the link; the member confirms it on the phone
    await server.api(root, 'POST', `/members/${memberId}/account`, { accountId: 'zhanghm' });
    // residents' micro-wishes: one open, one the community recorded as claimed by the member
    await server.api(root, 'POST', '/micro-wishes', { communityId: community, title: '帮独居老人换灯泡' });
    const wish = await server.api(root, 'POST', '/micro-wishes', {
      communityId: community,
      title: '陪王奶奶去医院复查',
      description: '周三上午，县人民医院',
    });
    await server.api(root, 'POST', `/micro-wishes/${wish.id}/claim`, { memberId });
    const publish = async (title: string, startsIn: number, hours: number, openTo: string[]) =>
      (
        await server.api(root, 'POST', '/activities', {
          title,
          orgId: grid,
          category: 'elderly_care',
          place: '东城敬老院',
          startsAt: new Date(Date.now() + startsIn * HOUR).toISOString(),
          endsAt: new Date(Date.now() + (startsIn + hours) * HOUR).toISOString(),
          slots: 10,
          pointsPerHour: 10,
          openTo,
        })
      ).id as string;
    await publish('周末社区义诊', 48, 3, ['members']);
    await publish('楼道清洁', 24, 2, ['members', 'residents']);
    // under way: started an hour ago, ends in two
    activityId = await publish(ACTIVITY, -1, 3, ['members', 'residents']);
  }, 300_000);

  afterAll(async () => {
    writeFileSync(join(ARTIFACTS, 'phone', 'first-load.json'), JSON.stringify(figures, null, 2) + '\n');
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

  /** Counts what the page fetches from now on: every finished request, with its bytes over the wire. */
  function meter(page: Page): () => Load {
    const load: Load = { requests: 0, cached: 0, bytes: 0, scripts: { requests: 0, bytes: 0 }, byType: {} };
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => null);
      const bytes = sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
      const type = request.resourceType();
      if (bytes === 0) {
        load.cached += 1; // served from the browser's cache: nothing travelled
        return;
      }
      load.requests += 1;
      load.bytes += bytes;
      load.byType[type] = {
        requests: (load.byType[type]?.requests ?? 0) + 1,
        bytes: (load.byType[type]?.bytes ?? 0) + bytes,
      };
      if (type === 'script') {
        load.scripts.requests += 1;
        load.scripts.bytes += bytes;
      }
    });
    return () => JSON.parse(JSON.stringify(load)) as Load;
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(`${username}-password`);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-title').waitFor();
  }

  /** No raw message key and, in zh-CN, no Latin word in what a person reads. */
  async function expectChinese(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    const text = await page.locator('body').innerText();
    const shown = (key: string) => new RegExp(`(?<![\\w.])${key.replace(/\./g, '\\.')}(?![\\w.-])`).test(text);
    expect(Object.keys(zhCN).filter(shown)).toEqual([]);
    const latin = () => page.evaluate<string[]>(VISIBLE_LATIN_WORDS);
    if ((await latin()).length > 0) await page.waitForTimeout(1000);
    expect(await latin()).toEqual([]);
  }

  /** The six digits on the organiser's screen now (the organiser's page asks for a new code every 30 s). */
  async function organiserDigits(): Promise<string> {
    if (!organiser.url().includes('/check-in-code/'))
      await organiser.goto(`${server.base}/check-in-code/${activityId}`);
    const digits = organiser.getByTestId('check-in-digits');
    await digits.waitFor();
    return (await digits.getAttribute('data-digits'))!;
  }

  /**
   * A phone whose browser reads QR codes (BarcodeDetector, as Chrome on Android has) and whose
   * camera films a canvas: the detector "sees" the code the test puts in `window.__qr` — the
   * organiser's code text, read from the organiser's screen.
   */
  const CAMERA = `(() => {
    window.BarcodeDetector = class {
      constructor(options) { this.formats = options.formats; }
      async detect() { return window.__qr ? [{ rawValue: window.__qr, format: 'qr_code' }] : []; }
    };
    navigator.mediaDevices.getUserMedia = async () => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 240;
      const context = canvas.getContext('2d');
      setInterval(() => { context.fillStyle = '#' + Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0'); context.fillRect(0, 0, 240, 240); }, 100);
      return canvas.captureStream(10);
    };
  })()`;

  /** On the volunteer's phone: from the activity's page to the code page, the digits typed, the answer awaited. */
  async function checkInOrOut(page: Page, button: 'go-check-in' | 'go-check-out', done: string): Promise<void> {
    await page.getByTestId(button).click();
    await page.locator('#check-in-digits').fill(await organiserDigits());
    await page.getByTestId('check-in-submit').click();
    await page.getByTestId('scan-done').getByText(done).waitFor();
  }

  /** The organiser confirms the hours of the row showing `name` in the activity's drawer. */
  async function verifyHours(name: string, hours: string): Promise<void> {
    await organiser.goto(`${server.base}/volunteering`);
    await organiser.getByTestId('activities-table').getByText(ACTIVITY).click();
    const row = organiser.getByTestId('signups-table').getByRole('row', { name: new RegExp(name) });
    await row.getByTestId('row-check-in').waitFor(); // the check-in and check-out times are shown
    await row.getByRole('spinbutton').fill(hours);
    await row.getByTestId('attendance-submit').click();
    await row.getByText(`${hours} 小时`).waitFor();
  }

  it('the organiser opens the activity’s check-in code: a QR code, six digits and a countdown', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    contexts.push(context);
    organiser = await context.newPage();
    organiser.setDefaultTimeout(20_000);
    await organiser.goto(`${server.base}/`);
    await signIn(organiser, 'er-shequ');
    await organiser.getByRole('menuitem', { name: '志愿服务' }).click();
    await organiser.getByTestId('activities-table').getByText(ACTIVITY).click();
    await organiser.getByTestId('activity-drawer').waitFor();
    await screenshot(organiser, 'organiser-drawer', { fullPage: false });
    await organiser.getByTestId('open-check-in-code').click();
    expect(await organiserDigits()).toMatch(/^\d{6}$/);
    await organiser.getByTestId('check-in-qr').locator('canvas').waitFor();
    expect(await organiser.getByTestId('code-countdown').innerText()).toMatch(/^\d+ 秒后刷新$/);
    expect(await organiser.getByTestId('code-title').innerText()).toBe(ACTIVITY);
    await expectChinese(organiser);
    await screenshot(organiser, 'organiser-code');
  });

  it('a member signs in on a phone (first load measured), confirms the link to their record, signs up', async () => {
    const page = await phone();
    const loginLoad = meter(page);
    await page.goto(`${server.base}/`);
    await page.getByText('登录共建平台').waitFor();
    await page.waitForLoadState('networkidle');
    figures.login = loginLoad();
    const manifest = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(manifest).toBe('/manifest.webmanifest');
    await screenshot(page, 'login');

    const homeLoad = meter(page);
    await signIn(page, 'zhanghm');
    await page.getByText('管理员请您确认：张红梅 是您的党员档案吗？').waitFor();
    await page.waitForLoadState('networkidle');
    figures.signedInHome = homeLoad();
    await expectChinese(page);
    await screenshot(page, 'member-link-proposal');
    await page.getByRole('button', { name: '是我，确认关联' }).click();
    await page.getByTestId('my-points').waitFor();
    expect(await page.getByTestId('my-points').innerText()).toBe('0');
    await screenshot(page, 'member-home');

    // the phone's home opened anew with nothing cached (a first visit with the session kept), then
    // again from the cache (the scripts are immutable: only the page and the API's answers travel)
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const cold = meter(page);
    await page.reload();
    await page.getByTestId('my-points').waitFor();
    await page.waitForLoadState('networkidle');
    figures.phoneHomeCold = cold();
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    const warm = meter(page);
    await page.reload();
    await page.getByTestId('my-points').waitFor();
    await page.waitForLoadState('networkidle');
    figures.phoneHomeCached = warm();
    // sizes, not times: what travels stays within what a slow network carries quickly
    expect(figures.phoneHomeCold.scripts.bytes).toBeLessThan(400 * 1024);
    expect(figures.login.bytes).toBeLessThan(350 * 1024);

    await page.getByTestId('tab-activities').click();
    await page.getByTestId('open-activities').getByText(ACTIVITY).waitFor();
    await page.getByTestId('open-activities').getByText('周末社区义诊').waitFor();
    await expectChinese(page);
    await screenshot(page, 'member-activities');
    await page.getByTestId('open-activities').getByText(ACTIVITY).click();
    await page.getByTestId('sign-up').click();
    await page.getByText('报名成功').waitFor();
    await page.getByTestId('go-check-in').waitFor();
    await expectChinese(page);
    await screenshot(page, 'member-signed-up');

    // a wrong code is refused in Chinese, and nothing is recorded
    await page.getByTestId('go-check-in').click();
    await page.getByTestId('scan-unsupported').waitFor(); // chromium on Linux has no BarcodeDetector: digits
    const right = await organiserDigits();
    await page.locator('#check-in-digits').fill(right === '000000' ? '000001' : '000000');
    await page.getByTestId('check-in-submit').click();
    await page
      .getByTestId('scan-error')
      .getByText('签到码无效，请扫描组织者屏幕上的签到码，或重新输入六位数字')
      .waitFor();
    await expectChinese(page);
    await screenshot(page, 'member-wrong-code');
    await page.goBack();

    await checkInOrOut(page, 'go-check-in', '签到成功');
    await expectChinese(page);
    await screenshot(page, 'member-checked-in');
    await page.getByRole('button', { name: '我的状态' }).click();
    await checkInOrOut(page, 'go-check-out', '签退成功');
    await screenshot(page, 'member-checked-out');

    // the organiser's screen counts the check-in; the organiser confirms the hours
    await organiser.reload();
    await organiser.getByText('已签到 1 人｜已报名 1 人').waitFor();
    await verifyHours('张红梅', '2');
    await screenshot(organiser, 'organiser-verified', { fullPage: false });

    // the points follow the verified hours (the members service awards them from the event)
    await page.getByTestId('tab-home').click();
    for (let i = 0; (await page.getByTestId('my-points').innerText()) !== '20'; i++) {
      expect(i).toBeLessThan(40);
      await page.waitForTimeout(250);
      await page.reload();
      await page.getByTestId('my-points').waitFor();
    }
    await page.getByTestId('my-hours').getByText('2 小时').waitFor();
    await page.getByTestId('my-activities').getByText('已核实 2 小时').waitFor();
    await expectChinese(page);
    await screenshot(page, 'member-points');
    await page.getByTestId('tab-points').click();
    await page.getByTestId('ledger').getByText(ACTIVITY).waitFor();
    expect(await page.getByTestId('points-balance').innerText()).toBe('20');
    await page.getByTestId('ledger').getByText('+20').waitFor();
    await expectChinese(page);
    await screenshot(page, 'member-ledger');
    await page.getByTestId('tab-wishes').click();
    await page.getByText('社区居民的微心愿', { exact: false }).waitFor();
    await page.getByTestId('wishes').getByText('帮独居老人换灯泡').waitFor();
    expect(await page.getByTestId('wish').filter({ hasText: '陪王奶奶去医院复查' }).innerText()).toContain('我认领的');
    await expectChinese(page);
    await screenshot(page, 'member-wishes');
  });

  it('a resident volunteer registers with consent, signs up, checks in by camera and out by digits, and gets hours without points', async () => {
    const page = await phone();
    await page.addInitScript(CAMERA);
    await page.goto(`${server.base}/`);
    await page.locator('#username').fill('zhaoay');
    await page.locator('#password').fill('zhaoay-password');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('register-resident').waitFor();
    await page.getByTestId('register-submit').click();
    await page.getByText('须勾选同意才能登记').waitFor(); // nothing is kept without consent
    await page.locator('#resident-name').fill('赵阿姨');
    await page.locator('#resident-phone').fill('13600003333');
    await page.locator('#resident-consent').check();
    await expectChinese(page);
    await screenshot(page, 'resident-register');
    await page.getByTestId('register-submit').click();
    await page.getByTestId('home-title').getByText('赵阿姨，您好').waitFor();
    await page.getByText('136****3333').waitFor();
    expect(await page.getByTestId('tab-points').count()).toBe(0); // no points page for a resident
    await screenshot(page, 'resident-home');

    await page.getByTestId('tab-activities').click();
    await page.getByTestId('open-activities').getByText(ACTIVITY).waitFor();
    // an activity for members only says so, and offers no sign-up
    await page.getByTestId('open-activities').getByText('周末社区义诊').click();
    await page.getByText('本活动不接受居民志愿者报名').waitFor();
    expect(await page.getByTestId('sign-up').count()).toBe(0);
    await screenshot(page, 'resident-members-only');
    await page.goBack();
    await page.getByTestId('open-activities').getByText(ACTIVITY).click();
    await page.getByTestId('sign-up').click();
    await page.getByText('报名成功').waitFor();
    // this phone reads the QR code through its camera
    await page.getByTestId('go-check-in').click();
    await page.getByTestId('open-camera').click();
    await page.locator('video.phone-video').waitFor();
    await screenshot(page, 'resident-camera');
    await organiserDigits();
    const qr = (await organiser.getByTestId('check-in-qr').getAttribute('data-code'))!;
    expect(qr).toMatch(new RegExp(`^C1\\.\\d+\\.[\\w-]+\\.${activityId}$`));
    await page.evaluate(`window.__qr = ${JSON.stringify(qr)}`);
    await page.getByTestId('scan-done').getByText('签到成功').waitFor();
    await expectChinese(page);
    await screenshot(page, 'resident-checked-in');
    await page.getByRole('button', { name: '我的状态' }).click();
    await checkInOrOut(page, 'go-check-out', '签退成功');
    await expectChinese(page);
    await screenshot(page, 'resident-checked-out');

    await verifyHours('赵阿姨', '1.5');
    await page.getByTestId('tab-home').click();
    await page.getByTestId('my-hours').getByText('1.5 小时').waitFor();
    await page.getByTestId('my-count').getByText('1 次').waitFor();
    await page.getByTestId('no-points').getByText('不计党员积分').waitFor();
    expect(await page.getByTestId('my-points').count()).toBe(0);
    await page.getByTestId('my-activities').getByText('已核实 1.5 小时').waitFor();
    await expectChinese(page);
    await screenshot(page, 'resident-hours');
    // the English toggle, from the menu of the top bar
    await page.getByTestId('phone-menu').click();
    await page.getByTestId('language-toggle').click();
    await page.getByText('Volunteer hours').waitFor();
    await page.getByText('My activities').waitFor();
    await screenshot(page, 'resident-hours-en');
    await page.getByTestId('phone-menu').click();
    await page.getByTestId('language-toggle').click();
    await page.getByText('志愿时长').waitFor();
  });

  it('serves the web app’s manifest and icons, and scripts gzipped', async () => {
    const manifest = await fetch(`${server.base}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toMatch(/manifest\+json/);
    const body = (await manifest.json()) as { icons: Array<{ src: string; sizes: string }>; theme_color: string };
    expect(body.theme_color).toBe('#c0392b');
    expect(body.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of body.icons) {
      const res = await fetch(`${server.base}${icon.src}`);
      expect({ src: icon.src, status: res.status, type: res.headers.get('content-type') }).toEqual({
        src: icon.src,
        status: 200,
        type: 'image/png',
      });
    }
    // the scripts travel gzipped to a browser that takes gzip, plain to one that does not
    const html = await (await fetch(`${server.base}/`, { headers: { accept: 'text/html' } })).text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)![1];
    const zipped = await fetch(`${server.base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toMatch(/javascript/);
    expect(zipped.headers.get('cache-control')).toContain('immutable');
    expect(await zipped.text()).toMatch(/^(import|var|const|function|\(|!|"use strict")/);
    const plain = await fetch(`${server.base}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    // what a phone fetched: the figures of the first load (written to first-load.json beside the screenshots)
    console.log(`first load of a volunteer's phone: ${JSON.stringify(figures, null, 2)}`);
    expect(figures.login.byType.script.requests).toBeGreaterThan(0);
  });
});
