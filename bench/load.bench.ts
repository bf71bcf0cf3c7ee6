import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCounty } from './demo-seed';
import { median } from './measure';

// autocannon ships no type declarations
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 16);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const ADMIN = { username: 'admin', password: 'bench-admin-password-1' };

export interface RouteLoad {
  route: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  /** CPU of the platform process over the run, in cores (1.0 = one core busy) */
  serverCpuCores: number;
  serverRssMb: number;
}

/** CPU seconds (user + system) and RSS of a process, from /proc (Linux). */
function usage(pid: number): { cpuSeconds: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuSeconds: ticks / 100, rssMb: Math.round(rssKb / 1024) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startPlatform(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(__dirname, '../apps/platform/src/main.js')], {
    env: {
      ...process.env,
      GONGJIAN_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      GONGJIAN_ADMIN_USER: ADMIN.username,
      GONGJIAN_ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return child;
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error('the platform did not start');
}

/**
 * Load (issue: reliability): the embedded platform in its own process, seeded with a Lijin-sized
 * county (267 needs, 300 offers), under autocannon at a fixed concurrency on the main read and
 * write routes, each beside `/health` (the HTTP stack with no work) in the same run; then a soak
 * run of mixed traffic sampling the server's memory, to show it does not grow with requests.
 */
export async function loadBenchmarks(): Promise<{ routes: RouteLoad[]; soak: unknown }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-load-'));
  const port = await freePort();
  const child = await startPlatform(dataDir, port);
  const base = `http://127.0.0.1:${port}/api/v1`;
  try {
    const county = await seedCounty(base, ADMIN.username, ADMIN.password);
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const needBody = JSON.stringify({
      communityId: county.communities[0],
      title: '压测需求：独居老人助餐',
      category: 'elderly_care',
      tags: ['助餐'],
      quantity: { amount: 10, unit: 'person_hours' },
      window: { from: '2026-12-01', to: '2027-12-31' },
      urgency: 'normal',
    });
    const routes: Array<{ route: string; method: string; path: string; body?: string }> = [
      { route: 'GET /health (HTTP stack only)', method: 'GET', path: '/health' },
      {
        route: 'GET /needs?communityId= (50 per page)',
        method: 'GET',
        path: `/needs?communityId=${county.communities[0]}`,
      },
      {
        route: 'GET /needs?orgId=<district> (subtree, 50 per page)',
        method: 'GET',
        path: `/needs?orgId=${county.district}`,
      },
      { route: 'GET /offers (50 per page)', method: 'GET', path: '/offers' },
      { route: `GET /organizations/:district/tree`, method: 'GET', path: `/organizations/${county.district}/tree` },
      { route: 'POST /needs (append + instant proposals)', method: 'POST', path: '/needs', body: needBody },
    ];
    const results: RouteLoad[] = [];
    for (const r of routes) {
      const before = usage(child.pid!);
      const started = performance.now();
      const out = await autocannon({
        url: `${base}${r.path}`,
        method: r.method,
        headers,
        body: r.body,
        connections: CONNECTIONS,
        duration: SECONDS,
      });
      const elapsed = (performance.now() - started) / 1000;
      const after = usage(child.pid!);
      results.push({
        route: r.route,
        connections: CONNECTIONS,
        seconds: SECONDS,
        requestsPerSecond: Math.round(out.requests.average),
        latencyMs: { p50: out.latency.p50, p99: out.latency.p99 },
        non2xx: out.non2xx,
        errors: out.errors + out.timeouts,
        serverCpuCores: Number(((after.cpuSeconds - before.cpuSeconds) / elapsed).toFixed(2)),
        serverRssMb: after.rssMb,
      });
    }

    // soak: reads at full concurrency plus a trickle of writes; RSS sampled every 5 s
    const samples: Array<{ second: number; rssMb: number }> = [];
    const soakStarted = Date.now();
    const sampler = setInterval(
      () => samples.push({ second: Math.round((Date.now() - soakStarted) / 1000), rssMb: usage(child.pid!).rssMb }),
      5000,
    );
    const [reads, writes] = await Promise.all([
      autocannon({
        url: `${base}/needs?orgId=${county.district}`,
        headers,
        connections: CONNECTIONS,
        duration: SOAK_SECONDS,
      }),
      autocannon({
        url: `${base}/needs`,
        method: 'POST',
        headers,
        body: needBody,
        connections: 1,
        overallRate: 20,
        duration: SOAK_SECONDS,
      }),
    ]);
    clearInterval(sampler);
    const half = Math.floor(samples.length / 2);
    const firstHalf = median(samples.slice(0, half).map((s) => s.rssMb));
    const secondHalf = median(samples.slice(half).map((s) => s.rssMb));
    // least-squares slope of RSS over time, beside the rate of writes that grow the data
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const [mx, my] = [mean(samples.map((s) => s.second)), mean(samples.map((s) => s.rssMb))];
    const slope =
      samples.reduce((acc, s) => acc + (s.second - mx) * (s.rssMb - my), 0) /
      Math.max(
        1,
        samples.reduce((acc, s) => acc + (s.second - mx) ** 2, 0),
      );
    return {
      routes: results,
      soak: {
        seconds: SOAK_SECONDS,
        reads: reads.requests.total,
        writes: writes.requests.total,
        rssMb: samples,
        medianRssFirstHalfMb: firstHalf,
        medianRssSecondHalfMb: secondHalf,
        rssSlopeMbPerMinute: Number((slope * 60).toFixed(2)),
        writesPerMinute: Math.round((writes.requests.total / SOAK_SECONDS) * 60),
        non2xx: reads.non2xx + writes.non2xx,
        note: 'the embedded read models live in memory, so RSS grows with the data written (the writes), not with requests',
      },
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
