import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { type RunningApp, ServiceRootModule, startApp } from '@gongjian/runtime';
import { startGateway } from '../apps/gateway/src/gateway';
import { MatchingModule } from '../apps/matching/src/matching.module';

describe('gateway in front of a service booted alone', () => {
  let dataDir: string;
  let matching: RunningApp;
  let gateway: INestApplication;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongjian-gw-'));
    matching = await startApp(ServiceRootModule.forService('matching', MatchingModule, { dataDir, port: 0 }), false);
    process.env.MATCHING_URL = matching.url;
    gateway = await startGateway(0);
  });
  afterAll(async () => {
    await gateway?.close();
    await matching?.app.close();
    delete process.env.MATCHING_URL;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('routes /api/v1/needs to the matching service, keeping headers, status and error bodies', async () => {
    const need = {
      communityId: 'community-9',
      title: '社区法律咨询',
      category: 'legal',
      tags: [],
      quantity: { amount: 4, unit: 'sessions' },
      window: { from: '2026-12-01', to: '2027-01-31' },
      urgency: 'normal',
    };
    const created = await request(gateway.getHttpServer())
      .post('/api/v1/needs')
      .set('Idempotency-Key', 'gw-1')
      .set('X-Correlation-Id', 'corr-gw-1')
      .send(need)
      .expect(201);
    expect(created.headers['x-correlation-id']).toBe('corr-gw-1');
    const again = await request(gateway.getHttpServer())
      .post('/api/v1/needs')
      .set('Idempotency-Key', 'gw-1')
      .send(need)
      .expect(201);
    expect(again.body.id).toBe(created.body.id);
    const list = await request(gateway.getHttpServer()).get('/api/v1/needs?communityId=community-9').expect(200);
    expect(list.body.items.map((n: { id: string }) => n.id)).toEqual([created.body.id]);
    const bad = await request(gateway.getHttpServer())
      .post('/api/v1/needs')
      .send({ ...need, urgency: 'x' })
      .expect(400);
    expect(bad.body.details[0].field).toBe('urgency');
  });

  it('aggregates the health of the services it routes to', async () => {
    const res = await request(gateway.getHttpServer()).get('/api/v1/health').expect(200);
    expect(res.body.checks).toEqual({ matching: 'ok' });
  });

  it('answers 503 for a service that is not configured and 404 for an unknown route', async () => {
    await request(gateway.getHttpServer()).get('/api/v1/members').expect(503);
    await request(gateway.getHttpServer()).get('/api/v1/nowhere').expect(404);
  });
});
