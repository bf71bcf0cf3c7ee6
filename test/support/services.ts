import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';

/**
 * The platform as a deployment runs it, for test:infra: services and the gateway as separate
 * processes (built `dist/`, `npm run build`), on the real Kafka broker (KAFKA_BROKERS) and
 * MongoDB-wire server (MONGODB_URL) CI starts, each service with its own SQLite event store in a
 * fresh data directory and a database of its own run.
 */
export type Service =
  'organizations' | 'members' | 'volunteering' | 'matching' | 'funds' | 'assessment' | 'audit' | 'gateway';

const root = join(__dirname, '..', '..');

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

export class ServiceProcesses {
  readonly run = Date.now().toString(36);
  readonly dataDir = mkdtempSync(join(tmpdir(), 'gongjian-services-'));
  readonly database = `gongjian_svc_${this.run}`;
  readonly dbUrl: string;
  private readonly processes = new Map<Service, ChildProcess>();
  private readonly logs = new Map<Service, string>();
  token = '';

  private readonly ports = new Map<Service, number>();

  /**
   * `services`: the ones this run may start (the gateway forwards to these; the others' URLs are
   * empty). `extraEnv`: settings for every process.
   */
  constructor(
    private readonly servers: { brokers: string; mongoUrl: string },
    readonly services: readonly Service[],
    private readonly extraEnv: NodeJS.ProcessEnv = {},
  ) {
    this.dbUrl = servers.mongoUrl.replace(/\/[^/?]*(\?|$)/, `/${this.database}$1`);
  }

  port(service: Service): number {
    const port = this.ports.get(service);
    if (port === undefined) throw new Error(`${service} is not one of this run's services`);
    return port;
  }

  url(service: Service): string {
    return this.ports.has(service) ? `http://127.0.0.1:${this.port(service)}` : '';
  }

  log(service: Service): string {
    return this.logs.get(service) ?? '';
  }

  private env(service: Service, own: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    return {
      ...process.env,
      PORT: String(this.port(service)),
      GONGJIAN_SERVICE: service,
      GONGJIAN_DATA_DIR: this.dataDir,
      GONGJIAN_BUS: 'kafka',
      KAFKA_BROKERS: this.servers.brokers,
      GONGJIAN_READ_STORE: 'mongodb',
      MONGODB_URL: this.dbUrl,
      GONGJIAN_JWT_SECRET: `secret-${this.run}`,
      GONGJIAN_ADMIN_USER: 'root',
      GONGJIAN_ADMIN_PASSWORD: 'root-password-1',
      ORGANIZATIONS_URL: this.url('organizations'),
      MATCHING_URL: this.url('matching'),
      MEMBERS_URL: this.url('members'),
      VOLUNTEERING_URL: this.url('volunteering'),
      FUNDS_URL: this.url('funds'),
      ASSESSMENT_URL: this.url('assessment'),
      AUDIT_URL: this.url('audit'),
      ...this.extraEnv,
      ...own,
    };
  }

  /** Starts `service` (`env`: settings of this process alone) and waits until it is ready (`/health/ready` 200). */
  async start(service: Service, env: NodeJS.ProcessEnv = {}): Promise<void> {
    if (this.ports.size === 0) for (const each of this.services) this.ports.set(each, await freePort());
    const child = spawn(process.execPath, [join(root, `dist/apps/${service}/src/main.js`)], {
      env: this.env(service, env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.logs.set(service, '');
    const collect = (chunk: Buffer) => this.logs.set(service, (this.log(service) + chunk.toString()).slice(-20_000));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.processes.set(service, child);
    await this.until(
      async () => (await fetch(`${this.url(service)}/api/v1/health/ready`).catch(() => null))?.ok === true,
      `${service} ready`,
      90_000,
      service,
    );
  }

  /** Kills `service` (SIGKILL unless told) and waits until it is gone. */
  async kill(service: Service, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.processes.get(service);
    this.processes.delete(service);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  async until(condition: () => Promise<boolean>, what: string, millis = 30_000, service?: Service): Promise<void> {
    const deadline = Date.now() + millis;
    while (!(await condition().catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${service ? this.log(service) : ''}`);
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

  /** A call to `service` at its own port, signed in as `token`. */
  async callService(
    service: Service,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.url(service)}/api/v1${path}`, {
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
    await Promise.all([...this.processes.keys()].map((service) => this.kill(service, 'SIGTERM')));
    const client = await MongoClient.connect(this.dbUrl);
    await client
      .db(this.database)
      .dropDatabase()
      .catch(() => undefined);
    await client.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
