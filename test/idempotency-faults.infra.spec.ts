import Database from 'better-sqlite3';
import { join } from 'node:path';
import { infraServers, ServiceProcesses } from './support/services';

/**
 * Issue 24 item 1 on the distributed runtime: `POST /needs` with an Idempotency-Key through the
 * gateway, the matching service SIGKILLed while requests are between their append and their
 * stored response. However the kill falls, a retry after the lease answers the first result and
 * no key makes a second need.
 */
const servers = infraServers();
const LEASE = 2000;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

if (!servers) {
  test.skip('Idempotency-Key under faults (KAFKA_BROKERS and MONGODB_URL not set)', () => undefined);
} else {
  describe('Idempotency-Key at most once, across a killed service', () => {
    const p = new ServiceProcesses(servers, ['organizations', 'matching', 'gateway'], {
      GONGJIAN_IDEMPOTENCY_LEASE_MS: String(LEASE),
    });
    let communityId = '';
    const need = (title: string) => ({
      communityId,
      title,
      category: 'elderly_care',
      quantity: { amount: 8, unit: 'person_hours' },
      window: { from: day(0), to: day(60) },
      urgency: 'normal',
    });
    const post = (key: string, title: string) =>
      p.call('POST', '/needs', need(title), { 'Idempotency-Key': key }).catch((error: Error) => ({
        status: 0,
        body: { error: error.message },
      }));
    /** Retries like a client would: through 409 (the lease), 502/503/504 (the service restarting). */
    const retry = async (key: string, title: string) => {
      for (;;) {
        const res = await post(key, title);
        if (res.status === 201) return res;
        if (![0, 409, 502, 503, 504].includes(res.status))
          throw new Error(`${key}: ${res.status} ${JSON.stringify(res.body)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const titled = async (prefix: string) => {
      const titles: string[] = [];
      let cursor: string | null = null;
      do {
        const query = `communityId=${communityId}&limit=100${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await p.call('GET', `/needs?${query}`);
        titles.push(...page.body.items.map((n: { title: string }) => n.title));
        cursor = page.body.nextCursor;
      } while (cursor);
      return titles.filter((title) => title.startsWith(prefix));
    };
    const logged = (prefix: string) => {
      const db = new Database(join(p.dataDir, 'matching.db'), { readonly: true });
      try {
        return db
          .prepare(`SELECT count(*) AS n FROM events WHERE type LIKE '%NeedPosted' AND data LIKE ?`)
          .get(`%${prefix}%`) as { n: number };
      } finally {
        db.close();
      }
    };

    beforeAll(async () => {
      for (const service of p.services) await p.start(service);
      await p.login();
      const org = async (name: string, kind: string, parentId?: string) =>
        (await p.call('POST', '/organizations', { name, kind, parentId })).body.id as string;
      const district = await org(`幂等区-${p.run}`, 'district');
      const street = await org('幂等街道', 'street', district);
      communityId = await org('幂等社区', 'community', street);
      // matching learns of the community from the bus
      await p.until(
        async () => (await post(`warm-up-${p.run}`, '预热')).status === 201,
        'matching to know the community',
      );
    }, 180_000);
    afterAll(() => p.stop());

    it('a kill left after the append: the retry finds the need when the lease is over', async () => {
      const first = await post('crash-1', '崩溃后重试');
      expect(first.status).toBe(201);
      await p.kill('matching');
      // what a kill between the append and the stored response leaves: the claim, no response
      const db = new Database(join(p.dataDir, 'matching.db'));
      db.prepare(`UPDATE idempotency_keys SET status = NULL, body = NULL WHERE key = 'crash-1'`).run();
      db.close();
      await p.start('matching');
      const again = await retry('crash-1', '崩溃后重试');
      expect(again.body.id).toBe(first.body.id);
      expect(await titled('崩溃后重试')).toHaveLength(1);
      expect(logged('崩溃后重试').n).toBe(1);
    });

    it('SIGKILL in the middle of a burst of keyed writes: every key ends with exactly one need', async () => {
      const keys = Array.from({ length: 40 }, (_, i) => ({ key: `burst-${i}`, title: `连发-${i}` }));
      const answered = new Map<string, string>();
      let replies = 0;
      const burst = Promise.all(
        keys.map(async ({ key, title }) => {
          const res = await post(key, title);
          replies++;
          if (res.status === 201) answered.set(key, res.body.id);
        }),
      );
      await p.until(async () => replies >= 3, 'the first answers');
      await p.kill('matching');
      await burst;
      await p.start('matching');
      for (const { key, title } of keys) {
        const res = await retry(key, title);
        // an answered write answers the same; an unanswered one is made now, or found
        if (answered.has(key)) expect(res.body.id).toBe(answered.get(key));
      }
      const titles = await titled('连发-');
      expect(titles.sort()).toEqual(keys.map((k) => k.title).sort());
      expect(logged('连发-').n).toBe(keys.length);
    }, 120_000);
  });
}
