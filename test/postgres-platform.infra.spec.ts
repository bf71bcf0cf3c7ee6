import { MIGRATIONS } from '@gongjian/eventing/postgres.schema';
import { Client as PgClient } from 'pg';
import { seedRegion, TestPlatform } from './support/platform';

/**
 * The platform on the PostgreSQL event store (GONGJIAN_EVENT_STORE=postgres), in a database of its
 * own on the server of POSTGRES_URL: seeded through the API, a race of conditional writers (one
 * wins), then a restart: the read models are rebuilt from the PostgreSQL log, logins use the
 * credentials stored there, and the relay resumes from its checkpoint there.
 */
const url = process.env.POSTGRES_URL;

if (!url) {
  process.stderr.write('POSTGRES_URL not set: the platform on PostgreSQL is skipped (deploy/ci/postgres.sh start)\n');
  test.skip('platform on PostgreSQL (POSTGRES_URL not set)', () => undefined);
} else {
  jest.setTimeout(180_000);
  const database = `gongjian_platform_${Date.now().toString(36)}`;
  const databaseUrl = (() => {
    const u = new URL(url);
    u.pathname = `/${database}`;
    return u.toString();
  })();
  const admin = async <T>(work: (c: PgClient) => Promise<T>, connectionString = url): Promise<T> => {
    const c = new PgClient({ connectionString });
    await c.connect();
    try {
      return await work(c);
    } finally {
      await c.end();
    }
  };

  describe('the platform on PostgreSQL', () => {
    const t = new TestPlatform({ eventStore: 'postgres', postgresUrl: databaseUrl });

    beforeAll(async () => {
      await admin((c) => c.query(`CREATE DATABASE ${database}`));
      await t.start();
    });
    afterAll(async () => {
      await t.stop();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    });

    it('writes, lets one of racing conditional writers win, and survives a restart from its log', async () => {
      const r = await seedRegion(t);
      const org = (
        await r.root.post('/organizations').send({ name: '竞态网格', kind: 'grid', parentId: r.communityId })
      ).body as { id: string; version: number };
      const before = await t.eventCount();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          r.root
            .post(`/organizations/${org.id}/rename`)
            .set('If-Match', String(org.version))
            .send({ name: `网格${i}` }),
        ),
      );
      expect(results.filter((res) => res.status === 200)).toHaveLength(1);
      expect(results.filter((res) => res.status === 412)).toHaveLength(19);
      expect(await t.eventCount()).toBe(before + 1);
      const renamed = (await r.root.get(`/organizations/${org.id}`).expect(200)).body as { name: string };

      await t.restart();
      const root = await t.root();
      expect((await root.get(`/organizations/${org.id}`).expect(200)).body).toMatchObject({ name: renamed.name });
      expect((await root.get(`/organizations/${r.streetId}`).expect(200)).body).toMatchObject({ name: '东城街道' });

      // what lives in the database: the log, the root's credentials, the relay's checkpoint
      const counts = await admin(
        (c) =>
          c.query<{ events: string; credentials: string; checkpoints: string; migrations: string }>(
            `SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM credentials) AS credentials,
                    (SELECT count(*) FROM checkpoints) AS checkpoints, (SELECT count(*) FROM schema_migrations) AS migrations`,
          ),
        databaseUrl,
      );
      const row = counts.rows[0];
      expect(Number(row.events)).toBe(await t.eventCount());
      expect(Number(row.credentials)).toBeGreaterThanOrEqual(1);
      expect(Number(row.checkpoints)).toBeGreaterThanOrEqual(1);
      expect(Number(row.migrations)).toBe(MIGRATIONS.length);
    });
  });
}
