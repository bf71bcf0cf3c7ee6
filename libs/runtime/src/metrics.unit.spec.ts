import { Metrics } from './metrics';
import type { Readiness } from './readiness';
import type { Runtime } from './runtime';

/** The value of one sample of the Prometheus text format, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('metrics of the log: positions named as positions, gaps as gaps', () => {
  // EventStoreDB-like positions: byte offsets, hundreds apart between events
  const log = { head: 45_600, relay: 45_600 as number | null, follower: 45_311 as number | null, headReads: 0 };
  const runtime = {
    config: { service: 'matching' },
    headPosition: async () => {
      log.headReads += 1;
      return log.head;
    },
    relayPosition: () => log.relay,
    followerPosition: () => log.follower,
    relayStatus: null,
    consumer: null,
    consumerLag: async () => ({ ok: true, detail: 'ok', lag: null }),
    deadLettered: () => 0,
  } as unknown as Runtime;
  const readiness = {
    check: async () => ({ status: 'ok', checks: { readStoreReachable: 'ok', consumerLag: 'ok' } }),
  } as unknown as Readiness;
  const metrics = new Metrics(runtime, readiness);

  it('reports the gap between the head and each follower of the log, in positions, reading the head once', async () => {
    log.headReads = 0;
    const { body } = await metrics.exposition();
    expect(sample(body, 'gongjian_event_store_head_position')).toBe(45_600);
    expect(sample(body, 'gongjian_log_position_gap', { follower: 'relay' })).toBe(0);
    expect(sample(body, 'gongjian_log_position_gap', { follower: 'log_follower' })).toBe(289);
    expect(log.headReads).toBe(1);
    expect(body).toMatch(/# HELP gongjian_event_store_head_position .*not a count of events/);
    expect(body).toMatch(/# HELP gongjian_log_position_gap .*in positions, not events/);
    expect(body).not.toMatch(/minus this is its lag/);
  });

  it('leaves the gap out for a process that follows nothing', async () => {
    log.relay = log.follower = null;
    const { body } = await metrics.exposition();
    expect(sample(body, 'gongjian_log_position_gap', { follower: 'relay' })).toBeUndefined();
  });
});
