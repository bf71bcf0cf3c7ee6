import { Controller, Get, Logger, Module } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { Public } from '@gongjian/auth';
import { type RunningApp, startApp } from '@gongjian/runtime';
import { PlatformModule } from '../apps/platform/src/platform.module';
import { startPlatform } from '../apps/platform/src/platform';
import { ROOT } from './support/platform';

/** A route that logs while it handles its request, as any handler's `new Logger('X')` does. */
@Controller('log-probe')
class LogProbeController {
  private readonly logger = new Logger('LogProbe');

  @Get()
  probe() {
    this.logger.log('inside the request');
    return { ok: true };
  }

  @Public()
  @Get('public')
  open() {
    this.logger.warn('inside an anonymous request');
    return { ok: true };
  }
}

/**
 * The logs (docs/ops/logging.md): pino's JSON lines, Nest's route table folded into one line,
 * every line written for a request with its correlation id and, once authenticated, its actor,
 * and no secrets. `startApp(…, false)` — the tests' way — writes nothing at all.
 */
describe('logging: JSON lines with the correlation id and the actor', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-logging-'));
  const lines: Record<string, any>[] = [];
  const raw: string[] = [];
  let app: RunningApp;
  const http = () => request(app.app.getHttpServer());
  const after = (mark: number) => lines.slice(mark);

  beforeAll(async () => {
    const capture = new Writable({
      write(chunk, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          raw.push(line);
          lines.push(JSON.parse(line));
        }
        done();
      },
    });
    @Module({
      imports: [PlatformModule.forRoot({ dataDir, port: 0, adminUser: ROOT.username, adminPassword: ROOT.password })],
      controllers: [LogProbeController],
    })
    class ProbedPlatform {}
    app = await startApp(ProbedPlatform, undefined, { logDestination: capture });
  });
  afterAll(async () => {
    await app?.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with one line for the routes, none per module or route', () => {
    expect(lines.filter((l) => /Mapped \{|dependencies initialized|Starting Nest/.test(l.msg))).toEqual([]);
    const started = lines.filter((l) => l.context === 'NestApplication');
    expect(started).toEqual([
      expect.objectContaining({ level: 'info', msg: expect.stringMatching(/^started: \d+ HTTP routes$/) }),
    ]);
    expect(Number(/\d+/.exec(started[0].msg)![0])).toBeGreaterThan(100);
    for (const line of lines) expect(line).toMatchObject({ time: expect.any(String), service: 'platform' });
  });

  it('writes the request line and the lines written meanwhile with the correlation id and the actor', async () => {
    const login = await http().post('/api/v1/auth/login').send(ROOT).expect(200);
    const token = login.body.accessToken as string;
    const mark = lines.length;
    await http()
      .get('/api/v1/log-probe?name=secret-query')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Correlation-Id', 'corr-log-1')
      .expect(200);
    const actor = { accountId: ROOT.username, role: 'district_admin', orgId: null };
    expect(after(mark)).toEqual([
      expect.objectContaining({ context: 'LogProbe', msg: 'inside the request', correlationId: 'corr-log-1', actor }),
      expect.objectContaining({
        level: 'info',
        msg: expect.stringMatching(/^GET \/api\/v1\/log-probe 200 in \d+ ms$/),
        correlationId: 'corr-log-1',
        actor,
        req: { method: 'GET', url: '/api/v1/log-probe', ip: expect.any(String) },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
    // no token, no password, no query string: nothing a request carries but its method and path
    const text = raw.join('\n');
    expect(text).not.toContain(token);
    expect(text).not.toContain(ROOT.password);
    expect(text).not.toContain('secret-query');
    expect(text).not.toMatch(/authorization/i);
  });

  it('gives an anonymous request a correlation id of its own and no actor', async () => {
    const mark = lines.length;
    const res = await http().get('/api/v1/log-probe/public').expect(200);
    const correlationId = res.headers['x-correlation-id'];
    expect(after(mark)).toEqual([
      expect.objectContaining({ level: 'warn', context: 'LogProbe', correlationId }),
      expect.objectContaining({ msg: expect.stringMatching(/^GET \/api\/v1\/log-probe\/public 200/), correlationId }),
    ]);
    for (const line of after(mark)) expect(line.actor).toBeUndefined();
  });

  it('does not log probes that answer well, and logs refused requests', async () => {
    const mark = lines.length;
    await http().get('/api/v1/health/ready').expect(200);
    await http().get('/api/v1/health/live').expect(200);
    await http().get('/api/v1/needs').expect(401);
    expect(after(mark)).toEqual([expect.objectContaining({ msg: expect.stringMatching(/^GET \/api\/v1\/needs 401/) })]);
  });
});

describe('logging off: startApp(…, false)', () => {
  it('writes nothing on standard output or error, from start to stop', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-quiet-'));
    const out = jest.spyOn(process.stdout, 'write');
    const err = jest.spyOn(process.stderr, 'write');
    try {
      const platform = await startPlatform({ dataDir, port: 0 }, false);
      await request(platform.app.getHttpServer()).get('/api/v1/needs').expect(401);
      await platform.app.close();
      expect([...out.mock.calls, ...err.mock.calls]).toEqual([]);
    } finally {
      out.mockRestore();
      err.mockRestore();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
