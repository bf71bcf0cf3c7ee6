/**
 * The scale-out part of `npm run bench` (issue 22): a seeded city (bench/city.ts) drives writes
 * through the gateway into the services over the real servers — PostgreSQL for the events, Kafka
 * between the services, a MongoDB-wire server for the read models — first with one replica of
 * each writing service, then with two. It reports each phase's acknowledged writes per second,
 * p50/p99 of a write's visibility in another service, and how busy the machine's cores were, and
 * the ratio of two replicas to one.
 *
 * Servers: KAFKA_BROKERS, MONGODB_URL and POSTGRES_URL when set (the run makes a database of its
 * own on each and drops it); otherwise started for the run by deploy/ci/{kafka,ferretdb,postgres}.sh.
 * BENCH_SCALE=off skips it; BENCH_SCALE_SECONDS (150) is each phase's length, BENCH_SCALE_CLIENTS
 * (16) how many clients write at once, BENCH_SCALE_COMMUNITIES (2000) how much of the city's
 * hierarchy is registered first (districts and streets in proportion).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { CITY, CityWork, districtOf, type Round, streetOf } from './city';
import { ServiceProcesses, type Service } from './processes';

const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 150);
const CLIENTS = Number(process.env.BENCH_SCALE_CLIENTS ?? 16);
const COMMUNITIES = Math.min(CITY.communities, Number(process.env.BENCH_SCALE_COMMUNITIES ?? CITY.communities));
const STREETS = Math.max(1, Math.round((CITY.streets * COMMUNITIES) / CITY.communities));
const DISTRICTS = Math.max(1, Math.round((CITY.districts * COMMUNITIES) / CITY.communities));
/** the services a round writes to, in replicas in the second phase */
const WRITERS: Service[] = ['organizations', 'members', 'volunteering', 'matching'];
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Servers {
  brokers: string;
  mongoUrl: string;
  postgresUrl: string;
}

/** Percentiles of a sample (ms), rounded. */
function percentiles(values: number[]): { p50: number; p99: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
  return { p50: Math.round(at(0.5)), p99: Math.round(at(0.99)), n: sorted.length };
}

/** The machine's cores' busy share between two readings of /proc/stat (null where there is none). */
function cpuTimes(): { busy: number; total: number } | null {
  if (!existsSync('/proc/stat')) return null;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + (fields[4] ?? 0);
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** CPU seconds (user + system) of a process so far, from /proc (null: gone, or no /proc). */
function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return null;
  }
}

