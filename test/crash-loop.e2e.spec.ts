import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';

// the platform runs compiled, in a child process that is SIGKILLed (ts-jest cannot be killed mid-write)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('../scripts/ensure-built') as { ensureBuilt: (log?: (m: string) => void) => string };

const KILLS = Number(process.env.CRASH_KILLS ?? 20);
const BUDGET_MS = Number(process.env.CRASH_BUDGET_MS ?? 120_000);
const WRITERS = 4;
const ADMIN = { username: 'root', password: 'root-password-1' };

/** A small seeded PRNG (mulberry32), so a failing loop can be replayed with CRASH_SEED. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

describe('crash loop: SIGKILL the embedded platform under write load, restart, lose nothing', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-crash-loop-'));
  let entry: string;
  let port: number;
  let child: ChildProcess | null = null;
  const base = () => `http://127.0.0.1:${port}/api/v1`;

  beforeAll(async () => {
    entry = ensureBuilt(() => undefined);
    port = await freePort();
  }, 240_000);
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<void> {
    child = spawn(process.execPath, [entry], {
      env: {
        ...process.env,
        GONGJIAN_DATA_DIR: dataDir,
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
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    for (let i = 0; i < 600; i++) {
      try {
        if ((await fetch(`${base()}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`platform exited ${child.exitCode}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`platform did not become healthy: ${stderr}`);
  }

  async function kill(): Promise<void> {
    const victim = child!;
    const exited = new Promise((resolve) => victim.once('exit', resolve));
    victim.kill('SIGKILL');
    await exited;
    child = null;
  }

  async function call(method: string, path: string, token: string | null, body?: unknown) {
    const res = await fetch(`${base()}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, any> };
  }

  async function login(): Promise<string> {
    const res = await call('POST', '/auth/login', null, ADMIN);
    expect(res.status).toBe(200);
    return res.body.accessToken as string;
  }

  it(`keeps every acknowledged write through ${KILLS} kills, and rebuilt read models equal incremental ones`, async () => {
    const rng = random(Number(process.env.CRASH_SEED ?? 20261125));
    const deadline = Date.now() + BUDGET_MS;
    await start();
    let token = await login();
    const org = async (name: string, kind: string, parentId?: string) =>
      (await call('POST', '/organizations', token, { name, kind, parentId })).body.id as string;
    const district = await org('崩溃测试区', 'district');
    const street = await org('崩溃街道', 'street', district);
    const community = await org('崩溃社区', 'community', street);

    const acked = new Map<string, string>(); // need id → title
    let sent = 0;
    let kills = 0;
    while (kills < KILLS && Date.now() < deadline) {
      let stop = false;
      const writer = async () => {
        while (!stop) {
          const title = `需求-${kills}-${sent++}`;
          try {
            const res = await call('POST', '/needs', token, {
              communityId: community,
              title,
              category: 'elderly_care',
              tags: ['助餐'],
              quantity: { amount: 10, unit: 'person_hours' },
              window: { from: '2026-12-01', to: '2027-12-31' },
              urgency: 'normal',
            });
            if (res.status === 201) acked.set(res.body.id, title);
            else if (!stop) throw new Error(`write refused while running: ${res.status} ${JSON.stringify(res.body)}`);
          } catch (error) {
            if (!stop && !(error instanceof TypeError)) throw error; // TypeError: fetch failed (killed)
            return;
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      await new Promise((resolve) => setTimeout(resolve, 50 + rng() * 400));
      const killing = kill();
      stop = true;
      await killing;
      await Promise.all(writers);
      kills++;
      await start();
      token = await login();
      // after every restart every acknowledged write is there
      const missing: string[] = [];
      for (const id of acked.keys()) if ((await call('GET', `/needs/${id}`, token)).status !== 200) missing.push(id);
      expect({ kill: kills, missing }).toEqual({ kill: kills, missing: [] });
    }
    expect(kills).toBe(KILLS);
    expect(acked.size).toBeGreaterThan(KILLS);

    // incremental writes after the last restart, then every read model rebuilt into a shadow
    // must equal the live one (which was rebuilt at start and then updated event by event)
    for (let i = 0; i < 20; i++) {
      const res = await call('POST', '/needs', token, {
        communityId: community,
        title: `重启后-${i}`,
        category: 'education',
        quantity: { amount: 5, unit: 'person_hours' },
        window: { from: '2026-12-01', to: '2027-12-31' },
        urgency: 'low',
      });
      expect(res.status).toBe(201);
      if (i % 2 === 0) expect((await call('POST', `/needs/${res.body.id}/cancel`, token, {})).status).toBe(200);
    }
    const projections: string[] = (await call('GET', '/audit/projections', token)).body.items;
    for (const projection of projections) {
      let replay = (await call('POST', '/audit/replays', token, { projection })).body;
      while (replay.status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        replay = (await call('GET', `/audit/replays/${replay.id}`, token)).body;
      }
      expect({
        projection,
        status: replay.status,
        differences: replay.differences,
        breaks: replay.chainBreaks,
      }).toEqual({ projection, status: 'completed', differences: [], breaks: [] });
    }
    await kill();

    // no event twice: one NeedPosted per need stream, chains intact, every acknowledged need in the log
    const store = new SqliteEventStore({ filename: join(dataDir, 'events.db') });
    const events = await store.readAll();
    const posted = events.filter((e) => e.type === 'matching.NeedPosted');
    expect(new Set(posted.map((e) => e.streamId)).size).toBe(posted.length);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    const ids = new Set(posted.map((e) => (e.data as { needId: string }).needId));
    expect([...acked.keys()].filter((id) => !ids.has(id))).toEqual([]);
    await store.close();
  }, 300_000);
});
