import { type DynamicModule, Global, Logger, Module, type Provider } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ScheduleModule } from '@nestjs/schedule';
import { TerminusModule } from '@nestjs/terminus';
import { APP_GUARD } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  AccountRevocations,
  accountStatusProjection,
  CREDENTIAL_STORE,
  createJwtService,
  JwtAuthGuard,
  JwtKeyRing,
  MIN_JWT_SECRET_LENGTH,
} from '@gongjian/auth';
import { SqliteCredentialStore } from '@gongjian/auth/sqlite.credential-store';
import { join } from 'node:path';
import { EVENT_STORE } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { IDEMPOTENCY_STORE } from '@gongjian/http';
import { SqliteIdempotencyStore } from '@gongjian/http/sqlite.idempotency-store';
import {
  CHECKPOINT_STORE,
  EVENT_BUS,
  InProcessBroker,
  InProcessEventBus,
  LEADER_LEASE,
  type LeaderLease,
  replicaName,
  ServiceCheckpoints,
} from '@gongjian/messaging';
import { KafkaEventBus } from '@gongjian/messaging/kafka.transport';
import { SqliteCheckpointStore } from '@gongjian/messaging/sqlite.checkpoint-store';
import { DOCUMENT_STORE, type DocumentStore, MemoryDocumentStore, TieredDocumentStore } from '@gongjian/read-models';
import { SqliteDocumentStore } from '@gongjian/read-models/sqlite.document-store';
import type { MongoDocumentStore } from '@gongjian/read-models/mongodb.document-store';
import type { PostgresEventStore } from '@gongjian/eventing/postgres.event-store';
import { eventLogFile, loadConfig, type RuntimeConfig } from './config';
import { InvalidConfiguration, validateEnvironment } from './environment';
import { ProjectionRegistry } from './projection-registry';
import { Metrics } from './metrics';
import { checkPrivateFile, ensurePrivateDir, PRIVATE_FILE_MODE, preparePrivateSqliteFile } from './private-files';
import { Readiness } from './readiness';
import { diskReadModelsFile } from './read-model-snapshots';
import { Runtime } from './runtime';
import { Commands } from './commands';
import { LocalReadModels } from './local-read-models';
import { Queries } from './queries';
import { ReadModels } from './read-models';
import { ReplayBoard, SHARED_REPLAYS, type SharedReplays } from './replay-board';
import { SHARED_JOBS, type SharedJobs } from './job-board';
import { SwapFence } from './swap-fence';
import { IN_PROCESS_BROKER, RUNTIME_CONFIG } from './tokens';

/** The settings that need one another (each variable alone is checked by RuntimeEnvironment). */
function checkConfig(config: RuntimeConfig): void {
  const problems: string[] = [];
  if (config.readStore === 'mongodb' && !config.mongodbUrl)
    problems.push('GONGJIAN_READ_STORE=mongodb needs MONGODB_URL');
  if (config.eventStore === 'eventstoredb') {
    if (!config.eventStoreUrl) problems.push('GONGJIAN_EVENT_STORE=eventstoredb needs EVENTSTORE_URL');
    // checkpoints, idempotency records and credentials then live in MongoDB
    if (config.readStore !== 'mongodb')
      problems.push('GONGJIAN_EVENT_STORE=eventstoredb needs GONGJIAN_READ_STORE=mongodb');
  }
  if (config.eventStore === 'postgres' && !config.postgresUrl)
    problems.push('GONGJIAN_EVENT_STORE=postgres needs POSTGRES_URL');
  if (problems.length > 0) throw new InvalidConfiguration(problems);
}

/**
 * Checkpoints, idempotency records, credentials and the relay's leader lease beside the read
 * models in MongoDB. The MongoDB adapters (and mongoose with its driver) are loaded only where
 * they are used: the embedded platform's start does not pay for them.
 */
