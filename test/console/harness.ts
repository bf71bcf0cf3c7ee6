import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('../../scripts/ensure-built') as { ensureBuilt: (log?: (m: string) => void) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureConsole } = require('../../scripts/ensure-console') as {
  ensureConsole: (log?: (m: string) => void) => string;
};

const root = join(__dirname, '../..');
export const ARTIFACTS = join(root, 'test-artifacts/console');
export const ADMIN = { username: 'root', password: 'root-password-1' };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Debian's chromium, installed by deploy/ci/chromium.sh when missing (CHROMIUM_PATH overrides). */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execFileSync(join(root, 'deploy/ci/chromium.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .trim()
    .split('\n')
    .pop()!;
}

/** The compiled platform (with the built console) on a free port and a fresh data directory. */
export class ConsoleServer {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'gongjian-console-'));
  private child: ChildProcess | null = null;
  base = '';

  async start(): Promise<void> {
    const entry = ensureBuilt(() => undefined);
    ensureConsole(() => undefined);
    const port = await freePort();
    this.base = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, [entry], {
      env: {
        ...process.env,
        GONGJIAN_DATA_DIR: this.dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        GONGJIAN_ADMIN_USER: ADMIN.username,
        GONGJIAN_ADMIN_PASSWORD: ADMIN.password,
        MATCHING_EXPIRY_INTERVAL_MS: '0',
      },
      // its log lines (a failed start's fatal line too) are on stdout: kept for the message below
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const keep = (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000));
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    for (let i = 0; i < 600; i++) {
      try {
        if ((await fetch(`${this.base}/api/v1/health`)).ok) return;
      } catch {
        // not listening yet
      }
      if (this.child.exitCode !== null) throw new Error(`platform exited ${this.child.exitCode}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`platform did not become healthy: ${stderr}`);
  }

  stop(): void {
    this.child?.kill('SIGTERM');
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** A JSON call of the API as one account (for seeding what the console does not create). */
  async api<T = any>(token: string | null, method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json as T;
  }

  async token(username: string, password: string): Promise<string> {
    return (await this.api<{ accessToken: string }>(null, 'POST', '/auth/login', { username, password })).accessToken;
  }
}

/** Where this suite's screenshots go: test-artifacts/console/, or a folder of its own there. */
let shots = ARTIFACTS;

/**
 * Starts chromium. `suite`: the suite's screenshots go to test-artifacts/console/<suite>/; each
 * suite clears only its own pictures of an earlier run (not another suite's of this run: every
 * suite that takes screenshots names itself, else the last one to start clears the folder).
 */
export function launch(suite?: string): Promise<Browser> {
  shots = suite ? join(ARTIFACTS, suite) : ARTIFACTS;
  mkdirSync(shots, { recursive: true });
  for (const file of readdirSync(shots)) if (file.endsWith('.png')) rmSync(join(shots, file), { force: true });
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

let shot = 0;
/**
 * Saves a screenshot of the step into test-artifacts/console/ (numbered in order), once the page's
 * transitions are over (a drawer sliding in, a dialog fading out), or after 2 s of them: the whole
 * page, or (`fullPage: false`) what the window shows — a drawer over a long page.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  shot += 1;
  const path = join(shots, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.waitForTimeout(150); // a transition begins a frame or two after the click that starts it
  await waitInPage(
    page,
    `document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)`,
    2000,
  ).catch(() => undefined);
  await page.screenshot({ path, fullPage });
  return path;
}

/**
 * Waits until `expression` (a string: it runs in the page) is true, asking from here every 50 ms.
 * Not `page.waitForFunction`: it evaluates a string inside the page with `eval`, which the console's
 * Content-Security-Policy (script-src 'self') refuses, whereas `page.evaluate` is the browser's own.
 */
export async function waitInPage(page: Page, expression: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until) throw new Error(`waited ${timeout} ms in the page for: ${expression}`);
    await page.waitForTimeout(50);
  }
}

/** Latin words of 3+ letters in rendered text outside code, tags and raw data (a string: it runs in the page). */
const VISIBLE_LATIN_WORDS = `(() => {
  const words = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('code, pre, .ant-tag, [data-latin], script, style, input, textarea')) continue;
    if (parent.getClientRects().length === 0) continue;
    const where = parent.tagName.toLowerCase() + (parent.className ? '.' + String(parent.className).split(' ')[0] : '');
    const text = node.textContent.trim().slice(0, 60);
    for (const word of node.textContent.match(/\\b[A-Za-z]{3,}\\b/g) || []) words.push(word + ' in <' + where + '> ' + text);
  }
  return words;
})()`;

/** Names, not words to translate: the language toggle, the spreadsheet and its file types. */
const LATIN_NAMES = ['English', 'Excel', 'xlsx', 'csv'];

/**
 * No raw message key of `keys` (the console's zh-CN messages) anywhere and, in zh-CN (`zh`), no
 * untranslated Latin word in visible text.
 */
export async function expectNoRawKeys(page: Page, keys: string[], zh = true): Promise<void> {
  await page.waitForLoadState('networkidle');
  const text = await page.locator('body').innerText();
  const shown = (key: string) => new RegExp(`(?<![\\w.])${key.replace(/\./g, '\\.')}(?![\\w.-])`).test(text);
  expect(keys.filter(shown)).toEqual([]);
  if (!zh) return;
  const latin = async () =>
    (await page.evaluate<string[]>(VISIBLE_LATIN_WORDS)).filter((w) => !LATIN_NAMES.includes(w.split(' ')[0]));
  if ((await latin()).length > 0) await page.waitForTimeout(1000);
  expect(await latin()).toEqual([]);
}

/** Opens an antd Select by its input id and picks the option showing `text` (searched first when searchable). */
export async function choose(page: Page, inputId: string, text: string): Promise<void> {
  const input = page.locator(`#${inputId}`);
  // the selector, not the input: a chosen value's label lies over the input and takes the click
  await input.locator('xpath=ancestor::div[contains(@class,"ant-select-selector")]').click();
  if (await input.isEditable()) await input.fill(text);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text })
    .first()
    .click();
}

/**
 * Opens an antd TreeSelect by its input id, searches `search` and picks the node showing `text`
 * (the node found, or one under it: a search keeps the subtree of a node it finds).
 */
export async function pickOrg(page: Page, inputId: string, search: string, text = search): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.click();
  await input.fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper', {
      hasText: text,
    })
    .first()
    .click();
}

/** Reads the passwords of the one-time dialog into `into` (by username); the dialog stays open. */
export async function readPasswords(page: Page, into: Map<string, string>): Promise<void> {
  const dialog = page.locator('.ant-modal-content', { has: page.getByTestId('one-time-password') });
  await dialog.waitFor();
  for (const row of await dialog.locator('.ant-descriptions').all()) {
    const username = (await row.locator('[data-latin]').first().innerText()).trim();
    const password = (await row.getByTestId('one-time-password').innerText()).trim();
    into.set(username, password);
  }
}
