import { Inject, Injectable, Logger, type OnApplicationShutdown, Optional } from '@nestjs/common';
import type { Server } from '@nestjs/microservices';
import { EVENT_STORE, type EventEnvelope, type EventStore } from '@gongjian/eventing';
import {
  type ConsumerHealth,
  type EventBus,
  EVENT_BUS,
  CHECKPOINT_STORE,
  type CheckpointNotInLog,
  type CheckpointStore,
  LogFollower,
  type FollowerStatus,
  LEADER_LEASE,
  type LeaderLease,
  Leadership,
  type LeadershipStatus,
  Relay,
  type RelayStatus,
} from '@gongjian/messaging';
import { DOCUMENT_STORE, type DocumentStore, ProjectionRunner, type RebuildReport } from '@gongjian/read-models';
import { RUNTIME_CONFIG } from './tokens';
import { eventLogFile, type RuntimeConfig } from './config';
import { compareWithLog, type Divergence, REBUILD_FLAG, recordEventIds, StartRefused } from './start-check';
import { ProjectionRegistry } from './projection-registry';
import { LocalReadModels } from './local-read-models';
import { isPublicEvent } from '@gongjian/contracts';
import { type Check, consumerLagCheck, type LagCheck, type LagSource, readStoreCheck } from './dependency-checks';
import { ReadModelSnapshots, type StartReport } from './read-model-snapshots';
import { breathing } from './breathing';

/** How often whether a periodic snapshot is due is looked at. */
const SNAPSHOT_CHECK_MILLIS = 30_000;

type AttachedTransport = LagSource & { health?: ConsumerHealth; deadLettered?: number };

export interface Liveness {
  status: 'ok';
  service: string;
  uptimeSeconds: number;
}

/**
 * The lifecycle of one process: its read models checked against the log and rebuilt at start,
 * the bus transport attached, the relay started, their health, and the order of shutdown (relay,
 * then stores). The write path is not here (Commands), and neither the stores nor the runner are
 * public: nothing outside the kernel touches them.
 */
@Injectable()
export class Runtime implements OnApplicationShutdown {
  private readonly logger = new Logger('Runtime');
  private relay: Relay | null = null;
  private follower: LogFollower | null = null;
  /** Which replica of the service runs the relay and the follower (null: this process alone has them). */
  private leadership: Leadership | null = null;
  /** the follower's position when it last stopped (the snapshot written at shutdown is taken there) */
  private followedBeforeStop = 0;
  private started = false;
  private transport: AttachedTransport | null = null;
  private lagCache: { at: number; check: Promise<LagCheck> } | null = null;
  private readonly startedAt = Date.now();
  private readonly snapshots: ReadModelSnapshots;
  private snapshotTimer: NodeJS.Timeout | null = null;
  /**
   * What happens when the relay or the follower stops for good (the log refuses their checkpoint's
   * position): logged as fatal here, then this. startApp sets it to close the app and exit 1 (the
   * next start meets the start check's refusal); tests may set their own.
   */
  onFatal: (error: CheckpointNotInLog) => void = () => undefined;

  constructor(
    @Inject(RUNTIME_CONFIG) readonly config: RuntimeConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    private readonly registry: ProjectionRegistry,
    private readonly readModels: LocalReadModels,
    @Optional() @Inject(LEADER_LEASE) private readonly lease: LeaderLease | null = null,
  ) {
    this.snapshots = new ReadModelSnapshots(
      config,
      store,
      documents,
      () => this.registry.projections,
      (work) => this.runner.exclusive(work),
    );
  }

  private get runner(): ProjectionRunner {
    return this.readModels.runner;
  }

  private get logCheckpoint() {
    return this.readModels.logCheckpoint;
  }

  /** Position of the last event of this process's log (0: empty). */
  headPosition(): Promise<number> {
    return this.store.headPosition();
  }

