import { Test } from '@nestjs/testing';
import { TerminusModule } from '@nestjs/terminus';
import { ConsumerHealth, type RelayStatus } from '@gongjian/messaging';
import type { LagCheck } from './dependency-checks';
import type { FollowerStatus } from '@gongjian/messaging';
import { Readiness } from './readiness';
import { Runtime } from './runtime';

const broker = (state: 'none' | 'reachable' | 'unreachable', lastError: string | null = null) => ({
  state,
  lastError,
  since: null,
  checkedAt: null,
});
const relay = (over: Partial<RelayStatus> = {}): RelayStatus => ({
  state: 'running',
  lastError: null,
  since: null,
  failures: 0,
  broker: broker('reachable'),
  ...over,
});
const follower = (over: Partial<FollowerStatus> = {}): FollowerStatus => ({
  state: 'running',
  failingEvent: null,
  lastError: null,
  since: null,
  failures: 0,
  position: 7,
  ...over,
});

/** What Readiness reads of the Runtime, as a Kafka/MongoDB service would have it. */
function runtimeWith(over: Record<string, unknown> = {}) {
  const consumer = new ConsumerHealth();
  consumer.joined();
  return {
    config: { service: 'matching', eventStore: 'sqlite', readStore: 'mongodb', bus: 'kafka', maxConsumerLag: 100 },
    prepared: true,
    relayStatus: relay(),
    consumer,
    followerStatus: follower(),
    readStoreCheck: async () => ({ ok: true, detail: 'ok' }),
    consumerLag: async (): Promise<LagCheck> => ({
      ok: true,
      detail: '3',
      lag: { group: 'gongjian.matching', total: 3, topics: { 'gongjian.organizations.events': 3 } },
    }),
    ...over,
  };
}

async function readiness(runtime: ReturnType<typeof runtimeWith>): Promise<Readiness> {
  const module = await Test.createTestingModule({
    imports: [TerminusModule.forRoot({ logger: false })],
    providers: [Readiness, { provide: Runtime, useValue: runtime }],
  }).compile();
  return module.get(Readiness);
}

/**
 * Readiness as @nestjs/terminus indicators (docs/ops/health.md): down only when the service cannot
 * serve its routes; impaired but serving is up with `degraded: true`, and the summary says degraded.
 */
describe('readiness: terminus indicators with a degraded summary', () => {
  it('is ok with every indicator up and every check in one word', async () => {
    const report = await (await readiness(runtimeWith())).check();
    expect(report).toEqual({
      status: 'ok',
      checks: {
        service: 'matching',
        eventStore: 'sqlite',
        readStore: 'mongodb',
        bus: 'kafka',
        stores: 'open',
        relay: 'ok',
        broker: 'reachable',
        consumer: 'running',
        follower: 'running',
        readStoreReachable: 'ok',
        consumerLag: '3',
      },
      info: report.details,
      error: {},
      details: {
        stores: { status: 'up', state: 'open' },
        relay: { status: 'up', ...relay() },
        consumer: { status: 'up', state: 'running', since: expect.any(String), lastError: null, pausedBy: null },
        follower: { status: 'up', ...follower() },
        readStore: { status: 'up' },
        consumerLag: {
          status: 'up',
          max: 100,
          group: 'gongjian.matching',
          total: 3,
          topics: { 'gongjian.organizations.events': 3 },
        },
      },
    });
  });

  it('is degraded, every indicator still up, while the broker is unreachable and the consumer restarts', async () => {
    const consumer = new ConsumerHealth();
    consumer.crashed(new Error('Connection error: connect ECONNREFUSED 10.0.0.5:9092'), true);
    const unreachable = relay({ broker: broker('unreachable', 'Connection error: connect ECONNREFUSED <address>') });
    const report = await (await readiness(runtimeWith({ relayStatus: unreachable, consumer }))).check();
    expect(report).toMatchObject({
      status: 'degraded',
      checks: {
        relay: 'broker unreachable',
        broker: 'unreachable',
        brokerError: 'Connection error: connect ECONNREFUSED <address>',
        consumer: 'restarting',
        consumerError: 'Connection error: connect ECONNREFUSED <address>',
      },
      error: {},
      details: {
        relay: { status: 'up', degraded: true, broker: { state: 'unreachable' } },
        consumer: { status: 'up', degraded: true, state: 'restarting' },
        stores: { status: 'up' },
      },
    });
    expect(report.details.stores.degraded).toBeUndefined();
  });

  it('is degraded while the relay retries or the follower retries an event', async () => {
    for (const over of [
      { relayStatus: relay({ state: 'retrying', lastError: 'topic not found', failures: 3 }) },
      { followerStatus: follower({ state: 'retrying', lastError: 'boom', failures: 2 }) },
    ]) {
      const report = await (await readiness(runtimeWith(over))).check();
      expect(report.status).toBe('degraded');
      expect(Object.keys(report.error)).toEqual([]);
    }
  });

  it.each([
    ['stores not open', { prepared: false }, 'stores', { stores: 'starting' }, { state: 'starting' }],
    [
      'the read store unreachable',
      { readStoreCheck: async () => ({ ok: false, detail: 'down: Server selection timed out after 2000 ms' }) },
      'readStore',
      { readStoreReachable: 'down: Server selection timed out after 2000 ms' },
      { message: 'Server selection timed out after 2000 ms' },
    ],
    [
      'the consumer lagging',
      {
        consumerLag: async () => ({
          ok: false,
          detail: '250 events, above 100',
          lag: { group: 'gongjian.matching', total: 250, topics: {} },
        }),
      },
      'consumerLag',
      { consumerLag: '250 events, above 100' },
      { max: 100, group: 'gongjian.matching', total: 250, topics: {}, message: '250 events, above 100' },
    ],
  ])('is down with %s: that indicator down, in `error`', async (_, over, indicator, words, detail) => {
    const report = await (await readiness(runtimeWith(over))).check();
    expect(report.status).toBe('down');
    expect(report.checks).toMatchObject(words);
    expect(report.error).toEqual({ [indicator]: { status: 'down', ...detail } });
    expect(report.details[indicator]).toEqual(report.error[indicator]);
  });

  it('is down while the consumer is crashed for good, stopped or paused on an outage', async () => {
    for (const act of [
      (c: ConsumerHealth) => c.crashed(new Error('not retriable'), false),
      (c: ConsumerHealth) => c.stopped(),
      (c: ConsumerHealth) => c.paused('read store unavailable'),
    ]) {
      const consumer = new ConsumerHealth();
      act(consumer);
      const report = await (await readiness(runtimeWith({ consumer }))).check();
      expect(report.status).toBe('down');
      expect(report.error.consumer).toMatchObject({ status: 'down', state: consumer.state });
    }
  });

  it('reports a lag that could not be measured without turning readiness off', async () => {
    const report = await (
      await readiness(
        runtimeWith({
          consumerLag: async () => ({ ok: true, detail: 'unknown: not measured within 2000 ms', lag: null }),
        }),
      )
    ).check();
    expect(report.status).toBe('ok');
    expect(report.checks.consumerLag).toBe('unknown: not measured within 2000 ms');
    expect(report.details.consumerLag).toEqual({
      status: 'up',
      max: 100,
      message: 'unknown: not measured within 2000 ms',
    });
  });
});
