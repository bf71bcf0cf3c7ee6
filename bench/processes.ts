import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';

/**
 * The platform as a deployment runs it, for test:infra and the scale-out benchmark: services and the gateway as separate
 * processes (built `dist/`, `npm run build`), on the real Kafka broker (KAFKA_BROKERS) and
 * MongoDB-wire server (MONGODB_URL) CI starts, each service with its own SQLite event store in a
 * fresh data directory and a database of its own run.
 */
export type Service =
  'organizations' | 'members' | 'volunteering' | 'matching' | 'funds' | 'assessment' | 'audit' | 'gateway';

// bench/ under ts-jest and ts-node, dist/bench/ once built
const root = __dirname.split(/[\\/]/).includes('dist') ? join(__dirname, '..', '..') : join(__dirname, '..');

export function infraServers(): { brokers: string; mongoUrl: string } | null {
  const brokers = process.env.KAFKA_BROKERS;
  const mongoUrl = process.env.MONGODB_URL;
  return brokers && mongoUrl ? { brokers, mongoUrl } : null;
}

/** A port free right now (each run takes its own, so that parallel runs do not collide). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One process of a service: its replica number from 1 (`matching#2` is the second). */
export type Instance = `${Service}` | `${Service}#${number}`;

const instance = (service: Service, replica = 1): Instance => (replica === 1 ? service : `${service}#${replica}`);

export class ServiceProcesses {
  readonly run = Date.now().toString(36);
  readonly dataDir = mkdtempSync(join(tmpdir(), 'gongjian-services-'));
  readonly database = `gongjian_svc_${this.run}`;
  readonly dbUrl: string;
  /** this run's Kafka names: topics `<prefix>.<service>.events`, groups `<prefix>.<service>` */
  readonly topicPrefix = `gongjian-${this.run}`;
  private readonly processes = new Map<Instance, ChildProcess>();
  private readonly logs = new Map<Instance, string>();
  token = '';

  private readonly ports = new Map<Instance, number>();

  /**
   * `services`: the ones this run may start (the gateway forwards to these; the others' URLs are
   * empty). `extraEnv`: settings for every process. `replicas`: how many processes a service may
   * run (default 1); the gateway gets all of a service's URLs, the services the first one's.
   */
  constructor(
    private readonly servers: { brokers: string; mongoUrl: string },
    readonly services: readonly Service[],
    private readonly extraEnv: NodeJS.ProcessEnv = {},
    private readonly replicas: Partial<Record<Service, number>> = {},
  ) {
    this.dbUrl = servers.mongoUrl.replace(/\/[^/?]*(\?|$)/, `/${this.database}$1`);
  }

  replicasOf(service: Service): number {
    return this.replicas[service] ?? 1;
  }

  port(service: Service, replica = 1): number {
    const port = this.ports.get(instance(service, replica));
    if (port === undefined) throw new Error(`${instance(service, replica)} is not one of this run's processes`);
    return port;
  }

  url(service: Service, replica = 1): string {
    return this.ports.has(instance(service, replica)) ? `http://127.0.0.1:${this.port(service, replica)}` : '';
  }

  /** Every replica's URL, separated by commas (what the gateway is given). */
  urls(service: Service): string {
    return Array.from({ length: this.replicasOf(service) }, (_, i) => this.url(service, i + 1))
      .filter(Boolean)
      .join(',');
  }

  log(service: Service, replica = 1): string {
    return this.logs.get(instance(service, replica)) ?? '';
  }

  private env(service: Service, replica: number, own: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    // the gateway is given every replica, and the audit service every replica of the owners of
    // read models (any answers for a replay)
    const everyReplica = (other: Service) => service === 'gateway' || (service === 'audit' && other !== 'audit');
    const url = (other: Service) => (everyReplica(other) ? this.urls(other) : this.url(other));
    return {
      ...process.env,
      PORT: String(this.port(service, replica)),
      GONGJIAN_SERVICE: service,
      // replicas share the stores, never a data directory
      GONGJIAN_DATA_DIR: replica === 1 ? this.dataDir : join(this.dataDir, `replica-${replica}`),
      GONGJIAN_BUS: 'kafka',
      KAFKA_BROKERS: this.servers.brokers,
      // topics and consumer groups of this run alone: what earlier runs left on the broker stays out
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      GONGJIAN_READ_STORE: 'mongodb',
      MONGODB_URL: this.dbUrl,
      GONGJIAN_JWT_SECRET: `secret-${this.run}`,
      GONGJIAN_ADMIN_USER: 'root',
      GONGJIAN_ADMIN_PASSWORD: 'root-password-1',
      ORGANIZATIONS_URL: url('organizations'),
      MATCHING_URL: url('matching'),
      MEMBERS_URL: url('members'),
      VOLUNTEERING_URL: url('volunteering'),
      FUNDS_URL: url('funds'),
      ASSESSMENT_URL: url('assessment'),
      AUDIT_URL: url('audit'),
      ...this.extraEnv,
      ...own,
    };
  }