  /**
   * The bus transport of this process. Its consumer state is part of /health/ready, and it gets one
   * handler per other service whose public events this process's projections or reactors fold
   * (`organizations.*`…), so services declare projections, not handlers. A process's own events
   * come from its own log (the follower), not from the bus: the bus carries public events only,
   * and what it brings of this process's own streams is skipped.
   */
  attachTransport(transport: Server): void {
    this.transport = transport as unknown as AttachedTransport;
    const reactors = this.registry.reactors;
    const project = async (event: EventEnvelope) => {
      if (this.readModels.ownsStream(event.streamId)) return;
      await this.readModels.project(event);
      for (const reactor of reactors) if (reactor.handles.includes(event.type)) await reactor.react(event);
    };
    if (this.registry.projections.some((p) => p.handles.includes('*'))) {
      transport.addHandler('*', project, true);
      return;
    }
    const own = this.config.service;
    const services = new Set(
      [...this.registry.projections, ...reactors]
        .flatMap((p) => p.handles.map((t) => t.slice(0, t.indexOf('.'))))
        .filter((service) => own !== 'platform' && service !== own),
    );
    for (const service of services) transport.addHandler(`${service}.*`, project, true);
  }

  /**
   * What the follower does with each event of this process's own log: fold it into the read
   * models (skipped where the request already did), then run the reactors that handle it.
   */
  private async follow(event: EventEnvelope): Promise<void> {
    await this.readModels.project(event);
    if (!this.readModels.ownsStream(event.streamId)) return;
    for (const reactor of this.registry.reactors) if (reactor.handles.includes(event.type)) await reactor.react(event);
  }

  /**
   * Checks the read models and the relay against the log (start check, docs/ops/start-check.md),
   * declares indexes, and rebuilds read models that live in memory from the log (persistent ones
   * resume from where their consumer left off). Runs before the bus starts delivering.
   *
   * A log behind the read models' or the relay's checkpoint, or another log (another event at the
   * checkpoint's position), refuses the start (StartRefused), unless GONGJIAN_REBUILD_READ_MODELS=1
   * asks to drop the read models, rebuild them from this log and republish it from its start.
   */
  async prepare(): Promise<StartReport | null> {
    const divergences = await this.checkAgainstLog();
    if (divergences.length > 0 && !this.config.rebuildReadModels)
      throw new StartRefused(this.config.service, divergences, this.logName());
    if (divergences.length === 0 && this.config.rebuildReadModels && this.persistentReadModels())
      this.logger.warn(`${REBUILD_FLAG} is set but the read models match the log: nothing to rebuild; unset it`);
    await recordEventIds(this.store, this.logCheckpoint, this.checkpoints, divergences);
    await this.runner.init();
    let report: StartReport | null = null;
    if (divergences.length > 0) {
      for (const d of divergences) this.logger.warn(`start check (${REBUILD_FLAG}): ${d.of} diverge from the log`);
      report = { ...(await this.rebuildFromLog(divergences)), from: 'log' };
      this.logger.warn(
        `${REBUILD_FLAG}: read models rebuilt from ${report.events} events of this log in ${report.millis} ms; unset it`,
      );
    } else if (!this.persistentReadModels()) {
      report = await this.loadOrRebuild();
    }
    this.started = true;
    return report;
  }

  /**
   * Read models in memory: loaded from their snapshot and caught up with the log when the snapshot
   * verifies (read-model-snapshots.ts), else rebuilt from the whole log. GONGJIAN_REBUILD_READ_MODELS=1
   * rebuilds without looking at the snapshot.
   */
  private async loadOrRebuild(): Promise<StartReport> {
    const rebuild = this.config.rebuildReadModels === true;
    if (rebuild)
      this.logger.warn(`${REBUILD_FLAG}: the read models are rebuilt from the log, their snapshot is not used`);
    const report = await this.snapshots.loadAndCatchUp(this.runner, rebuild);
    const head = await this.store.headPosition();
    const last = head > 0 ? await this.store.eventAt(head) : null;
    await this.logCheckpoint.reset(last ? { position: last.globalPosition, eventId: last.eventId } : null);
    return report;
  }

  /** Read models outlive the process (MongoDB, or a store a test keeps across starts). */
  private persistentReadModels(): boolean {
    return this.config.readStore === 'mongodb' || this.config.documentStore !== undefined;
  }

