import { join, resolve } from 'node:path';
import type { DocumentStore } from '@gongjian/read-models';
import { ID_PATTERN } from '@gongjian/http';

/**
 * Runtime configuration, from the environment only (DESIGN §3: the adapter choice is
 * configuration, never code). The embedded defaults need no server.
 */
export interface RuntimeConfig {
  dataDir: string;
  /**
   * Where the embedded member key store (`member-keys.db`) lives (GONGJIAN_KEY_DIR; default: the
   * data dir). Put it on other storage than the log and its backups: a stolen backup of the log is
   * then sealed data without keys, and destroying a key (erasure) leaves no copy of it behind.
   */
  keyDir?: string;
  /** Start even if the data or key dir or a file in it is open to other users (GONGJIAN_ALLOW_OPEN_PERMISSIONS=1). */
  allowOpenPermissions?: boolean;
  port: number;
  host: string;
  eventStore: 'sqlite' | 'eventstoredb';
  bus: 'memory' | 'kafka';
  readStore: 'memory' | 'mongodb';
  eventStoreUrl?: string;
  kafkaBrokers: string[];
  mongodbUrl?: string;
  /**
   * The service this process runs (`matching`, …), or `platform` for all of them. A service's
   * relay publishes only its own streams and its consumer group is `gongjian.<service>`.
   */
  service: string;
  kafkaPartitions: number;
  /** HS256 secret shared by every service; embedded: generated once into the data dir. */
  jwtSecret?: string;
  /** Secrets rotated out, still accepted for verification (GONGJIAN_JWT_PREVIOUS_SECRETS). */
  jwtPreviousSecrets: string[];
  /** Lifetime of an access token in seconds (GONGJIAN_JWT_TTL: `3600`, `15m`, `1h`; 1 min – 24 h). */
  jwtTtlSeconds: number;
  adminUser?: string;
  adminPassword?: string;
  /** Bearer token a Prometheus scraper presents at `/metrics` (GONGJIAN_METRICS_TOKEN; 32+ characters). */
  metricsToken?: string;
  /**
   * Which proxies in front of this process to believe about the client address
   * (GONGJIAN_TRUST_PROXY, Express's `trust proxy`: `loopback`, `10.0.0.0/8,127.0.0.1`, or a hop
   * count). Unset: X-Forwarded-For is ignored and the client address is the socket's. The login
   * throttle counts failures per client address, so behind the gateway set it to the gateway's.
   */
  trustProxy?: string | number;
  /**
   * How long a claimed Idempotency-Key is held for the request that claimed it before a retry may
   * take it over (its process died mid-request): GONGJIAN_IDEMPOTENCY_LEASE_MS, 1 s – 1 h,
   * default 60 s. Longer than the slowest write; a retry within it gets 409 `idempotency_key_in_use`.
   */
  idempotencyLeaseMillis: number;
  /**
   * Drop the read models and rebuild them from the log when the start check finds the log behind
   * them or another log (GONGJIAN_REBUILD_READ_MODELS=1; docs/ops/start-check.md). Without it such
   * a start is refused. When the read models match the log it does nothing.
   */
  rebuildReadModels: boolean;
  /**
   * Tests only: read models that outlive the process (a MemoryDocumentStore kept across starts
   * stands in for MongoDB), treated as persistent: resumed and start-checked, not rebuilt.
   */
  documentStore?: DocumentStore;
  /**
   * Consumer lag, in events, above which /health reports the process not ready
   * (GONGJIAN_MAX_CONSUMER_LAG; default 1000): its reads would be that far behind the log.
   */
  maxConsumerLag: number;
}

