import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Server } from '@nestjs/microservices';
import {
  type CommandContext,
  type CommandResult,
  ConcurrencyConflict,
  type Decider,
  type DomainEvent,
  EVENT_STORE,
  type EventEnvelope,
  type EventStore,
  handleCommand,
  type Schema,
} from '@gongjian/eventing';
import {
  type ConsumerHealth,
  type ConsumerStatus,
  type EventBus,
  EVENT_BUS,
  CHECKPOINT_STORE,
  type CheckpointStore,
  Relay,
  type RelayStatus,
} from '@gongjian/messaging';
import { DOCUMENT_STORE, type DocumentStore, ProjectionRunner, type RebuildReport } from '@gongjian/read-models';
import { RUNTIME_CONFIG } from './tokens';
import type { RuntimeConfig } from './config';
import { ProjectionRegistry } from './projection-registry';

/**
 * The relay in one word for `checks.relay`: `broker unreachable` while the broker does not
 * answer (publishing waits, nothing is lost), `retrying` while publications fail otherwise.
 */
function relayWord(relay: RelayStatus | null): string {
  if (relay === null) return 'off';
  if (relay.state === 'stopped') return 'stopped';
  if (relay.broker.state === 'unreachable') return 'broker unreachable';
  return relay.state === 'retrying' ? 'retrying' : 'ok';
}

export interface Liveness {
  status: 'ok';
  service: string;
  uptimeSeconds: number;
}

export interface Readiness {
  /** ok and degraded answer 200 (ready), down 503 (not ready) */
  status: 'ok' | 'degraded' | 'down';
  /** one word per check (the shape of /health before readiness was split out) */
  checks: Record<string, string>;
  /** the relay in detail (null: this process runs none) */
  relay: RelayStatus | null;
  /** the bus consumer in detail, with its last crash (null before a transport is attached) */
  consumer: ConsumerStatus | null;
}

/**
 * Owns the moving parts of one process: the projection runner, the relay, and their order at
 * start (rebuild read models, then relay) and at shutdown (relay, then stores).
 */
@Injectable()
export class Runtime implements OnApplicationShutdown {
  private readonly logger = new Logger('Runtime');
  private runnerInstance: ProjectionRunner | null = null;
  private relay: Relay | null = null;
  private started = false;
  private transport: { health?: ConsumerHealth; deadLettered?: number } | null = null;
  private readonly startedAt = Date.now();

  constructor(
    @Inject(RUNTIME_CONFIG) readonly config: RuntimeConfig,
    @Inject(EVENT_STORE) readonly store: EventStore,
    @Inject(DOCUMENT_STORE) readonly documents: DocumentStore,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    private readonly registry: ProjectionRegistry,
  ) {}

  get runner(): ProjectionRunner {
    this.runnerInstance ??= new ProjectionRunner(this.documents, this.registry.projections);
    return this.runnerInstance;
  }

  /**
   * The bus transport of this process. Its consumer state is part of /health/ready, and it gets one
   * handler per service whose events this process's projections fold (`matching.*`,
   * `organizations.*`…), so services declare projections, not handlers.
   */
  attachTransport(transport: Server): void {
    this.transport = transport as unknown as { health?: ConsumerHealth; deadLettered?: number };
    const reactors = this.registry.reactors;
    const project = async (event: EventEnvelope) => {
      await this.runner.project(event);
      for (const reactor of reactors) if (reactor.handles.includes(event.type)) await reactor.react(event);
    };
    if (this.registry.projections.some((p) => p.handles.includes('*'))) {
      transport.addHandler('*', project, true);
      return;
    }
    const services = new Set(
      [...this.registry.projections, ...reactors].flatMap((p) => p.handles.map((t) => t.slice(0, t.indexOf('.')))),
    );
    for (const service of services) transport.addHandler(`${service}.*`, project, true);
  }

  /**
   * Declares indexes, and rebuilds read models that live in memory from the log (persistent
   * ones resume from where their consumer left off). Runs before the bus starts delivering.
   */
  async prepare(): Promise<RebuildReport | null> {
    await this.runner.init();
    const report = this.config.readStore === 'memory' ? await this.runner.rebuild(this.store) : null;
    this.started = true;
    return report;
  }

