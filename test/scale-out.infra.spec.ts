import { Client } from 'pg';
import { infraServers, type Service, ServiceProcesses } from './support/services';

/**
 * Issue 22: the services in replicas over the PostgreSQL event store, Kafka and MongoDB (FerretDB
 * in CI). Two replicas each of organizations, matching, assessment and audit and one of each other
 * service behind the gateway (round-robin); several clients write through it with Idempotency-Keys
 * and retry as clients do; meanwhile one replica each of organizations and matching is SIGKILLed
 * and started again, and the replica that runs matching's relay (its lease) is killed. Afterwards:
 * every acknowledged write is in the log once, a replay and a what-if are followed and a replay
 * swapped in from either replica, every read model of every service equals a replay of the log
 * into a shadow (a projection that folded an event twice would differ from it), and each list
 * counts what the log holds.
 */
const servers = infraServers();
const postgresUrl = process.env.POSTGRES_URL;
/** How long the clients write (ms); the faults fall inside it. */
const LOAD_MILLIS = Number(process.env.SCALE_OUT_LOAD_MS ?? 30_000);
const CLIENTS = 4;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

if (!servers || !postgresUrl) {
  process.stderr.write('KAFKA_BROKERS, MONGODB_URL and POSTGRES_URL needed: the scale-out test is skipped\n');
  test.skip('scale-out (KAFKA_BROKERS, MONGODB_URL and POSTGRES_URL not set)', () => undefined);
} else {
  jest.setTimeout(20 * 60_000);
  describe('scale-out: services in replicas, replicas killed under a write load', () => {
    const database = `gongjian_scale_${Date.now().toString(36)}`;
    const databaseUrl = (() => {
      const url = new URL(postgresUrl);
      url.pathname = `/${database}`;
      return url.toString();
    })();
    const services: Service[] = [
      'organizations',
      'members',
      'volunteering',
      'matching',
      'funds',
      'assessment',
      'audit',
      'gateway',
    ];
    const p = new ServiceProcesses(
      servers,
      services,
      {
        GONGJIAN_EVENT_STORE: 'postgres',
        POSTGRES_URL: databaseUrl,
        GONGJIAN_LEADER_LEASE_MS: '2000',
        GONGJIAN_IDEMPOTENCY_LEASE_MS: '2000',
        GATEWAY_DEAD_UPSTREAM_MS: '1000',
      },
      { organizations: 2, matching: 2, assessment: 2, audit: 2 },
    );
    const admin = async <T>(work: (c: Client) => Promise<T>): Promise<T> => {
      const client = new Client({ connectionString: postgresUrl });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    };
    const inLog = async <T extends object>(sql: string, params: unknown[] = []): Promise<T[]> => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    };
    let streetId = '';
    let communityId = '';

    /** A write as a client makes it: the same key and body again through 409 and the gateway's 502/503/504. */
    const write = async (path: string, key: string, body: unknown, until: number) => {
      for (;;) {
        const res = await p
          .call('POST', path, body, { 'Idempotency-Key': key })
          .catch((error: Error) => ({ status: 0, body: { error: error.message } }));
        if (res.status === 201) return res.body as { id: string };
        if (![0, 409, 502, 503, 504].includes(res.status))
          throw new Error(`${path} ${key}: ${res.status} ${JSON.stringify(res.body)}`);
        if (Date.now() > until) return null;
        await sleep(200);
      }
    };

    /** Which replica of `service` runs its relay now (null: none yet). */
    const leaderOf = async (service: Service): Promise<number | null> => {
      for (let replica = 1; replica <= p.replicasOf(service); replica++) {
        const ready = await p.get(`${p.url(service, replica)}/api/v1/health/ready`).catch(() => null);
        const relay = ready?.body?.checks?.relay;
        if (relay && relay !== 'standby' && relay !== 'off' && relay !== 'stopped') return replica;
      }
      return null;
    };

    beforeAll(async () => {
      await admin((c) => c.query(`CREATE DATABASE ${database}`));
      for (const service of services)
        for (let replica = 1; replica <= p.replicasOf(service); replica++) await p.start(service, {}, replica);
      await p.login();
      const org = async (name: string, kind: string, parentId?: string) => {
        const res = await p.call('POST', '/organizations', { name, kind, parentId });
        if (res.status !== 201) throw new Error(`${name}: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body.id as string;
      };
      const district = await org(`扩容区-${p.run}`, 'district');
      streetId = await org('扩容街道', 'street', district);
      communityId = await org('扩容社区', 'community', streetId);
      // matching learns of the community from the bus
      await p.until(
        async () => (await write('/needs', `warm-up-${p.run}`, need('预热'), Date.now())) !== null,
        'matching to know the community',
        60_000,
      );
    }, 10 * 60_000);
    afterAll(async () => {
      await p.stop();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).catch(() => undefined);
    });

    const need = (title: string) => ({
      communityId,
      title,
      category: 'elderly_care',
      quantity: { amount: 4, unit: 'person_hours' },
      window: { from: day(0), to: day(60) },
      urgency: 'normal',
    });

    const acknowledged = { needs: new Map<string, string>(), communities: new Map<string, string>() };
    const faults: string[] = [];

    it('takes writes from several clients while replicas are killed and the relay leader dies', async () => {
      const until = Date.now() + LOAD_MILLIS;
      const clients = Array.from({ length: CLIENTS }, async (_, client) => {
        for (let i = 0; Date.now() < until; i++) {
          if (i % 3 === 2) {
            const name = `负载社区-${client}-${i}`;
            const made = await write(
              '/organizations',
              `org-${client}-${i}`,
              { name, kind: 'community', parentId: streetId },
              until + 60_000,
            );
            if (made) acknowledged.communities.set(name, made.id);
          } else {
            const title = `负载需求-${client}-${i}`;
            const made = await write('/needs', `need-${client}-${i}`, need(title), until + 60_000);
            if (made) acknowledged.needs.set(title, made.id);
          }
        }
      });
      const script = (async () => {
        await sleep(LOAD_MILLIS * 0.15);
        await p.kill('organizations', 'SIGKILL', 2);
        faults.push('organizations#2 killed');
        await sleep(1_000);
        await p.start('organizations', {}, 2);
        await p.kill('matching', 'SIGKILL', 2);
        faults.push('matching#2 killed');
        // the gateway finds it dead and says so
        await p.until(
          async () => (await p.get(`${p.url('gateway')}/api/v1/health/ready`)).body.deadReplicas.includes('matching#2'),
          'the gateway to report matching#2 dead',
        );
        faults.push('gateway reported matching#2');
        await p.start('matching', {}, 2);
        const leader = await leaderOf('matching');
        expect(leader).not.toBeNull();
        await p.kill('matching', 'SIGKILL', leader!);
        faults.push(`matching#${leader} (relay leader) killed`);
        // the other replica takes the relay over once the lease (2 s) has run out
        const other = leader === 1 ? 2 : 1;
        await p.until(
          async () => (await leaderOf('matching')) === other,
          `matching#${other} to take the relay over`,
          30_000,
        );
        faults.push(`matching#${other} took the relay over`);
        await p.start('matching', {}, leader!);
      })();
      await Promise.all([...clients, script]);
      expect(faults).toEqual([
        'organizations#2 killed',
        'matching#2 killed',
        'gateway reported matching#2',
        expect.stringMatching(/^matching#[12] \(relay leader\) killed$/),
        expect.stringMatching(/^matching#[12] took the relay over$/),
      ]);
      expect(acknowledged.needs.size).toBeGreaterThan(20);
      expect(acknowledged.communities.size).toBeGreaterThan(5);
    });

    it('reads a write at once from the replica that did not make it (read-your-writes across replicas)', async () => {
      for (let i = 0; i < 5; i++) {
        const made = await p.callService('matching', 'POST', '/needs', need(`读己之写-${i}`), {}, 1 + (i % 2));
        expect(made.status).toBe(201);
        const other = 1 + ((i + 1) % 2);
        const read = await p.callService('matching', 'GET', `/needs/${made.body.id}`, undefined, {}, other);
        expect([other, read.status, read.body.title]).toEqual([other, 200, `读己之写-${i}`]);
      }
    });

    it('has every acknowledged write in the log once, and nothing it did not acknowledge twice', async () => {
      const needs = await inLog<{ title: string; n: string }>(
        `SELECT data::json->>'title' AS title, count(*) AS n FROM events
          WHERE type = 'matching.NeedPosted' AND data::json->>'title' LIKE '负载需求-%' GROUP BY 1`,
      );
      const needCount = new Map(needs.map((r) => [r.title, Number(r.n)]));
      for (const title of acknowledged.needs.keys()) expect([title, needCount.get(title)]).toEqual([title, 1]);
      expect(needs.filter((r) => Number(r.n) !== 1)).toEqual([]);
      const orgs = await inLog<{ name: string; n: string }>(
        `SELECT data::json->>'name' AS name, count(*) AS n FROM events
          WHERE type = 'organizations.OrganizationRegistered' AND data::json->>'name' LIKE '负载社区-%' GROUP BY 1`,
      );
      const orgCount = new Map(orgs.map((r) => [r.name, Number(r.n)]));
      for (const name of acknowledged.communities.keys()) expect([name, orgCount.get(name)]).toEqual([name, 1]);
      expect(orgs.filter((r) => Number(r.n) !== 1)).toEqual([]);
      // what the read models list is what the log holds
      let listed = 0;
      let cursor: string | null = null;
      do {
        const page = await p.call(
          'GET',
          `/needs?communityId=${communityId}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        );
        listed += page.body.items.filter((n: { title: string }) => n.title.startsWith('负载需求-')).length;
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(listed).toBe(needs.length);
    });

    it('answers for a replay and a what-if from either replica, and swaps a replay in from either', async () => {
      // a replay of one of organizations' read models, through the audit service and the gateway
      const [projection] = (await p.callService('organizations', 'GET', '/read-models')).body.items as string[];
      const started = await p.call('POST', '/audit/replays', { projection });
      expect(started.status).toBe(202);
      const id = started.body.id as string;
      await p.until(
        async () => (await p.call('GET', `/audit/replays/${id}`)).body.status === 'completed',
        'the replay to complete',
        120_000,
      );
      for (const replica of [1, 2]) {
        const seen = await p.callService('organizations', 'GET', `/read-models/replays/${id}`, undefined, {}, replica);
        expect([replica, seen.status, seen.body.status]).toEqual([replica, 200, 'completed']);
      }
      // swapped in through the audit service; then both replicas say so, and a second swap is refused
      const swapped = await p.call('POST', `/audit/replays/${id}/swap`, {});
      expect([swapped.status, typeof swapped.body.swappedAt]).toEqual([200, 'string']);
      for (const replica of [1, 2]) {
        const seen = await p.callService('organizations', 'GET', `/read-models/replays/${id}`, undefined, {}, replica);
        expect([replica, seen.body.swappedAt]).toEqual([replica, swapped.body.swappedAt]);
        const again = await p.callService('organizations', 'POST', `/read-models/replays/${id}/swap`, {}, {}, replica);
        expect([replica, again.status]).toEqual([replica, 409]);
      }

      // a what-if started on assessment#1 and followed on assessment#2
      const set = await p.callService('assessment', 'POST', '/assessment/indicator-sets', {
        index: 'pioneer',
        name: '扩容试算',
        period: 'quarter',
        indicators: [{ measure: 'volunteer_hours', weight: 3, cap: 60 }],
      });
      // the body with the status: a refusal says why (a 404 seen once in CI, not since)
      expect({ status: set.status, body: set.body }).toMatchObject({ status: 201 });
      const whatIf = await p.callService('assessment', 'POST', `/assessment/indicator-sets/${set.body.id}/what-if`, {});
      expect(whatIf.status).toBe(202);
      let followed: { status?: string; summary?: unknown } = {};
      await p.until(
        async () => {
          const seen = await p.callService(
            'assessment',
            'GET',
            `/assessment/what-ifs/${whatIf.body.id}`,
            undefined,
            {},
            2,
          );
          expect(seen.status).toBe(200);
          followed = seen.body;
          return followed.status !== 'running';
        },
        'the what-if to finish, seen from assessment#2',
        120_000,
      );
      expect(followed.status).toBe('completed');
      expect(followed.summary).toEqual(expect.objectContaining({ subjects: expect.any(Number) }));
    });

    it('has every read model of every service equal to a replay of the log', async () => {
      for (const service of services.filter((s) => s !== 'gateway')) {
        const names = await p.callService(service, 'GET', '/read-models');
        expect(names.status).toBe(200);
        for (const projection of names.body.items as string[]) {
          // the consumers may still be folding the last public events: a replay that differs is taken again
          let differences: unknown[] | null = null;
          for (let attempt = 0; attempt < 10; attempt++) {
            const started = await p.callService(service, 'POST', '/read-models/replays', { projection });
            expect([service, projection, started.status]).toEqual([service, projection, 202]);
            let replay = started.body;
            await p.until(
              async () => {
                replay = (await p.callService(service, 'GET', `/read-models/replays/${replay.id}`)).body;
                return replay.status !== 'running';
              },
              `${service} ${projection} replay`,
              120_000,
            );
            expect([service, projection, replay.status, replay.chainBreaks]).toEqual([
              service,
              projection,
              'completed',
              [],
            ]);
            differences = replay.differences;
            if (differences!.length === 0) break;
            await sleep(2_000);
          }
          expect([service, projection, differences]).toEqual([service, projection, []]);
        }
      }
    });
  });
}