function mongoSideStores(config: RuntimeConfig): Provider[] {
  const handle = (store: MongoDocumentStore, name: string) => store.collectionHandle<any>(name);
  return [
    {
      provide: CHECKPOINT_STORE,
      inject: [DOCUMENT_STORE],
      useFactory: async (s: MongoDocumentStore) => {
        const { MongoCheckpointStore } = await import('@gongjian/messaging/mongodb.checkpoint-store');
        // the services share the database: each keeps its checkpoints under its own name
        return new ServiceCheckpoints(
          new MongoCheckpointStore(handle(s, MongoCheckpointStore.collectionName)),
          config.service,
        );
      },
    },
    {
      provide: IDEMPOTENCY_STORE,
      inject: [DOCUMENT_STORE],
      useFactory: async (s: MongoDocumentStore) => {
        const { MongoIdempotencyStore } = await import('@gongjian/http/mongodb.idempotency-store');
        return new MongoIdempotencyStore(handle(s, MongoIdempotencyStore.collectionName), {
          staleClaimMillis: config.idempotencyLeaseMillis,
        });
      },
    },
    {
      provide: CREDENTIAL_STORE,
      inject: [DOCUMENT_STORE],
      useFactory: async (s: MongoDocumentStore) => {
        const { MongoCredentialStore } = await import('@gongjian/auth/mongodb.credential-store');
        return new MongoCredentialStore(handle(s, MongoCredentialStore.collectionName));
      },
    },
    {
      // the replicas of a service elect the one that runs its relay and follower (issue 22)
      provide: LEADER_LEASE,
      inject: [DOCUMENT_STORE],
      useFactory: async (s: MongoDocumentStore) => {
        const { MongoLeaderLease } = await import('@gongjian/messaging/mongodb.leader-lease');
        return new MongoLeaderLease(handle(s, MongoLeaderLease.collectionName));
      },
    },
  ];
}

/**
 * The PostgreSQL event store and, in its database, checkpoints, idempotency records and
 * credentials (DECISIONS 95). `pg` and the adapters are loaded only where they are used.
 */
function postgresProviders(config: RuntimeConfig): Provider[] {
  return [
    {
      provide: EVENT_STORE,
      useFactory: async () => {
        const { PostgresEventStore } = await import('@gongjian/eventing/postgres.event-store');
        return PostgresEventStore.connect(config.postgresUrl!);
      },
    },
    {
      provide: CHECKPOINT_STORE,
      inject: [EVENT_STORE],
      useFactory: async (store: PostgresEventStore) => {
        const { PostgresCheckpointStore } = await import('@gongjian/messaging/postgres.checkpoint-store');
        // the services share the database: each keeps its checkpoints under its own name
        return new ServiceCheckpoints(new PostgresCheckpointStore(store.pool), config.service);
      },
    },
    {
      provide: IDEMPOTENCY_STORE,
      inject: [EVENT_STORE],
      useFactory: async (store: PostgresEventStore) => {
        const { PostgresIdempotencyStore } = await import('@gongjian/http/postgres.idempotency-store');
        return new PostgresIdempotencyStore(store.pool, { staleClaimMillis: config.idempotencyLeaseMillis });
      },
    },
    {
      provide: CREDENTIAL_STORE,
      inject: [EVENT_STORE],
      useFactory: async (store: PostgresEventStore) => {
        const { PostgresCredentialStore } = await import('@gongjian/auth/postgres.credential-store');
        return new PostgresCredentialStore(store.pool);
      },
    },
    {
      // the replicas of a service elect the one that runs its relay and follower (issue 22)
      provide: LEADER_LEASE,
      inject: [EVENT_STORE],
      useFactory: async (store: PostgresEventStore) => {
        const { PostgresLeaderLease } = await import('@gongjian/messaging/postgres.leader-lease');
        return new PostgresLeaderLease(store.pool);
      },
    },
  ];
}

