import { type DynamicModule, Global, Module } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, SqliteEventStore } from '@gongjian/eventing';
import { IDEMPOTENCY_STORE, SqliteIdempotencyStore } from '@gongjian/http';
import {
  CHECKPOINT_STORE,
  EVENT_BUS,
  InProcessBroker,
  InProcessEventBus,
  SqliteCheckpointStore,
} from '@gongjian/messaging';
import { DOCUMENT_STORE, MemoryDocumentStore } from '@gongjian/read-models';
import { loadConfig, type RuntimeConfig } from './config';
import { ProjectionRegistry } from './projection-registry';
import { Runtime } from './runtime';
import { IN_PROCESS_BROKER, RUNTIME_CONFIG } from './tokens';

/**
 * Provides the ports (event store, bus, read models, checkpoints, idempotency records) with the
 * adapters the configuration names. Services inject the ports, never an adapter.
 */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(overrides: Partial<RuntimeConfig> = {}): DynamicModule {
    const config = { ...loadConfig(), ...overrides };
    for (const [port, value, embedded] of [
      ['GONGJIAN_EVENT_STORE', config.eventStore, 'sqlite'],
      ['GONGJIAN_BUS', config.bus, 'memory'],
      ['GONGJIAN_READ_STORE', config.readStore, 'memory'],
    ] as const) {
      if (value !== embedded) throw new Error(`${port}=${value} is not available in this build yet`);
    }
    return {
      module: RuntimeModule,
      providers: [
        { provide: RUNTIME_CONFIG, useValue: config },
        {
          provide: EVENT_STORE,
          useFactory: () => {
            mkdirSync(config.dataDir, { recursive: true });
            return new SqliteEventStore({ filename: join(config.dataDir, 'events.db') });
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
        { provide: DOCUMENT_STORE, useFactory: () => new MemoryDocumentStore() },
        { provide: IN_PROCESS_BROKER, useFactory: () => new InProcessBroker() },
        {
          provide: EVENT_BUS,
          inject: [IN_PROCESS_BROKER],
          useFactory: (b: InProcessBroker) => new InProcessEventBus(b),
        },
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