  /**
   * Starts the relay from its checkpoint; what it republishes is skipped by revision. A service
   * publishes only its own streams (`<service>.`); the platform publishes all.
   */
  async startRelay(): Promise<void> {
    const prefix = this.config.service === 'platform' ? undefined : `${this.config.service}.`;
    this.relay = new Relay(this.store, this.bus, this.checkpoints, { streamPrefix: prefix });
    await this.relay.start();
  }

  /**
   * The write path of every use case: decide and append (handleCommand), then project the stream
   * into this process's read models straight from the event store, so the caller's next query
   * sees its write. The bus is not on this path: a write succeeds while the broker is down, and
   * the relay publishes it when the broker is back (other services see it then).
   */
  async execute<C, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C,
    context: CommandContext,
    schema?: Schema,
  ): Promise<CommandResult<S>> {
    const result = await handleCommand(this.store, streamId, decider, command, context, schema);
    if (result.events.length > 0) await this.runner.catchUp(this.store, streamId, result.version);
    return result;
  }

  /**
   * `execute`, deciding again on the new state when another writer appended to the stream first
   * (unless the caller pinned a version with If-Match): for commands whose decision holds on any
   * state, or that the decider refuses cleanly when it no longer does. `retries`: how many races
   * to lose before the conflict (409) goes to the caller.
   */
  async executeWithRetry<C, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C,
    context: CommandContext,
    retries = 100,
  ): Promise<CommandResult<S>> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.execute(streamId, decider, command, context);
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || context.expectedVersion !== undefined || attempt >= retries)
          throw error;
      }
    }
  }

  /** Messages the bus consumer of this process gave up on and dead-lettered. */
  deadLettered(): number {
    return this.transport?.deadLettered ?? 0;
  }

  /** Position of the last event the relay handed to the bus (null: this process runs no relay). */
  relayPosition(): number | null {
    return this.relay?.lastPublished ?? null;
  }

  /** The bus consumer of this process (null before a transport is attached). */
  get consumer(): ConsumerHealth | null {
    return this.transport?.health ?? null;
  }

  /**
   * Liveness: the process runs and its event loop answers (this is called from a request). It
   * depends on nothing outside the process, so a broker or database outage, or a poison message,
   * never gets the process restarted.
   */
  liveness(): Liveness {
    return {
      status: 'ok',
      service: this.config.service,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
    };
  }

  /**
   * Readiness: can this process serve its own routes (docs/ops/health.md). `down` (503) before
   * its stores are open and its read models prepared, and while its bus consumer is crashed for
   * good or stopped (its read models would never catch up). `degraded` (still 200) while the
   * relay cannot publish or the broker does not answer its probe (`checks.relay: 'broker
   * unreachable'`, `checks.brokerError`: writes still land in the event store and are published
   * once it is back) or the consumer is restarting after a retriable crash: this
   * service's own reads and writes still work, only what other services publish arrives later.
   * `checks.consumerError` names the crash while the consumer is not back; once it has joined its
   * group again the crash stays only as information (`consumer.lastError`).
   */
  health(): Readiness {
    const relay: RelayStatus | null = this.relay?.status ?? null;
    const health = this.consumer;
    const consumer: ConsumerStatus | null = health?.status ?? null;
    const relayCheck = relayWord(relay);
    const consumerBack = !consumer || consumer.state === 'running' || consumer.state === 'rebalancing';
    const relayWell = relayCheck === 'ok' || relayCheck === 'off';
    const status = !this.started || health?.down ? 'down' : !relayWell || !consumerBack ? 'degraded' : 'ok';
    return {
      status,
      checks: {
        service: this.config.service,
        eventStore: this.config.eventStore,
        readStore: this.config.readStore,
        bus: this.config.bus,
        stores: this.started ? 'open' : 'starting',
        relay: relayCheck,
        ...(relay && relay.broker.state !== 'none' ? { broker: relay.broker.state } : {}),
        ...(relay?.broker.state === 'unreachable' ? { brokerError: relay.broker.lastError ?? 'unreachable' } : {}),
        consumer: consumer?.state ?? 'none',
        ...(!consumerBack && consumer?.lastError ? { consumerError: consumer.lastError.message } : {}),
      },
      relay,
      consumer,
    };
  }

  /** For tests and benchmarks: resolves when the relay has published everything appended so far. */
  async settle(): Promise<void> {
    await this.relay?.caughtUp();
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    if (signal) this.logger.log(`shutting down on ${signal}`);
    await this.relay?.stop();
    this.relay = null;
    await this.bus.close();
    await this.documents.close();
    await this.store.close();
  }
}