/** The servers' processes on this machine, by what they are (for the CPU split): PostgreSQL, Kafka, FerretDB. */
function serverPids(): Record<string, number[]> {
  const found: Record<string, number[]> = { postgres: [], kafka: [], ferretdb: [] };
  if (!existsSync('/proc')) return found;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      // the postmaster (`…/postgres -D …`) and its backends, which name themselves `postgres: …`
      if (/^(\S*\/)?postgres(\0|:)/.test(cmd)) found.postgres.push(Number(entry));
      else if (cmd.includes('kafka.Kafka')) found.kafka.push(Number(entry));
      else if (cmd.includes('ferretdb')) found.ferretdb.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/**
 * Where a phase's CPU went: CPU seconds per group of processes between `start()` and `stop()` —
 * each service (its replicas together), the gateway, the servers, and this process (the clients).
 */
class CpuSplit {
  private before = new Map<number, number>();
  private groups = new Map<number, string>();

  constructor(private readonly p: ServiceProcesses) {}

  private sample(): Map<number, number> {
    this.groups.clear();
    for (const [name, pid] of Object.entries(this.p.pids())) this.groups.set(pid, name.split('#')[0]);
    for (const [server, pids] of Object.entries(serverPids())) for (const pid of pids) this.groups.set(pid, server);
    this.groups.set(process.pid, 'clients (this process)');
    const now = new Map<number, number>();
    for (const pid of this.groups.keys()) {
      const seconds = cpuSecondsOf(pid);
      if (seconds !== null) now.set(pid, seconds);
    }
    return now;
  }

  start(): void {
    this.before = this.sample();
  }

  stop(): Record<string, number> {
    const after = this.sample();
    const split: Record<string, number> = {};
    for (const [pid, seconds] of after) {
      const group = this.groups.get(pid)!;
      split[group] = (split[group] ?? 0) + seconds - (this.before.get(pid) ?? 0);
    }
    return Object.fromEntries(
      Object.entries(split)
        .sort(([, a], [, b]) => b - a)
        .map(([group, seconds]) => [group, Math.round(seconds * 10) / 10]),
    );
  }
}

class Visibility {
  readonly samples: Record<string, number[]> = {
    'unit → matching (an offer of the new unit accepted)': [],
    'unit → members (a member of the new branch accepted)': [],
    'member → volunteering (the new member signed up)': [],
    'attendance → members (its points on the member)': [],
  };
  add(what: keyof Visibility['samples'], millis: number) {
    this.samples[what].push(millis);
  }
  report() {
    return Object.fromEntries(Object.entries(this.samples).map(([what, values]) => [what, percentiles(values)]));
  }
}

/**
 * The load: `clients` clients play rounds of the city's life until `seconds` are over; a write is
 * retried as a client would (the same Idempotency-Key through 409 and 502/503/504), and one that
 * names what another service does not know yet (422 `unknown_…`) is asked again until it does:
 * the time from the write it depends on to its acceptance is that write's visibility.
 */
class Load {
  writes = 0;
  failures: string[] = [];
  readonly visibility = new Visibility();

  /** The first 20 failures are kept for the report; the rest are counted by the rounds that did not finish. */
  private fail(what: string): void {
    if (this.failures.length < 20) this.failures.push(what);
  }

  constructor(
    private readonly p: ServiceProcesses,
    private readonly work: CityWork,
    private readonly orgs: { communities: string[]; streets: string[] },
    private readonly phase: string,
  ) {}

  async write(path: string, key: string, body: unknown): Promise<{ id: string; ackAt: number } | null> {
    for (let attempt = 0; attempt < 600; attempt++) {
      const res = await this.p
        .call('POST', path, body, { 'Idempotency-Key': `${this.phase}:${key}` })
        .catch((error: Error) => ({ status: 0, body: { error: error.message } }));
      if (res.status === 201 || res.status === 200) {
        this.writes++;
        return { id: res.body.id, ackAt: performance.now() };
      }
      const unknown = res.status === 422 && /^unknown_/.test(res.body?.error ?? '');
      if (!unknown && ![0, 409, 502, 503, 504].includes(res.status)) {
        this.fail(`${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        return null;
      }
      // asking again is a request too: every 100 ms, so that the asking does not become the load
      await sleep(100);
    }
    this.fail(`${path}: gave up`);
    return null;
  }

  private async round(k: number, r: Round): Promise<void> {
    const communityId = this.orgs.communities[r.community];
    const streetId = this.orgs.streets[streetOf(r.community, STREETS, COMMUNITIES)];
    const unit = await this.write('/units', `unit-${k}`, { ...r.unit, locatedIn: communityId });
    if (!unit) return;
    const need = this.write('/needs', `need-${k}`, {
      communityId,
      title: r.need.title,
      category: r.need.category,
      tags: [],
      quantity: { amount: r.need.amount, unit: 'person_hours' },
      window: { from: day(0), to: day(90) },
      urgency: r.need.urgency,
    });
    const offer = this.write('/offers', `offer-${k}`, {
      unitId: unit.id,
      title: r.offer.title,
      category: r.offer.category,
      tags: [],
      capacity: { amount: r.offer.amount, unit: 'person_hours' },
      window: { from: day(0), to: day(180) },
      serviceArea: [streetId],
    }).then((made) => {
      if (made) this.visibility.add('unit → matching (an offer of the new unit accepted)', made.ackAt - unit.ackAt);
    });
    const member = await this.write('/members', `member-${k}`, { ...r.member, branchId: unit.id });
    if (member) this.visibility.add('unit → members (a member of the new branch accepted)', member.ackAt - unit.ackAt);
    const activity = await this.write('/activities', `activity-${k}`, {
      title: r.activity.title,
      orgId: communityId,
      category: r.activity.category,
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 6 * 3_600_000).toISOString(),
      slots: r.activity.slots,
      pointsPerHour: r.activity.pointsPerHour,
    });
    await Promise.all([need, offer]);
    if (!member || !activity) return;
    const signup = await this.write(`/activities/${activity.id}/signups`, `signup-${k}`, { memberId: member.id });
    if (!signup) return;
    this.visibility.add('member → volunteering (the new member signed up)', signup.ackAt - member.ackAt);
    const attended = await this.write(`/activities/${activity.id}/attendance`, `attendance-${k}`, {
      memberId: member.id,
      hours: r.hours,
    });
    if (!attended) return;
    for (let i = 0; i < 600; i++) {
      const seen = await this.p.call('GET', `/members/${member.id}`).catch(() => null);
      if (seen?.status === 200 && seen.body.points > 0) {
        this.visibility.add('attendance → members (its points on the member)', performance.now() - attended.ackAt);
        return;
      }
      await sleep(100);
    }
    this.fail(`points of ${member.id} not seen in 60 s`);
  }

  /** Plays rounds from `first` for `seconds`; returns the next round's number. */
  async run(first: number, seconds: number): Promise<{ next: number; millis: number; rounds: number }> {
    let next = first;
    const until = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (performance.now() < until) {
          const k = next++;
          await this.round(k, this.work.round(k));
        }
      }),
    );
    return { next, millis: performance.now() - started, rounds: next - first };
  }
}

/** The gateway in front of `replicas` replicas of each writing service (started again for each phase). */
async function gatewayOver(p: ServiceProcesses, replicas: number): Promise<void> {
  await p.kill('gateway', 'SIGTERM');
  const urls = Object.fromEntries(
    WRITERS.map((s) => [
      `${s.toUpperCase()}_URL`,
      Array.from({ length: replicas }, (_, i) => p.url(s, i + 1)).join(','),
    ]),
  );
  await p.start('gateway', urls);
}

export async function scaleBenchmarks(servers: Servers) {
  const run = Date.now().toString(36);
  const database = `gongjian_scale_bench_${run}`;
  const databaseUrl = (() => {
    const url = new URL(servers.postgresUrl);
    url.pathname = `/${database}`;
    return url.toString();
  })();
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: servers.postgresUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${database}`);
  const p = new ServiceProcesses(
    servers,
    [...WRITERS, 'gateway'],
    { GONGJIAN_EVENT_STORE: 'postgres', POSTGRES_URL: databaseUrl, GONGJIAN_LOG_LEVEL: 'warn' },
    Object.fromEntries(WRITERS.map((s) => [s, 2])),
  );
  try {
    const startedAt = performance.now();
    for (const service of WRITERS) await p.start(service);
    await gatewayOver(p, 1);
    await p.login();
    // the hierarchy, in the order the city has it, by CLIENTS writers at once
    const seedStarted = performance.now();
    const seeder = new Load(p, new CityWork(1, COMMUNITIES), { communities: [], streets: [] }, `seed-${run}`);
    const org = (key: string, body: unknown) => seeder.write('/organizations', key, body);
    const made = async (count: number, body: (i: number) => unknown, key: string) => {
      const ids: string[] = new Array(count);
      let next = 0;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          for (let i = next++; i < count; i = next++) {
            const o = await org(`${key}-${i}`, body(i));
            if (!o) throw new Error(`could not register ${key} ${i}: ${seeder.failures.join('; ')}`);
            ids[i] = o.id;
          }
        }),
      );
      return ids;
    };
    const districts = await made(DISTRICTS, (i) => ({ name: `第${i + 1}区`, kind: 'district' }), 'district');
    const streets = await made(
      STREETS,
      (i) => ({ name: `第${i + 1}街道`, kind: 'street', parentId: districts[districtOf(i, DISTRICTS, STREETS)] }),
      'street',
    );
    const communities = await made(
      COMMUNITIES,
      (i) => ({ name: `第${i + 1}社区`, kind: 'community', parentId: streets[streetOf(i, STREETS, COMMUNITIES)] }),
      'community',
    );
    const seedMillis = performance.now() - seedStarted;
    const work = new CityWork(22, COMMUNITIES);
    const orgs = { communities, streets };
    // matching and volunteering learn the hierarchy from Kafka: the clock runs once they know the
    // last community registered (a need and an activity accepted there), and a first round per client
    const warm = new Load(p, work, orgs, `warm-${run}`);
    const last = communities[COMMUNITIES - 1];
    await warm.write('/needs', 'last', {
      communityId: last,
      title: '预热',
      category: 'elderly_care',
      tags: [],
      quantity: { amount: 1, unit: 'person_hours' },
      window: { from: day(0), to: day(30) },
      urgency: 'normal',
    });
    await warm.write('/activities', 'last', {
      title: '预热',
      orgId: last,
      category: 'elderly_care',
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      slots: 1,
      pointsPerHour: 1,
    });
    await warm.run(0, 0.001);

    const phases = [];
    let next = 1;
    for (const replicas of [1, 2]) {
      if (replicas === 2) {
        for (const service of WRITERS) await p.start(service, {}, 2);
        await gatewayOver(p, 2);
      }
      const load = new Load(p, work, orgs, `phase${replicas}-${run}`);
      const before = cpuTimes();
      const cpu = new CpuSplit(p);
      cpu.start();
      const done = await load.run(next, SECONDS);
      const cpuSeconds = cpu.stop();
      const after = cpuTimes();
      next = done.next;
      phases.push({
        replicas,
        seconds: Math.round(done.millis / 100) / 10,
        rounds: done.rounds,
        writes: load.writes,
        writesPerSecond: Math.round((load.writes / done.millis) * 1000 * 10) / 10,
        visibilityMillis: load.visibility.report(),
        coresBusy:
          before && after ? Math.round(((after.busy - before.busy) / (after.total - before.total)) * 100) / 100 : null,
        cpuSeconds,
        failures: load.failures,
      });
    }
    const ratio = Math.round((phases[1].writesPerSecond / phases[0].writesPerSecond) * 100) / 100;
    // what the log took on disk: the events table with its indexes and TOAST, per event
    const storage = await (async () => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ events: string; bytes: string }>(
          "SELECT count(*) AS events, pg_total_relation_size('events') AS bytes FROM events",
        );
        const events = Number(rows[0].events);
        const bytes = Number(rows[0].bytes);
        return { events, bytes, bytesPerEvent: Math.round(bytes / Math.max(1, events)) };
      } finally {
        await client.end();
      }
    })();
    return {
      city: { ...CITY, registered: { districts: DISTRICTS, streets: STREETS, communities: COMMUNITIES } },
      clients: CLIENTS,
      seed: { organisations: DISTRICTS + STREETS + COMMUNITIES, millis: Math.round(seedMillis) },
      phases,
      storage,
      twoReplicasToOne: ratio,
      goal: '≥ 1.6× on writes where the cores allow',
      note: 'one machine runs the servers (PostgreSQL, Kafka, the MongoDB-wire server), the gateway, the services and the clients: coresBusy near 1 means the cores, not the replicas, bound the figure',
      totalMillis: Math.round(performance.now() - startedAt),
    };
  } finally {
    await p.stop().catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  }
}

