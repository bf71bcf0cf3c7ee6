import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('../../scripts/ensure-built') as { ensureBuilt: (log?: (m: string) => void) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureConsole, dir } = require('../../scripts/ensure-console') as {
  ensureConsole: (log?: (m: string) => void) => string;
  dir: string;
};

/** The gateway of the distributed runtime serves the same console at `/`, with the SPA fallback. */
describe('the gateway serves the web console', () => {
  let child: ChildProcess;
  let base: string;

  beforeAll(async () => {
    ensureBuilt(() => undefined);
    ensureConsole(() => undefined);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [join(__dirname, '../../dist/apps/gateway/src/main.js')], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', MATCHING_URL: '', ORGANIZATIONS_URL: '' },
      stdio: 'ignore',
    });
    for (let i = 0; i < 400; i++) {
      try {
        await fetch(`${base}/`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    throw new Error('the gateway did not start');
  }, 300_000);
  afterAll(() => child?.kill('SIGTERM'));

  it('answers / and any console route with index.html, assets with long caching, /api with JSON', async () => {
    const home = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline script (CSP: 'self' only)

    const deep = await fetch(`${base}/audit?stream=matching.need-1`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);

    const asset = readdirSync(join(dir, 'assets')).find((f) => f.startsWith('index-') && f.endsWith('.js'))!;
    const js = await fetch(`${base}/assets/${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');

    const api = await fetch(`${base}/api/v1/nowhere`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { statusCode: number }).statusCode).toBe(404);
  });
});