function eventStoreProviders(config: RuntimeConfig): Provider[] {
  if (config.eventStore === 'postgres') return postgresProviders(config);
  if (config.eventStore === 'eventstoredb') {
    return [
      {
        provide: EVENT_STORE,
        useFactory: async () => {
          const { EventStoreDbEventStore } = await import('@gongjian/eventing/eventstoredb.event-store');
          return EventStoreDbEventStore.connect(config.eventStoreUrl!);
        },
      },
      ...mongoSideStores(config),
    ];
  }
  return [
    {
      provide: EVENT_STORE,
      useFactory: () => {
        const filename = eventLogFile(config);
        preparePrivateSqliteFile(config.dataDir, filename, config);
        return new SqliteEventStore({ filename });
      },
    },
    {
      provide: CHECKPOINT_STORE,
      inject: [EVENT_STORE],
      useFactory: (store: SqliteEventStore) => new SqliteCheckpointStore(store.db),
    },
    {
      provide: IDEMPOTENCY_STORE,
      inject: [EVENT_STORE],
      useFactory: (store: SqliteEventStore) =>
        new SqliteIdempotencyStore(store.db, { staleClaimMillis: config.idempotencyLeaseMillis }),
    },
    {
      provide: CREDENTIAL_STORE,
      inject: [EVENT_STORE],
      useFactory: (store: SqliteEventStore) => new SqliteCredentialStore(store.db),
    },
  ];
}

/**
 * The JWT secret: GONGJIAN_JWT_SECRET (required when services run apart, all must share it), or
 * for the embedded runtime a random one generated once into the data directory (mode 600).
 */
function jwtSecret(config: RuntimeConfig): string {
  if (config.jwtSecret) {
    if (config.jwtSecret.length < MIN_JWT_SECRET_LENGTH)
      new Logger('Runtime').warn(
        `GONGJIAN_JWT_SECRET is shorter than ${MIN_JWT_SECRET_LENGTH} characters: use e.g. openssl rand -base64 48`,
      );
    return config.jwtSecret;
  }
  const file = join(config.dataDir, 'jwt-secret');
  ensurePrivateDir(config.dataDir, config);
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: PRIVATE_FILE_MODE });
  checkPrivateFile(file, config);
  return readFileSync(file, 'utf8').trim();
}

function busProviders(config: RuntimeConfig): Provider[] {
  if (config.bus === 'kafka') {
    return [
      { provide: IN_PROCESS_BROKER, useValue: null },
      {
        provide: EVENT_BUS,
        useFactory: () =>
          new KafkaEventBus({
            brokers: config.kafkaBrokers,
            clientId: `gongjian-${config.service}-relay`,
            partitions: config.kafkaPartitions,
            topicPrefix: config.kafkaTopicPrefix,
          }),
      },
    ];
  }
  return [
    { provide: IN_PROCESS_BROKER, useFactory: () => new InProcessBroker() },
    { provide: EVENT_BUS, inject: [IN_PROCESS_BROKER], useFactory: (b: InProcessBroker) => new InProcessEventBus(b) },
  ];
}

/**
 * Every process folds the account events its guard checks (token revocation), whatever services
 * it runs: registered here rather than by each service module, so that no boot can miss it.
 */
function registryWithAccountStatus(service: string): ProjectionRegistry {
  const registry = new ProjectionRegistry();
  registry.register(accountStatusProjection(service));
  return registry;
}