/**
 * The servers the part needs: from KAFKA_BROKERS, MONGODB_URL and POSTGRES_URL, or started for the
 * run by the CI scripts on ports of their own (and stopped after).
 */
export async function withScaleServers<T>(work: (servers: Servers) => Promise<T>): Promise<T | { skipped: string }> {
  const root = join(__dirname, '../..');
  const started: Array<{ script: string; env: NodeJS.ProcessEnv }> = [];
  const start = (name: string, env: NodeJS.ProcessEnv) => {
    const script = join(root, `deploy/ci/${name}.sh`);
    execFileSync(script, ['start'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    started.push({ script, env: { ...process.env, ...env } });
  };
  try {
    let brokers = process.env.KAFKA_BROKERS;
    let mongoUrl = process.env.MONGODB_URL;
    let postgresUrl = process.env.POSTGRES_URL;
    try {
      if (!brokers) {
        start('kafka', { KAFKA_PORT: '29192', KAFKA_CONTROLLER_PORT: '29193' });
        brokers = '127.0.0.1:29192';
      }
      if (!mongoUrl) {
        start('ferretdb', { FERRETDB_PORT: '29117' });
        mongoUrl = 'mongodb://127.0.0.1:29117/gongjian_bench';
      }
      if (!postgresUrl) {
        start('postgres', { POSTGRES_PORT: '29432' });
        postgresUrl = 'postgres://postgres@127.0.0.1:29432/postgres';
      }
    } catch (error) {
      return { skipped: `could not start the servers: ${(error as Error).message.split('\n')[0]}` };
    }
    return await work({ brokers, mongoUrl, postgresUrl });
  } finally {
    for (const { script, env } of started.reverse()) execFileSync(script, ['stop'], { env, stdio: 'ignore' });
  }
}

if (require.main === module)
  void withScaleServers(scaleBenchmarks).then((result) => console.log(JSON.stringify(result, null, 2)));