  private logName(): string {
    if (this.config.eventStore === 'postgres') return 'PostgreSQL';
    return this.config.eventStore === 'sqlite' ? eventLogFile(this.config) : 'EventStoreDB';
  }

  /**
   * What a rebuild folds. From memory: everything. After a divergence, on a service: only the
   * read models that fold events of its own log. Those that fold other services' events only
   * (delivered by the bus, not in this log) are right as they are and kept; those that fold both
   * lose what the other services' events brought, which the log cannot give back (warned).
   */
  private rebuilder(diverged: boolean): ProjectionRunner {
    const service = this.config.service;
    if (!diverged || service === 'platform') return this.runner;
    const own = (type: string) => type !== '*' && type.startsWith(`${service}.`);
    const projections = this.registry.projections.filter((p) => p.handles.some(own));
    const mixed = projections.filter((p) => !p.handles.every(own)).map((p) => p.name);
    if (mixed.length > 0)
      this.logger.warn(
        `${REBUILD_FLAG}: ${mixed.join(', ')} also fold other services' events, which this log does not hold: ` +
          'those parts stay empty until the events come again (docs/ops/start-check.md)',
      );
    return projections.length === this.registry.projections.length
      ? this.runner
      : new ProjectionRunner(this.documents, projections);
  }

  /** The read models' and the relay's checkpoints that this log cannot have given out. */
  async checkAgainstLog(): Promise<Divergence[]> {
    const found = [
      await compareWithLog(
        this.store,
        'read models',
        `${this.logCheckpoint.name} in the read store`,
        await this.logCheckpoint.read(),
      ),
      await compareWithLog(
        this.store,
        'relay',
        `checkpoint ${Relay.checkpointName}`,
        await this.checkpoints.read(Relay.checkpointName),
      ),
      await compareWithLog(
        this.store,
        'follower',
        `checkpoint ${LogFollower.checkpointName}`,
        await this.checkpoints.read(LogFollower.checkpointName),
      ),
    ];
    return found.filter((d): d is Divergence => d !== null);
  }

  /**
   * Drops the read models (see rebuilder) and folds the whole log into them again, then moves the read models'
   * checkpoint to the head (only now: a rebuild cut short leaves the old one, and the next start
   * finds the divergence again). A relay checkpoint the log cannot have is removed: the relay
   * republishes the log from its start and consumers skip what they have (by stream revision).
   */
  private async rebuildFromLog(divergences: Divergence[]): Promise<RebuildReport> {
    const report = await this.rebuilder(divergences.length > 0).rebuild(this.store);
    const head = await this.store.headPosition();
    const last = head > 0 ? await this.store.eventAt(head) : null;
    await this.logCheckpoint.reset(last ? { position: last.globalPosition, eventId: last.eventId } : null);
    if (divergences.some((d) => d.of === 'relay')) await this.checkpoints.reset(Relay.checkpointName, null);
    // the follower starts again at the head: its reactors' steps of the old log are not redone
    if (divergences.some((d) => d.of === 'follower'))
      await this.checkpoints.reset(
        LogFollower.checkpointName,
        last ? { position: last.globalPosition, eventId: last.eventId } : null,
      );
    return report;
  }

  /**
   * Starts the relay from its checkpoint; what it republishes is skipped by revision. A service
   * publishes only its own streams (`<service>.`); the platform publishes all.
   *
   * Where the service's replicas share their stores (a LEADER_LEASE is provided: the EventStoreDB
   * and PostgreSQL deployments), only the replica holding the lease `<service>.relay` runs the
   * relay and the follower (issue 22); the others serve requests and consume the bus, and one of
   * them takes over within about GONGJIAN_LEADER_LEASE_MS when the leader dies.
   */
  async startRelay(): Promise<void> {
    let stopping = false;
    const onFatal = (error: CheckpointNotInLog) => {
      this.logger.fatal(error.message);
      if (!stopping) this.onFatal(error);
      stopping = true;
    };
    const duties = { start: () => this.startDuties(onFatal), stop: () => this.stopDuties() };
    if (this.lease) {
      this.leadership = new Leadership(this.lease, `${this.config.service}.relay`, duties, {
        ttlMillis: this.config.leaderLeaseMillis,
      });
      await this.leadership.start();
    } else {
      await duties.start();
    }
    if (this.snapshots.enabled) {
      this.snapshotTimer = setInterval(() => {
        const position = this.followerPosition() ?? 0;
        if (this.snapshots.due(position)) void this.snapshots.write(() => this.followerPosition() ?? 0);
      }, SNAPSHOT_CHECK_MILLIS);
      this.snapshotTimer.unref();
    }
  }

