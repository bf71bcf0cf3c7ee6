import { consumerLagCheck, readStoreCheck } from './dependency-checks';
import { loadConfig } from './config';
import { MemoryDocumentStore } from '@gongjian/read-models';

const lagOf = (total: number) => ({
  lag: async () => ({ group: 'gongjian.audit', total, topics: { 'gongjian.matching.events': total } }),
});

describe('dependency checks of /health', () => {
  it('turns readiness off when the consumer lag is above the threshold, not at it', async () => {
    expect(await consumerLagCheck(lagOf(1000), 1000)).toMatchObject({ ok: true, detail: '1000' });
    expect(await consumerLagCheck(lagOf(1001), 1000)).toMatchObject({
      ok: false,
      detail: '1001 events, above 1000',
      lag: { group: 'gongjian.audit', topics: { 'gongjian.matching.events': 1001 } },
    });
  });

  it('does not turn readiness off on a lag it cannot measure, or without a consumer', async () => {
    const never = { lag: () => new Promise<never>(() => undefined) };
    expect(await consumerLagCheck(never, 10, 20)).toMatchObject({
      ok: true,
      detail: expect.stringMatching(/^unknown/),
    });
    expect(await consumerLagCheck(null, 10)).toMatchObject({ ok: true, detail: 'none' });
  });

  it('reports the read store down with the reason of its failed ping', async () => {
    expect(await readStoreCheck(new MemoryDocumentStore())).toEqual({ ok: true, detail: 'ok' });
    const down = Object.assign(new MemoryDocumentStore(), {
      ping: async () => Promise.reject(new Error('Server selection timed out after 3000 ms')),
    });
    expect(await readStoreCheck(down)).toEqual({ ok: false, detail: 'down: Server selection timed out after 3000 ms' });
  });

  it('reads GONGJIAN_MAX_CONSUMER_LAG (default 1000) and refuses what is not a count', () => {
    expect(loadConfig({}).maxConsumerLag).toBe(1000);
    expect(loadConfig({ GONGJIAN_MAX_CONSUMER_LAG: '50' }).maxConsumerLag).toBe(50);
    expect(() => loadConfig({ GONGJIAN_MAX_CONSUMER_LAG: 'lots' })).toThrow(/GONGJIAN_MAX_CONSUMER_LAG/);
  });
});