  /**
   * Starts `service` (`env`: settings of this process alone; `replica`: which of its processes)
   * and waits until it is ready (`/health/ready` 200).
   */
  async start(service: Service, env: NodeJS.ProcessEnv = {}, replica = 1): Promise<void> {
    if (this.ports.size === 0)
      for (const each of this.services)
        for (let r = 1; r <= this.replicasOf(each); r++) this.ports.set(instance(each, r), await freePort());
    const name = instance(service, replica);
    if (!this.ports.has(name)) throw new Error(`${name} is not one of this run's processes`);
    if (replica > 1) mkdirSync(join(this.dataDir, `replica-${replica}`), { recursive: true });
    const child = spawn(process.execPath, [join(root, `dist/apps/${service}/src/main.js`)], {
      env: this.env(service, replica, env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.logs.set(name, '');
    const collect = (chunk: Buffer) =>
      this.logs.set(name, ((this.logs.get(name) ?? '') + chunk.toString()).slice(-20_000));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.processes.set(name, child);
    await this.until(
      async () => (await fetch(`${this.url(service, replica)}/api/v1/health/ready`).catch(() => null))?.ok === true,
      `${name} ready`,
      90_000,
      service,
      replica,
    );
  }

  /** The process ids of the processes running now, by name (`matching`, `matching#2`). */
  pids(): Record<string, number> {
    return Object.fromEntries(
      [...this.processes]
        .filter(([, child]) => child.pid !== undefined && child.exitCode === null)
        .map(([name, child]) => [name, child.pid!]),
    );
  }

  /** Kills `service` (SIGKILL unless told; `replica`: which of its processes) and waits until it is gone. */
  async kill(service: Service, signal: NodeJS.Signals = 'SIGKILL', replica = 1): Promise<void> {
    const name = instance(service, replica);
    const child = this.processes.get(name);
    this.processes.delete(name);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  async until(
    condition: () => Promise<boolean>,
    what: string,
    millis = 30_000,
    service?: Service,
    replica = 1,
  ): Promise<void> {
    const deadline = Date.now() + millis;
    while (!(await condition().catch(() => false))) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}\n${service ? this.log(service, replica) : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** A GET of a whole address (a service's own port), signed in as `token`. */
  async get(address: string): Promise<{ status: number; body: any }> {
    const res = await fetch(address, { headers: this.token ? { authorization: `Bearer ${this.token}` } : {} });
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  }

  /** A call through the gateway, signed in as `token` (login() sets it). */
  call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.callService('gateway', method, path, body, headers);
  }

  /** A call to `service` (`replica`: which of its processes) at its own port, signed in as `token`. */
  async callService(
    service: Service,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    replica = 1,
  ): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.url(service, replica)}/api/v1${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  }

  /** Signs in as the bootstrap administrator (through the gateway, or at `service`). */
  async login(service: Service = 'gateway'): Promise<void> {
    const login = await this.callService(service, 'POST', '/auth/login', {
      username: 'root',
      password: 'root-password-1',
    });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
    this.token = login.body.accessToken;
  }

  /** Stops every process, drops the run's database and removes the data directory. */
  async stop(): Promise<void> {
    await Promise.all(
      [...this.processes.keys()].map((name) => {
        const [service, replica = '1'] = name.split('#');
        return this.kill(service as Service, 'SIGTERM', Number(replica));
      }),
    );
    const client = await MongoClient.connect(this.dbUrl);
    await client
      .db(this.database)
      .dropDatabase()
      .catch(() => undefined);
    await client.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
