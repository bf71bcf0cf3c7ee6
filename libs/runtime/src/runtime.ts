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
import { type EventBus, EVENT_BUS, CHECKPOINT_STORE, type CheckpointStore, Relay } from '@gongjian/messaging';
import { DOCUMENT_STORE, type DocumentStore, ProjectionRunner, type RebuildReport } from '@gongjian/read-models';
import { RUNTIME_CONFIG } from './tokens';
import type { RuntimeConfig } from './config';
import { ProjectionRegistry } from './projection-registry';
import { type Check, consumerLagCheck, type LagCheck, type LagSource, readStoreCheck } from './dependency-checks';

type AttachedTransport = LagSource & {
  state?: string;
  lastError?: string | null;
  pausedReason?: string | null;
  deadLettered?: number;
};

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
  private transport: AttachedTransport | null = null;
  private lagCache: { at: number; check: Promise<LagCheck> } | null = null;

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
   * The bus transport of this process. Its consumer state is part of /health, and it gets one
   * handler per service whose events this process's projections fold (`matching.*`,
   * `organizations.*`…), so services declare projections, not handlers.
   */
  attachTransport(transport: Server): void {
    this.transport = transport as unknown as AttachedTransport;
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

  /**
   * Down when the relay cannot publish or the bus consumer crashed, stopped (nestjs/nest #11910)
   * or is paused on an outage of the read store.
   */
  health(): { status: 'ok' | 'down'; checks: Record<string, string> } {
    const relay = this.relay === null ? 'off' : this.relay.healthy ? 'ok' : 'down';
    const consumer = this.transport?.state ?? 'in-process';
    const consumerDown = consumer === 'crashed' || consumer === 'stopped' || consumer === 'paused';
    const status = this.started && relay !== 'down' && !consumerDown ? 'ok' : 'down';
    return {
      status,
      checks: {
        service: this.config.service,
        eventStore: this.config.eventStore,
        readStore: this.config.readStore,
        bus: this.config.bus,
        relay,
        consumer,
        ...(this.transport?.lastError ? { consumerError: this.transport.lastError } : {}),
        ...(this.transport?.pausedReason ? { consumerPausedBy: this.transport.pausedReason } : {}),
      },
    };
  }

  /**
   * The checks that ask another server: the read store answers a ping, and the consumer group's
   * lag is within GONGJIAN_MAX_CONSUMER_LAG (measured at most every 5 s). Each is `{ok, detail}`.
   */
  async dependencyChecks(): Promise<{ readStore: Check; consumerLag: LagCheck }> {
    const now = Date.now();
    if (!this.lagCache || now - this.lagCache.at > 5_000)
      this.lagCache = { at: now, check: consumerLagCheck(this.transport, this.config.maxConsumerLag) };
    const [readStore, consumerLag] = await Promise.all([readStoreCheck(this.documents), this.lagCache.check]);
    return { readStore, consumerLag };
  }

  /** `health()` with the dependency checks: what /health answers. */
  async checkedHealth(): Promise<{
    status: 'ok' | 'down';
    checks: Record<string, string>;
    consumerLag: LagCheck['lag'];
  }> {
    const base = this.health();
    const { readStore, consumerLag } = await this.dependencyChecks();
    return {
      status: base.status === 'ok' && readStore.ok && consumerLag.ok ? 'ok' : 'down',
      checks: { ...base.checks, readStoreReachable: readStore.detail, consumerLag: consumerLag.detail },
      consumerLag: consumerLag.lag,
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