/** The embedded event log of a service: `<data dir>/<service>.db` (`events.db` for the platform). */
export function eventLogFile(config: Pick<RuntimeConfig, 'dataDir' | 'service'>): string {
  return join(config.dataDir, `${config.service === 'platform' ? 'events' : config.service}.db`);
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `900`, `900s`, `15m`, `1h` → seconds, within [60 s, 24 h]: a token must expire, and soon. */
export function parseJwtTtl(value: string | undefined): number {
  if (value === undefined || value === '') return 3600;
  const match = /^(\d+)\s*([smhd]?)$/.exec(value.trim());
  const seconds = match ? Number(match[1]) * DURATION_UNITS[match[2] || 's'] : NaN;
  if (!(seconds >= 60 && seconds <= 86400))
    throw new Error(`GONGJIAN_JWT_TTL must be a duration between 1m and 24h (e.g. 900, 15m, 1h); got "${value}"`);
  return seconds;
}

function metricsToken(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.length < 32)
    throw new Error('GONGJIAN_METRICS_TOKEN must be at least 32 characters (e.g. openssl rand -hex 24)');
  return value;
}

function leaseMillis(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 60_000;
  const millis = Number(value);
  if (!Number.isInteger(millis) || millis < 1000 || millis > 3_600_000)
    throw new Error(`GONGJIAN_IDEMPOTENCY_LEASE_MS must be milliseconds between 1000 and 3600000; got "${value}"`);
  return millis;
}

function trustProxy(value: string | undefined): string | number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : value.trim();
}

function maxConsumerLag(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1000;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`GONGJIAN_MAX_CONSUMER_LAG must be a whole number of events; got "${value}"`);
  return n;
}

/** The bootstrap administrator's username: an id, so that the API can name the account. */
function adminUser(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!ID_PATTERN.test(value))
    throw new Error(`GONGJIAN_ADMIN_USER must be 1–100 letters, digits, '_', '.', ':' or '-'; got "${value}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number; got "${env.PORT}"`);
  return {
    dataDir: resolve(env.GONGJIAN_DATA_DIR ?? './data'),
    keyDir: env.GONGJIAN_KEY_DIR ? resolve(env.GONGJIAN_KEY_DIR) : undefined,
    allowOpenPermissions: env.GONGJIAN_ALLOW_OPEN_PERMISSIONS === '1',
    port,
    host: env.HOST ?? '127.0.0.1',
    eventStore: oneOf('GONGJIAN_EVENT_STORE', env.GONGJIAN_EVENT_STORE, ['sqlite', 'eventstoredb'], 'sqlite'),
    bus: oneOf('GONGJIAN_BUS', env.GONGJIAN_BUS, ['memory', 'kafka'], 'memory'),
    readStore: oneOf('GONGJIAN_READ_STORE', env.GONGJIAN_READ_STORE, ['memory', 'mongodb'], 'memory'),
    eventStoreUrl: env.EVENTSTORE_URL,
    kafkaBrokers: (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').filter(Boolean),
    mongodbUrl: env.MONGODB_URL,
    service: env.GONGJIAN_SERVICE ?? 'platform',
    kafkaPartitions: Number(env.KAFKA_PARTITIONS ?? 3),
    jwtSecret: env.GONGJIAN_JWT_SECRET || undefined,
    jwtPreviousSecrets: (env.GONGJIAN_JWT_PREVIOUS_SECRETS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    jwtTtlSeconds: parseJwtTtl(env.GONGJIAN_JWT_TTL),
    adminUser: adminUser(env.GONGJIAN_ADMIN_USER),
    adminPassword: env.GONGJIAN_ADMIN_PASSWORD || undefined,
    metricsToken: metricsToken(env.GONGJIAN_METRICS_TOKEN),
    trustProxy: trustProxy(env.GONGJIAN_TRUST_PROXY),
    idempotencyLeaseMillis: leaseMillis(env.GONGJIAN_IDEMPOTENCY_LEASE_MS),
    rebuildReadModels: env.GONGJIAN_REBUILD_READ_MODELS === '1',
    maxConsumerLag: maxConsumerLag(env.GONGJIAN_MAX_CONSUMER_LAG),
  };
}
