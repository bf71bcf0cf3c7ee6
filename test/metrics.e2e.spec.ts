import request from 'supertest';
import { seedRegion, type Region, TestPlatform } from './support/platform';

const METRICS_TOKEN = 'prometheus-scraper-token-0123456789abcdef';

/** The value of one sample of the Prometheus text format, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.startsWith(name)) continue;
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics: Prometheus metrics of the process, its HTTP routes, event store, relay and bus', () => {
  const t = new TestPlatform({ metricsToken: METRICS_TOKEN });
  let r: Region;
  const scrape = (token = METRICS_TOKEN) =>
    request(t.platform.app.getHttpServer()).get('/api/v1/metrics').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    await t.start();
    r = await seedRegion(t);
  });
  afterAll(() => t.stop());

  it('lets the scraper token, district administrators and auditors read, and nobody else', async () => {
    await scrape().expect(200);
    await r.root.get('/metrics').expect(200);
    await r.auditor.get('/metrics').expect(200);
    await r.communityAdmin.get('/metrics').expect(403);
    await r.unitContact.get('/metrics').expect(403);
    await t.anonymous().get('/metrics').expect(401);
    await scrape(`${METRICS_TOKEN.slice(0, -1)}x`).expect(401);
  });

  it('counts requests by route pattern and status, never by raw path', async () => {
    const labels = { method: 'GET', route: '/api/v1/organizations/:id', status: '200' };
    const before = sample((await scrape()).text, 'gongjian_http_requests_total', labels) ?? 0;
    await r.communityAdmin.get(`/organizations/${r.communityId}`).expect(200);
    await r.communityAdmin.get(`/organizations/${r.streetId}`).expect(200);
    await r.communityAdmin.post('/needs').send({ title: '' }).expect(400);
    const res = await scrape().expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(sample(res.text, 'gongjian_http_requests_total', labels)).toBe(before + 2);
    expect(
      sample(res.text, 'gongjian_http_requests_total', { method: 'POST', route: '/api/v1/needs', status: '400' }),
    ).toBe(1);
    expect(res.text).not.toContain(r.communityId);
    expect(
      sample(res.text, 'gongjian_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/v1/organizations/:id',
      }),
    ).toBeGreaterThanOrEqual(2);
  });

  it('reports health, the event store head, the relay position and dead letters', async () => {
    await r.root.post('/organizations').send({ name: '西城街道', kind: 'street', parentId: r.districtId }).expect(201);
    const text = (await scrape().expect(200)).text;
    const head = await t.platform.inspect.store.headPosition();
    expect(sample(text, 'gongjian_event_store_head_position', { service: 'platform' })).toBe(head);
    expect(sample(text, 'gongjian_relay_position')).toBeLessThanOrEqual(head);
    expect(sample(text, 'gongjian_log_position_gap', { follower: 'relay' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'gongjian_up', { check: 'health' })).toBe(1);
    expect(sample(text, 'gongjian_bus_dead_letters_total')).toBe(0);
    expect(sample(text, 'gongjian_process_resident_memory_bytes', { service: 'platform' })).toBeGreaterThan(0);
  });
});
