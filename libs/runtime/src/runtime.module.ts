import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
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
import { DOCUMENT_STORE, MemoryDocumentStore } from '@gongjian/read-models';
import { loadConfig, type RuntimeConfig } from './config';
import { ProjectionRegistry } from './projection-registry';
import { Runtime } from './runtime';
import { IN_PROCESS_BROKER, RUNTIME_CONFIG } from './tokens';

/** Adapters the configuration can name but this build does not have yet. */
function refuseUnavailable(config: RuntimeConfig): void {
  const unavailable: Array<[string, string, string]> = [
    ['GONGJIAN_EVENT_STORE', config.eventStore, 'sqlite'],
    ['GONGJIAN_READ_STORE', config.readStore, 'memory'],
  ];
  for (const [port, value, available] of unavailable) {
    if (value !== available) throw new Error(`${port}=${value} is not available in this build yet`);
  }
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
  ];
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
        { provide: DOCUMENT_STORE, useFactory: () => new MemoryDocumentStore() },
        ProjectionRegistry,
        Runtime,
      ],
      exports: [
        RUNTIME_CONFIG,
        EVENT_STORE,
        CHECKPOINT_STORE,
        IDEMPOTENCY_STORE,
        DOCUMENT_STORE,
        IN_PROCESS_BROKER,
        EVENT_BUS,
        ProjectionRegistry,
        Runtime,
      ],
    };
  }
}
