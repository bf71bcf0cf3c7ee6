import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CREDENTIAL_STORE, JwtAuthGuard, SqliteCredentialStore } from '@gongjian/auth';
import { join } from 'node:path';
import { EVENT_STORE, SqliteEventStore } from '@gongjian/eventing';
import { IDEMPOTENCY_STORE, SqliteIdempotencyStore } from '@gongjian/http';
import {
  CHECKPOINT_STORE,
  EVENT_BUS,
  InProcessBroker,
  InProcessEventBus,
  KafkaEventBus,
  SqliteCheckpointStore,
} from '@gongjian/messaging';
import { DOCUMENT_STORE, MemoryDocumentStore, MongoDocumentStore } from '@gongjian/read-models';
import { loadConfig, type RuntimeConfig } from './config';
import { ProjectionRegistry } from './projection-registry';
import { Runtime } from './runtime';
import { IN_PROCESS_BROKER, RUNTIME_CONFIG } from './tokens';

/** Adapters the configuration can name but this build does not have yet. */
function refuseUnavailable(config: RuntimeConfig): void {
  const unavailable: Array<[string, string, string]> = [['GONGJIAN_EVENT_STORE', config.eventStore, 'sqlite']];
  for (const [port, value, available] of unavailable) {
    if (value !== available) throw new Error(`${port}=${value} is not available in this build yet`);
  }
  if (config.readStore === 'mongodb' && !config.mongodbUrl)
    throw new Error('GONGJIAN_READ_STORE=mongodb needs MONGODB_URL');
}

function eventStoreProviders(config: RuntimeConfig): Provider[] {
  return [
    {
      provide: EVENT_STORE,
      useFactory: () => {
        mkdirSync(config.dataDir, { recursive: true });
        return new SqliteEventStore({
          filename: join(config.dataDir, `${config.service === 'platform' ? 'events' : config.service}.db`),
        });
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
      useFactory: (store: SqliteEventStore) => new SqliteIdempotencyStore(store.db),
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
  if (config.jwtSecret) return config.jwtSecret;
  const file = join(config.dataDir, 'jwt-secret');
  mkdirSync(config.dataDir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
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
 * Provides the ports (event store, bus, read models, checkpoints, idempotency records) with the
 * adapters the configuration names. Services inject the ports, never an adapter.
 */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(overrides: Partial<RuntimeConfig> = {}): DynamicModule {
    const config = { ...loadConfig(), ...overrides };
    refuseUnavailable(config);
    return {
      module: RuntimeModule,
      providers: [
        { provide: RUNTIME_CONFIG, useValue: config },
        ...eventStoreProviders(config),
        ...busProviders(config),
        {
          provide: DOCUMENT_STORE,
          useFactory: () =>
            config.readStore === 'mongodb' ? MongoDocumentStore.connect(config.mongodbUrl!) : new MemoryDocumentStore(),
        },
        {
          provide: JwtService,
          useFactory: () => new JwtService({ secret: jwtSecret(config), signOptions: { expiresIn: '12h' } }),
        },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        ProjectionRegistry,
        Runtime,
      ],
      exports: [
        RUNTIME_CONFIG,
        EVENT_STORE,
        CHECKPOINT_STORE,
        IDEMPOTENCY_STORE,
        CREDENTIAL_STORE,
        JwtService,
        DOCUMENT_STORE,
        IN_PROCESS_BROKER,
        EVENT_BUS,
        ProjectionRegistry,
        Runtime,
      ],
    };
  }
}
