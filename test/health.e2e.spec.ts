import { TestPlatform } from './support/platform';

/**
 * The probes of a service (docs/ops/health.md): liveness is the process only; readiness says
 * whether the service can serve its own routes and why not, and comes back by itself.
 */
describe('health: /health/live, /health/ready and /health', () => {
  const t = new TestPlatform();
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const consumer = () => t.platform.runtime.consumer!;

  it('answers liveness with the process only, and readiness with every check', async () => {
    const live = await t.anonymous().get('/health/live').expect(200);
    expect(live.body).toEqual({ status: 'ok', service: 'platform', uptimeSeconds: expect.any(Number) });
    for (const path of ['/health/ready', '/health']) {
      const ready = await t.anonymous().get(path).expect(200);
      expect(ready.headers['cache-control']).toContain('no-store');
      expect(ready.body).toMatchObject({
        status: 'ok',
        checks: {
          service: 'platform',
          stores: 'open',
          relay: 'ok',
          consumer: 'running',
          follower: 'running',
          readStoreReachable: 'ok',
          consumerLag: 'none',
        },
        // @nestjs/terminus's indicators, each up with its detail
        details: {
          stores: { status: 'up', state: 'open' },
          // in-process: no broker to probe
          relay: {
            status: 'up',
            state: 'running',
            lastError: null,
            since: null,
            failures: 0,
            broker: { state: 'none' },
          },
          consumer: { status: 'up', state: 'running', lastError: null },
          follower: { status: 'up', state: 'running' },
          readStore: { status: 'up' },
          consumerLag: { status: 'up', max: 1000 },
        },
        error: {},
      });
      expect(Object.keys(ready.body.info)).toEqual(Object.keys(ready.body.details));
      for (const detail of Object.values<{ degraded?: boolean }>(ready.body.details))
        expect(detail.degraded).toBeUndefined();
      expect(ready.body.checks.consumerError).toBeUndefined();
      expect(ready.body.checks.broker).toBeUndefined();
    }
  });

  it('is degraded (still ready) while the consumer restarts, and clears the error once it has rejoined', async () => {
    consumer().crashed(new Error('Connection error: connect ECONNREFUSED'), true);
    const restarting = await t.anonymous().get('/health/ready').expect(200);
    expect(restarting.body).toMatchObject({
      status: 'degraded',
      checks: { consumer: 'restarting', consumerError: 'Connection error: connect ECONNREFUSED' },
      // degraded is up for terminus (still ready), marked as such
      info: {
        consumer: {
          status: 'up',
          degraded: true,
          state: 'restarting',
          lastError: { message: 'Connection error: connect ECONNREFUSED', restart: true },
        },
      },
      error: {},
    });
    expect(restarting.body.details.consumer).toEqual(restarting.body.info.consumer);
    await t.anonymous().get('/health/live').expect(200);

    consumer().joined();
    const back = await t.anonymous().get('/health').expect(200);
    expect(back.body.status).toBe('ok');
    expect(back.body.checks.consumer).toBe('running');
    expect(back.body.checks.consumerError).toBeUndefined();
    expect(back.body.details.consumer.degraded).toBeUndefined();
    // the crash stays, as information, with its time
    const consumerBack = back.body.details.consumer;
    expect(consumerBack.lastError).toMatchObject({ message: 'Connection error: connect ECONNREFUSED' });
    expect(Date.parse(consumerBack.lastError.at)).toBeLessThanOrEqual(Date.parse(consumerBack.since));
  });

  it('is not ready (503 with the details) while the consumer is crashed for good, and live all the same', async () => {
    consumer().crashed(new Error('not retriable'), false);
    for (const path of ['/health/ready', '/health']) {
      const res = await t.anonymous().get(path).expect(503);
      expect(res.body).toMatchObject({
        statusCode: 503,
        error: 'service_unavailable',
        message: 'not ready',
        details: {
          status: 'down',
          checks: { consumer: 'crashed', consumerError: 'not retriable' },
          error: { consumer: { status: 'down', state: 'crashed', lastError: { message: 'not retriable' } } },
          details: { consumer: { status: 'down' }, stores: { status: 'up' } },
        },
      });
      expect(Object.keys(res.body.details.error)).toEqual(['consumer']);
    }
    await t.anonymous().get('/health/live').expect(200);
    consumer().joined();
    await t.anonymous().get('/health/ready').expect(200);
  });
});