/**
 * Provides the ports (event store, bus, read models, checkpoints, idempotency records) with the
 * adapters the configuration names. Services inject the ports, never an adapter.
 *
 * The configuration is the environment validated by @nestjs/config against RuntimeEnvironment
 * (a wrong value refuses the start, naming it), then `overrides` (tests). It is read here, when
 * the module is built, because it chooses the adapters; ConfigService serves the same validated
 * variables to the services' own settings (`registerAs`).
 */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(overrides: Partial<RuntimeConfig> = {}): DynamicModule {
    const config = { ...loadConfig(), ...overrides };
    checkConfig(config);
    return {
      module: RuntimeModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, cache: true, validate: validateEnvironment }),
        // the services' periodic work (the expiry sweep) in the SchedulerRegistry, cleared at shutdown
        ScheduleModule.forRoot(),
        // readiness as health indicators (readiness.ts); a failed check is in the answer, not the log
        TerminusModule.forRoot({ logger: false }),
      ],
      providers: [
        { provide: RUNTIME_CONFIG, useValue: config },
        ...eventStoreProviders(config),
        ...busProviders(config),
        {
          provide: DOCUMENT_STORE,
          inject: [ProjectionRegistry],
          useFactory: (registry: ProjectionRegistry) =>
            config.documentStore ??
            (config.readStore === 'mongodb'
              ? import('@gongjian/read-models/mongodb.document-store').then(({ MongoDocumentStore }) =>
                  MongoDocumentStore.connect(config.mongodbUrl!),
                )
              : embeddedDocumentStore(config, registry)),
        },
        // the secrets, for tokens and for the keys derived from them (JwtKeyRing.derivedKeys)
        { provide: JwtKeyRing, useFactory: () => new JwtKeyRing(jwtSecret(config), config.jwtPreviousSecrets) },
        {
          provide: JwtService,
          inject: [JwtKeyRing],
          useFactory: (ring: JwtKeyRing) => createJwtService(ring, config.jwtTtlSeconds),
        },
        {
          provide: AccountRevocations,
          inject: [DOCUMENT_STORE],
          useFactory: (documents: DocumentStore) => new AccountRevocations(documents, config.service),
        },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: ProjectionRegistry, useFactory: () => registryWithAccountStatus(config.service) },
        LocalReadModels,
        {
          // where the replicas keep their long jobs (a what-if): null on one process
          provide: SHARED_JOBS,
          inject: [DOCUMENT_STORE, { token: LEADER_LEASE, optional: true }],
          useFactory: (documents: DocumentStore, lease?: LeaderLease): SharedJobs | null =>
            config.readStore === 'mongodb' && lease
              ? { documents, service: config.service, replica: replicaName() }
              : null,
        },
        {
          // replays any replica answers for, and the fence of a swap (null on one process)
          provide: SHARED_REPLAYS,
          inject: [SHARED_JOBS, LocalReadModels, { token: LEADER_LEASE, optional: true }],
          useFactory: (jobs: SharedJobs | null, local: LocalReadModels, lease?: LeaderLease): SharedReplays | null =>
            jobs && lease
              ? {
                  board: new ReplayBoard(jobs.documents, jobs.service, jobs.replica),
                  fence: new SwapFence(jobs.documents, lease, jobs.service, jobs.replica, () => local.runner),
                }
              : null,
        },
        Commands,
        Queries,
        Runtime,
        Readiness,
        Metrics,
        ReadModels,
      ],
      exports: [
        RUNTIME_CONFIG,
        EVENT_STORE,
        CHECKPOINT_STORE,
        IDEMPOTENCY_STORE,
        CREDENTIAL_STORE,
        JwtKeyRing,
        JwtService,
        AccountRevocations,
        DOCUMENT_STORE,
        SHARED_JOBS,
        IN_PROCESS_BROKER,
        EVENT_BUS,
        ProjectionRegistry,
        LocalReadModels,
        {
          // replicas share their read store and a lease store: replays any of them answers for
          provide: SHARED_REPLAYS,
          inject: [DOCUMENT_STORE, LocalReadModels, { token: LEADER_LEASE, optional: true }],
          useFactory: (documents: DocumentStore, local: LocalReadModels, lease?: LeaderLease): SharedReplays | null => {
            if (config.readStore !== 'mongodb' || !lease) return null;
            const replica = replicaName();
            return {
              board: new ReplayBoard(documents, config.service, replica),
              fence: new SwapFence(documents, lease, config.service, replica, () => local.runner),
            };
          },
        },
        Commands,
        Queries,
        Runtime,
        Readiness,
        Metrics,
        ReadModels,
      ],
    };
  }
}

/**
 * Read models beside an embedded log: in memory, but for the collections of projections that live
 * on disk (the audit index: `Projection.storage`), kept in `read-models.sqlite` in the data dir.
 * Beside EventStoreDB they all stay in memory.
 */
function embeddedDocumentStore(config: RuntimeConfig, registry: ProjectionRegistry): DocumentStore {
  const memory = new MemoryDocumentStore();
  if (config.eventStore !== 'sqlite') return memory;
  return new TieredDocumentStore(
    memory,
    () => {
      const file = diskReadModelsFile(config);
      preparePrivateSqliteFile(config.dataDir, file, config);
      return new SqliteDocumentStore(file);
    },
    (collection) => registry.projections.some((p) => p.collection === collection && p.storage === 'disk'),
  );
}
