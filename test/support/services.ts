import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';

/**
 * The platform as a deployment runs it, for test:infra: services and the gateway as separate
 * processes (built `dist/`, `npm run build`), on the real Kafka broker (KAFKA_BROKERS) and
 * MongoDB-wire server (MONGODB_URL) CI starts, each service with its own SQLite event store in a
 * fresh data directory and a database of its own run.
 */
export type Service = 'organizations' | 'members' | 'volunteering' | 'matching' | 'gateway';

const root = join(__dirname, '..', '..');

export function infraServers(): { brokers: string; mongoUrl: string } | null {
  const brokers = process.env.KAFKA_BROKERS;
  const mongoUrl = process.env.MONGODB_URL;
  return brokers && mongoUrl ? { brokers, mongoUrl } : null;
}

export class ServiceProcesses {
  readonly run = Date.now().toString(36);
  readonly dataDir = mkdtempSync(join(tmpdir(), 'gongjian-services-'));
  readonly database = `gongjian_svc_${this.run}`;
  readonly dbUrl: string;
  private readonly processes = new Map<Service, ChildProcess>();
  private readonly logs = new Map<Service, string>();
  token = '';

  /** `basePort`: the gateway's port; the services take the next four. `env`: settings for every process. */
  constructor(
    private readonly servers: { brokers: string; mongoUrl: string },
    private readonly basePort: number,
    private readonly extraEnv: NodeJS.ProcessEnv = {},
  ) {
    this.dbUrl = servers.mongoUrl.replace(/\/[^/?]*(\?|$)/, `/${this.database}$1`);
  }

  port(service: Service): number {
    return this.basePort + ['gateway', 'organizations', 'members', 'volunteering', 'matching'].indexOf(service);
  }

  url(service: Service): string {
    return `http://127.0.0.1:${this.port(service)}`;
  }

  log(service: Service): string {
    return this.logs.get(service) ?? '';
  }

  private env(service: Service): NodeJS.ProcessEnv {
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
      ...this.extraEnv,
    };
  }

  /** Starts `service` and waits until its /health answers. */
  async start(service: Service): Promise<void> {
    const child = spawn(process.execPath, [join(root, `dist/apps/${service}/src/main.js`)], {
      env: this.env(service),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.logs.set(service, '');
    const collect = (chunk: Buffer) => this.logs.set(service, (this.log(service) + chunk.toString()).slice(-20_000));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.processes.set(service, child);
    await this.until(
      async () => (await fetch(`${this.url(service)}/api/v1/health`).catch(() => null))?.ok === true,
      `${service} healthy`,
      60_000,
      service,
    );
  }

  /** SIGKILLs `service` and waits until it is gone. */
  async kill(service: Service): Promise<void> {
    const child = this.processes.get(service);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async until(condition: () => Promise<boolean>, what: string, millis = 30_000, service?: Service): Promise<void> {
    const deadline = Date.now() + millis;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${service ? this.log(service) : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** A call through the gateway, signed in as `token` (login() sets it). */
  async call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.url('gateway')}/api/v1${path}`, {
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

  async login(): Promise<void> {
    const login = await this.call('POST', '/auth/login', { username: 'root', password: 'root-password-1' });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
    this.token = login.body.accessToken;
  }

  /** Stops every process, drops the run's database and removes the data directory. */
  async stop(): Promise<void> {
    for (const child of this.processes.values()) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    const client = await MongoClient.connect(this.dbUrl);
    await client
      .db(this.database)
      .dropDatabase()
      .catch(() => undefined);
    await client.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
