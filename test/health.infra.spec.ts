import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MongoClient } from 'mongodb';

/**
 * Health under faults (issue 24 item 5, docs/ops/health.md), with organizations, members,
 * matching and the gateway as separate processes on the real broker and MongoDB-wire server:
 * one service down behind the gateway leaves the gateway ready, reported per service, that
 * service's routes 502 and the others working; a broker outage shows in each service's readiness
 * as `broker unreachable` (degraded, still ready and live) and clears when the broker is back.
 * Needs `npm run build` (test:infra does it).
 */
const brokers = process.env.KAFKA_BROKERS;
const mongoUrl = process.env.MONGODB_URL;
const root = join(__dirname, '..');
const run = Date.now().toString(36);

type Service = 'organizations' | 'members' | 'matching' | 'gateway';

/** A port free right now (the processes get their own, so that parallel runs do not collide). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

if (!brokers || !mongoUrl) {
  console.log('KAFKA_BROKERS or MONGODB_URL not set: health under faults skipped');
  test.skip('health under faults (KAFKA_BROKERS and MONGODB_URL not set)', () => undefined);
} else {
  describe('health under faults: services as processes on Kafka and MongoDB', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-health-'));
    const database = `${new URL(mongoUrl).pathname.slice(1) || 'gongjian'}_${run}`;
    const dbUrl = mongoUrl.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
    const ports = {} as Record<Service, number>;
    const processes = new Map<Service, ChildProcess>();
    const logs = new Map<Service, string>();
    const url = (service: Service) => `http://127.0.0.1:${ports[service]}/api/v1`;
    let token = '';
    const metricsToken = `metrics-${run}-0123456789abcdef0123456789`;
    /** `gongjian_up{check="<check>"}` as matching's /metrics says it */
    const up = async (check: string) => {
      const res = await fetch(`${url('matching')}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
      const line = (await res.text())
        .split('\n')
        .find((l) => l.startsWith('gongjian_up{') && l.includes(`check="${check}"`));
      return line === undefined ? undefined : Number(line.split(' ').pop());
    };

    const env = (service: Service): NodeJS.ProcessEnv => ({
      ...process.env,
      PORT: String(ports[service]),
      GONGJIAN_SERVICE: service,
      GONGJIAN_DATA_DIR: dataDir,
      GONGJIAN_BUS: 'kafka',
      KAFKA_BROKERS: brokers,
      GONGJIAN_READ_STORE: 'mongodb',
      MONGODB_URL: dbUrl,
      GONGJIAN_JWT_SECRET: `secret-${run}-0123456789abcdef0123456789`,
      GONGJIAN_ADMIN_USER: 'root',
      GONGJIAN_ADMIN_PASSWORD: 'root-password-1',
      GONGJIAN_METRICS_TOKEN: metricsToken,
      ORGANIZATIONS_URL: `http://127.0.0.1:${ports.organizations}`,
      MATCHING_URL: `http://127.0.0.1:${ports.matching}`,
      MEMBERS_URL: `http://127.0.0.1:${ports.members}`,
      VOLUNTEERING_URL: '',
      AUDIT_URL: '',
    });

    const until = async (condition: () => Promise<boolean>, what: string, millis = 60_000, service?: Service) => {
      const deadline = Date.now() + millis;
      while (!(await condition().catch(() => false))) {
        if (Date.now() > deadline)
          throw new Error(`timed out waiting for ${what}\n${service ? logs.get(service) : ''}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };

    const get = async (address: string) => {
      const res = await fetch(address, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { status: res.status, body: (await res.json().catch(() => null)) as any };
    };

    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${url('gateway')}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json().catch(() => null)) as any };
    };

    const start = async (service: Service) => {
      const child = spawn(process.execPath, [join(root, `dist/apps/${service}/src/main.js`)], {
        env: env(service),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      logs.set(service, '');
      const collect = (chunk: Buffer) => logs.set(service, (logs.get(service) + chunk.toString()).slice(-20_000));
      child.stdout!.on('data', collect);
      child.stderr!.on('data', collect);
      processes.set(service, child);
      await until(
        async () => (await get(`${url(service)}/health/ready`)).status === 200,
        `${service} ready`,
        90_000,
        service,
      );
    };

    const kill = async (service: Service) => {
      const child = processes.get(service)!;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      processes.delete(service);
    };

    beforeAll(async () => {
      for (const service of ['organizations', 'members', 'matching', 'gateway'] as const)
        ports[service] = await freePort();
      await start('organizations');
      await start('members');
      await start('matching');
      await start('gateway');
      const login = await call('POST', '/auth/login', { username: 'root', password: 'root-password-1' });
      expect(login.status).toBe(200);
      token = login.body.accessToken;
    }, 300_000);

    afterAll(async () => {
      for (const child of processes.values()) child.kill('SIGTERM');
      await Promise.all([...processes.values()].map((child) => new Promise((r) => child.once('exit', r))));
      const client = await MongoClient.connect(dbUrl);
      await client
        .db(database)
        .dropDatabase()
        .catch(() => undefined);
      await client.close();
      rmSync(dataDir, { recursive: true, force: true });
    }, 60_000);

    it('one service down behind the gateway: the gateway stays ready, reports it, answers its routes 502, serves the others', async () => {
      const before = await get(`${url('gateway')}/health/ready`);
      expect(before).toMatchObject({ status: 200, body: { status: 'ok', down: [] } });
      const membersBefore = (await call('GET', '/members')).status;
      expect(membersBefore).toBe(200);

      await kill('members');

      // the gateway is live and ready: one sick service must not take the gateway pods out
      expect((await get(`${url('gateway')}/health/live`)).status).toBe(200);
      const ready = await get(`${url('gateway')}/health/ready`);
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({
        status: 'degraded',
        down: ['members'],
        checks: { organizations: 'ok', matching: 'ok', members: 'down (ECONNREFUSED)' },
        upstreams: {
          members: { status: 'down', httpStatus: null, error: 'ECONNREFUSED' },
          matching: { status: 'up', httpStatus: 200, answer: { status: 'ok', checks: { consumer: 'running' } } },
          organizations: { status: 'up', httpStatus: 200 },
        },
      });
      // the old path answers as readiness does
      expect((await get(`${url('gateway')}/health`)).status).toBe(200);

      // the members routes: 502 (refused), not 504
      const members = await call('GET', '/members');
      expect(members.status).toBe(502);
      expect(members.body).toMatchObject({
        error: 'Bad Gateway',
        details: { service: 'members', code: 'ECONNREFUSED' },
      });
      expect((await call('GET', '/points/rules')).status).toBe(502);

      // every other service works through the gateway
      const district = await call('POST', '/organizations', { name: `区-${run}`, kind: 'district' });
      expect(district.status).toBe(201);
      expect((await call('GET', `/organizations/${district.body.id}`)).status).toBe(200);
      expect((await call('GET', '/needs')).status).toBe(200);

      // back: reported up again, its routes served
      await start('members');
      await until(
        async () => (await get(`${url('gateway')}/health/ready`)).body?.status === 'ok',
        'the gateway to report members up',
      );
      expect((await call('GET', '/members')).status).toBe(membersBefore);
    }, 180_000);

    // stopping the broker needs the broker this repo's script started (KAFKA_PORT tells which)
    const restartable = !!process.env.KAFKA_PORT;
    (restartable ? it : it.skip)(
      'broker unreachable: each service says so in its readiness, stays ready and live, and clears once it is back',
      async () => {
        const kafka = (command: 'stop' | 'restart') =>
          promisify(execFile)(join(root, 'deploy/ci/kafka.sh'), [command], { env: process.env });
        const readiness = async (service: Service) => (await get(`${url(service)}/health/ready`)).body;
        expect(await readiness('matching')).toMatchObject({
          status: 'ok',
          checks: { relay: 'ok', broker: 'reachable' },
        });

        await kafka('stop');
        try {
          // no write waits to be published: the probe tells
          await until(
            async () => (await readiness('matching')).checks.relay === 'broker unreachable',
            'matching to report the broker unreachable',
            60_000,
            'matching',
          );
          const matching = await get(`${url('matching')}/health/ready`);
          expect(matching.status).toBe(200);
          expect(matching.body).toMatchObject({
            status: 'degraded',
            checks: { relay: 'broker unreachable', broker: 'unreachable', brokerError: expect.any(String) },
            relay: { broker: { state: 'unreachable', since: expect.any(String) } },
          });
          // the health pages are public: no broker address
          expect(JSON.stringify(matching.body)).not.toContain(brokers);
          expect((await get(`${url('matching')}/health/live`)).status).toBe(200);
          // and /metrics: ready (degraded counts as ready), not publishing, the broker not answering
          expect([await up('health'), await up('relay'), await up('broker')]).toEqual([1, 0, 0]);
          // writes still work: they land in the service's own event store
          const posted = await call('POST', '/organizations', { name: `断线区-${run}`, kind: 'district' });
          expect(posted.status).toBe(201);
          await until(
            async () => (await readiness('organizations')).checks.relay === 'broker unreachable',
            'organizations to report the broker unreachable',
          );
          // the gateway: ready, every service up (ready, degraded), each with its own answer
          const gateway = await get(`${url('gateway')}/health/ready`);
          expect(gateway.status).toBe(200);
          expect(gateway.body).toMatchObject({
            status: 'ok',
            down: [],
            upstreams: { matching: { status: 'up', answer: { status: 'degraded' } } },
          });
        } finally {
          await kafka('restart');
        }

        for (const service of ['organizations', 'members', 'matching'] as const)
          await until(
            async () => {
              const body = await readiness(service);
              return body.status === 'ok' && body.checks.relay === 'ok' && body.checks.broker === 'reachable';
            },
            `${service} to report the broker back`,
            120_000,
            service,
          );
        const back = await readiness('matching');
        expect(back.relay.broker).toMatchObject({ state: 'reachable', lastError: null, since: null });
        expect([await up('health'), await up('relay'), await up('broker')]).toEqual([1, 1, 1]);
      },
      300_000,
    );
  });
}
