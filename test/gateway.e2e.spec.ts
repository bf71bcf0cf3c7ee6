import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import request from 'supertest';
import { type RunningApp, ServiceRootModule, startApp } from '@gongjian/runtime';
import { startGateway } from '../apps/gateway/src/gateway';
import { MatchingModule } from '../apps/matching/src/matching.module';

describe('gateway in front of a service booted alone', () => {
  let dataDir: string;
  let matching: RunningApp;
  let gateway: INestApplication;
  let token: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongjian-gw-'));
    matching = await startApp(
      ServiceRootModule.forService('matching', MatchingModule, { dataDir, port: 0, jwtSecret: 'gateway-test-secret' }),
      false,
    );
    // the organizations service signs tokens; any holder of the shared secret can, for this test
    token = await matching.app.get(JwtService).signAsync({ sub: 'root', role: 'district_admin', orgId: null });
    process.env.MATCHING_URL = matching.url;
    gateway = await startGateway({ port: 0, logger: false });
  });
  afterAll(async () => {
    await gateway?.close();
    await matching?.app.close();
    delete process.env.MATCHING_URL;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('routes /api/v1/needs to the matching service, keeping headers, status and error bodies', async () => {
    const gw = () => request(gateway.getHttpServer());
    const need = {
      communityId: 'community-9',
      title: '社区法律咨询',
      category: 'legal',
      tags: [],
      quantity: { amount: 4, unit: 'sessions' },
      window: { from: '2026-12-01', to: '2027-01-31' },
      urgency: 'normal',
    };
    await gw().post('/api/v1/needs').send(need).expect(401);
    const auth = `Bearer ${token}`;
    // the service checks the token itself and answers with its own error shape, through the gateway
    const unknown = await gw()
      .post('/api/v1/needs')
      .set('Authorization', auth)
      .set('X-Correlation-Id', 'corr-gw-1')
      .send(need)
      .expect(422);
    expect(unknown.headers['x-correlation-id']).toBe('corr-gw-1');
    expect(unknown.body).toMatchObject({
      statusCode: 422,
      error: 'unknown_community',
      details: { field: 'communityId' },
    });
    const bad = await gw()
      .post('/api/v1/needs')
      .set('Authorization', auth)
      .send({ ...need, urgency: 'x' })
      .expect(400);
    expect(bad.body.details[0].field).toBe('urgency');
    const list = await gw().get('/api/v1/needs?communityId=community-9').set('Authorization', auth).expect(200);
    expect(list.body).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it('aggregates the health of the services it routes to', async () => {
    const res = await request(gateway.getHttpServer()).get('/api/v1/health').expect(200);
    expect(res.body.checks).toEqual({ matching: 'ok' });
    const ready = await request(gateway.getHttpServer()).get('/api/v1/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', service: 'gateway', down: [] });
    // each service with its own readiness answer, a terminus indicator
    expect(ready.body.info).toEqual(ready.body.details);
    expect(ready.body.error).toEqual({});
    expect(ready.body.details.matching).toMatchObject({
      status: 'up',
      httpStatus: 200,
      answer: { status: 'ok', checks: { service: 'matching', relay: 'ok', consumer: 'running' } },
    });
    const live = await request(gateway.getHttpServer()).get('/api/v1/health/live').expect(200);
    expect(live.body).toMatchObject({ status: 'ok', service: 'gateway' });
  });

  it('sends the security headers on what it answers and on what it forwards, and no X-Powered-By', async () => {
    const gw = () => request(gateway.getHttpServer());
    const answers = [
      await gw().get('/api/v1/health').expect(200),
      await gw().get('/api/v1/nowhere').expect(404),
      await gw().post('/api/v1/needs').send({}).expect(401),
    ];
    for (const res of answers) {
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('refuses a body over the limit with 413 itself, and the service refuses what is not JSON with 415', async () => {
    const gw = () => request(gateway.getHttpServer());
    const auth = `Bearer ${token}`;
    const big = await gw()
      .post('/api/v1/needs')
      .set('Authorization', auth)
      .send({ title: 'x'.repeat(300_000) })
      .expect(413);
    expect(big.body).toEqual({
      statusCode: 413,
      error: 'payload_too_large',
      message: 'the request body is larger than 262144 bytes',
    });
    const form = await gw().post('/api/v1/needs').set('Authorization', auth).type('form').send('title=x').expect(415);
    expect(form.body).toMatchObject({ statusCode: 415, error: 'unsupported_media_type' });
  });

  it('answers 503 for a service that is not configured, 404 for an unknown route, 405 for a method its probes lack', async () => {
    await request(gateway.getHttpServer()).get('/api/v1/members').expect(503);
    await request(gateway.getHttpServer()).get('/api/v1/nowhere').expect(404);
    const post = await request(gateway.getHttpServer()).post('/api/v1/health/ready').expect(405);
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('serves one OpenAPI document of the services behind it, each path from its owner', async () => {
    const gw = () => request(gateway.getHttpServer());
    const doc = (await gw().get('/api/v1/docs-json').expect(200)).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/needs'].post.requestBody).toBeDefined();
    expect(doc.paths['/api/v1/matching/runs'].post).toBeDefined();
    expect(doc.paths['/api/v1/health'].get.operationId).toBe('Gateway.health');
    expect(doc.paths['/api/v1/health/ready'].get.operationId).toBe('Gateway.ready');
    expect(doc.paths['/api/v1/health/live'].get.operationId).toBe('Gateway.live');
    // the organizations service is not configured here: none of its routes, and no error
    expect(Object.keys(doc.paths).some((path) => path.startsWith('/api/v1/organizations'))).toBe(false);
    const ref = doc.paths['/api/v1/needs'].post.requestBody.content['application/json'].schema.$ref;
    expect(doc.components.schemas[ref.split('/').pop()]).toBeDefined();
    await gw().get('/api/v1/docs').redirects(1).expect(200);
  });
});

/** A port nothing listens on: connecting to it is refused. */
async function refusedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('gateway with one service down and one that does not answer', () => {
  let dataDir: string;
  let matching: RunningApp;
  let silent: Server;
  let gateway: INestApplication;
  const env = [
    'MATCHING_URL',
    'MEMBERS_URL',
    'VOLUNTEERING_URL',
    'GATEWAY_UPSTREAM_TIMEOUT_MS',
    'GATEWAY_HEALTH_TIMEOUT_MS',
  ];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongjian-gw-down-'));
    matching = await startApp(
      ServiceRootModule.forService('matching', MatchingModule, { dataDir, port: 0, jwtSecret: 'gateway-test-secret' }),
      false,
    );
    // accepts connections and reads requests, never answers
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    process.env.MATCHING_URL = matching.url;
    process.env.MEMBERS_URL = `http://127.0.0.1:${await refusedPort()}`;
    process.env.VOLUNTEERING_URL = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    process.env.GATEWAY_UPSTREAM_TIMEOUT_MS = '500';
    process.env.GATEWAY_HEALTH_TIMEOUT_MS = '300';
    gateway = await startGateway({ port: 0, logger: false });
  });
  afterAll(async () => {
    await gateway?.close();
    await matching?.app.close();
    silent?.closeAllConnections();
    await new Promise((resolve) => silent?.close(resolve));
    for (const name of env) delete process.env[name];
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stays live and ready, and reports each service up or down with its answer', async () => {
    const gw = () => request(gateway.getHttpServer());
    await gw().get('/api/v1/health/live').expect(200);
    for (const path of ['/api/v1/health/ready', '/api/v1/health']) {
      const res = await gw().get(path).expect(200);
      expect(res.body).toMatchObject({
        status: 'degraded',
        down: ['members', 'volunteering'],
        checks: { matching: 'ok', members: 'down (ECONNREFUSED)', volunteering: 'down (ETIMEDOUT)' },
      });
      expect(res.body.details.matching).toMatchObject({ status: 'up', httpStatus: 200, answer: { status: 'ok' } });
      expect(res.body.details.members).toMatchObject({ status: 'down', httpStatus: null, error: 'ECONNREFUSED' });
      expect(res.body.details.volunteering).toMatchObject({ status: 'down', httpStatus: null, error: 'ETIMEDOUT' });
      // terminus's split: the services down under `error`, the one up under `info`
      expect(Object.keys(res.body.error).sort()).toEqual(['members', 'volunteering']);
      expect(Object.keys(res.body.info)).toEqual(['matching']);
      // a public page: no addresses of the services behind the gateway
      expect(JSON.stringify(res.body)).not.toContain('127.0.0.1');
    }
  });

  it('answers 502 for the routes of a refused service, 504 for one that does not answer, and serves the others', async () => {
    const gw = () => request(gateway.getHttpServer());
    const refused = await gw().get('/api/v1/members').expect(502);
    expect(refused.body).toMatchObject({
      statusCode: 502,
      error: 'bad_gateway',
      details: { service: 'members', code: 'ECONNREFUSED' },
    });
    expect(refused.headers['content-type']).toContain('application/json');
    // the gateway's own answer carries the correlation id it gave the request
    expect(refused.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    const timedOut = await gw().get('/api/v1/teams').expect(504);
    expect(timedOut.body).toMatchObject({
      statusCode: 504,
      error: 'gateway_timeout',
      details: { service: 'volunteering', code: 'ETIMEDOUT' },
    });
    // matching's routes are untouched: its own 401 for a request without a token
    await gw().get('/api/v1/needs').expect(401);
  });
});