  /** The follower of this process's log, then the relay: what the elected replica runs. */
  private async startDuties(onFatal: (error: CheckpointNotInLog) => void): Promise<void> {
    const prefix = this.config.service === 'platform' ? undefined : `${this.config.service}.`;
    // the audit service reads every stream of the store it is given (the shared EventStoreDB)
    const followed = this.config.service === 'audit' ? undefined : prefix;
    // both catch up in the background without holding the event loop (the HTTP server listens meanwhile)
    const store = breathing(this.store);
    this.follower = new LogFollower(store, this.checkpoints, (event) => this.follow(event), {
      streamPrefix: followed,
      onFatal,
    });
    await this.follower.start(await this.checkpoints.read(Relay.checkpointName));
    this.relay = new Relay(store, this.bus, this.checkpoints, {
      streamPrefix: prefix,
      publishes: (event) => isPublicEvent(event.type),
      onFatal,
    });
    await this.relay.start();
  }

  private async stopDuties(): Promise<void> {
    await this.relay?.stop();
    this.relay = null;
    await this.follower?.stop();
    if (this.follower) this.followedBeforeStop = this.follower.status.position;
    this.follower = null;
  }

  /** Messages the bus consumer of this process gave up on and dead-lettered. */
  deadLettered(): number {
    return this.transport?.deadLettered ?? 0;
  }

  /** Position of the last event the relay handed to the bus (null: this process runs no relay). */
  relayPosition(): number | null {
    return this.relay?.lastPublished ?? null;
  }

  /** Position of the last event the log follower handled (null: not started). */
  followerPosition(): number | null {
    return this.follower?.status.position ?? null;
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

  /** Stores open and read models prepared: the process can serve (readiness.ts). */
  get prepared(): boolean {
    return this.started;
  }

  /** Whether this replica runs the relay and the follower (null: no election, this process runs them). */
  get leadershipStatus(): LeadershipStatus | null {
    return this.leadership?.status ?? null;
  }

  /** The relay in detail (null: this process runs none, or not yet). */
  get relayStatus(): RelayStatus | null {
    return this.relay?.status ?? null;
  }

  /** The follower of this process's own log (null before it starts). */
  get followerStatus(): FollowerStatus | null {
    return this.follower?.status ?? null;
  }

  /**
   * The read store answers a ping (MongoDB, FerretDB; an in-memory store always does): down, reads
   * answer 503 and the consumer is paused.
   */
  readStoreCheck(): Promise<Check> {
    return readStoreCheck(this.documents);
  }

  /** The consumer group's lag against GONGJIAN_MAX_CONSUMER_LAG, measured at most every 5 s. */
  consumerLag(): Promise<LagCheck> {
    const now = Date.now();
    if (!this.lagCache || now - this.lagCache.at > 5_000)
      this.lagCache = { at: now, check: consumerLagCheck(this.transport, this.config.maxConsumerLag) };
    return this.lagCache.check;
  }

  /** For tests and benchmarks: resolves when the relay has published everything appended so far. */
  async settle(): Promise<void> {
    await this.follower?.caughtUp();
    await this.relay?.caughtUp();
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    if (signal) this.logger.log(`shutting down on ${signal}`);
    if (this.snapshotTimer) clearInterval(this.snapshotTimer);
    if (this.leadership) await this.leadership.stop();
    else await this.stopDuties();
    // every event up to the follower's position is folded: the next start loads this and catches up
    const followed = this.followedBeforeStop;
    await this.snapshots.settled();
    if (this.started) await this.snapshots.write(() => followed);
    await this.logCheckpoint.flush();
    await this.bus.close();
    await this.documents.close();
    await this.store.close();
  }
}
