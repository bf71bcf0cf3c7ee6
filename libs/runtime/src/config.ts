import { join, resolve } from 'node:path';
import type { DocumentStore } from '@gongjian/read-models';
import { parseJwtTtl, validateEnvironment } from './environment';

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
  eventStore: 'sqlite' | 'eventstoredb' | 'postgres';
  bus: 'memory' | 'kafka';
  readStore: 'memory' | 'mongodb';
  eventStoreUrl?: string;
  /**
   * The PostgreSQL event store's database (POSTGRES_URL, postgres://user:password@host:port/db):
   * events, checkpoints, idempotency records and credentials (docs/ops/postgres.md).
   */
  postgresUrl?: string;
  kafkaBrokers: string[];
  mongodbUrl?: string;
  /**
   * The service this process runs (`matching`, …), or `platform` for all of them. A service's
   * relay publishes only its own streams and its consumer group is `gongjian.<service>`.
   */
  service: string;
  kafkaPartitions: number;
  /**
   * The first part of every Kafka name this deployment uses (KAFKA_TOPIC_PREFIX, default
   * `gongjian`): topics `<prefix>.<service>.events`, consumer groups `<prefix>.<service>`. Two
   * deployments on one Kafka cluster (a city's and its training copy) each take their own.
   */
  kafkaTopicPrefix: string;
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
   * How long the lease of the replica that runs a service's relay and follower lasts without
   * renewal (GONGJIAN_LEADER_LEASE_MS, 1 s – 10 min, default 6 s): a dead leader is replaced
   * within about this. Renewed every third of it. Only where replicas share their stores.
   */
  leaderLeaseMillis: number;
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

/**
 * The runtime configuration from the environment, validated against `RuntimeEnvironment`
 * (environment.ts; a wrong value throws InvalidConfiguration naming it), with the defaults. The
 * log settings (GONGJIAN_LOG_LEVEL, GONGJIAN_LOG_FORMAT) are read by `startApp` (logging.ts).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const v = validateEnvironment(env);
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const trustProxy = v.GONGJIAN_TRUST_PROXY?.trim();
  return {
    dataDir: resolve(v.GONGJIAN_DATA_DIR ?? './data'),
    keyDir: v.GONGJIAN_KEY_DIR ? resolve(v.GONGJIAN_KEY_DIR) : undefined,
    allowOpenPermissions: v.GONGJIAN_ALLOW_OPEN_PERMISSIONS === '1',
    port: v.PORT ?? 3000,
    host: v.HOST ?? '127.0.0.1',
    eventStore: v.GONGJIAN_EVENT_STORE ?? 'sqlite',
    bus: v.GONGJIAN_BUS ?? 'memory',
    readStore: v.GONGJIAN_READ_STORE ?? 'memory',
    eventStoreUrl: v.EVENTSTORE_URL,
    postgresUrl: v.POSTGRES_URL,
    kafkaBrokers: list(v.KAFKA_BROKERS ?? '127.0.0.1:9092'),
    mongodbUrl: v.MONGODB_URL,
    service: v.GONGJIAN_SERVICE ?? 'platform',
    kafkaPartitions: v.KAFKA_PARTITIONS ?? 3,
    kafkaTopicPrefix: v.KAFKA_TOPIC_PREFIX ?? 'gongjian',
    jwtSecret: v.GONGJIAN_JWT_SECRET,
    jwtPreviousSecrets: list(v.GONGJIAN_JWT_PREVIOUS_SECRETS),
    jwtTtlSeconds: parseJwtTtl(v.GONGJIAN_JWT_TTL),
    adminUser: v.GONGJIAN_ADMIN_USER,
    adminPassword: v.GONGJIAN_ADMIN_PASSWORD,
    metricsToken: v.GONGJIAN_METRICS_TOKEN,
    trustProxy: trustProxy !== undefined && /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy,
    idempotencyLeaseMillis: v.GONGJIAN_IDEMPOTENCY_LEASE_MS ?? 60_000,
    leaderLeaseMillis: v.GONGJIAN_LEADER_LEASE_MS ?? 6_000,
    rebuildReadModels: v.GONGJIAN_REBUILD_READ_MODELS === '1',
    maxConsumerLag: v.GONGJIAN_MAX_CONSUMER_LAG ?? 1000,
  };
}
