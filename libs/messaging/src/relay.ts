import { Logger } from '@nestjs/common';
import type { EventEnvelope, EventStore, Subscription } from '@gongjian/eventing';
import type { EventBus } from './event-bus.port';
import type { CheckpointStore } from './checkpoint-store.port';
import { publicErrorText } from './public-error';
import { backoffMillis, CheckpointNotInLog, LogPosition } from './log-position';
import { PublicationQueue } from './publication-queue';

export interface RelayOptions {
  name?: string;
  /** How often the checkpoint is saved while events flow (ms). */
  checkpointEveryMillis?: number;
  /** Publish only streams starting with this (a service's own streams); default: all. */
  streamPrefix?: string;
  /**
   * Publish only the events this accepts (the public integration events, libs/contracts); the
   * others stay in the service's own log, where its follower and the audit service read them.
   * Default: all.
   */
  publishes?: (event: EventEnvelope) => boolean;
  /** First backoff after a failed publish (ms); doubles up to 30 s. */
  retryMillis?: number;
  /** How often the broker is probed (`EventBus.probe`, ms), also while nothing is published. */
  probeMillis?: number;
  /**
   * Called once when the relay stops for good: the log refuses to read from its position (a
   * checkpoint of another log). The runtime stops the process with the message.
   */
  onFatal?: (error: CheckpointNotInLog) => void;
}

/**
 * Whether the broker answers, as the relay last saw it: by a publication or by a probe.
 * `none`: the bus has no broker (in-process); `unknown`: not checked yet.
 */
export interface BrokerStatus {
  state: 'reachable' | 'unreachable' | 'unknown' | 'none';
  /** why it is unreachable (addresses left out: the health pages are public) */
  lastError: string | null;
  /** unreachable since (ISO time) */
  since: string | null;
  /** when it was last checked (ISO time) */
  checkedAt: string | null;
}

export interface RelayStatus {
  state: 'running' | 'retrying' | 'stopped';
  /** the last publication error while retrying */
  lastError: string | null;
  /** when publications started failing (ISO time) */
  since: string | null;
  /** failed attempts in a row */
  failures: number;
  /** whether the broker answers: says `unreachable` also while nothing is being published */
  broker: BrokerStatus;
}

/**
 * Follows the event store from a stored checkpoint and publishes every event to the bus
 * (DESIGN §3: no "append then publish" in the request path). A crash between publish and
 * checkpoint republishes a few events; consumers are idempotent by (streamId, streamRevision),
 * so delivery is at-least-once and nothing is lost. Events are published in batches (a
 * PublicationQueue: the next batch gathers while one is with the broker); the checkpoint moves
 * only past what the bus accepted.
 */
export class Relay {
  /** The checkpoint a relay keeps its position under unless named otherwise. */
  static readonly checkpointName = 'relay';
  private readonly logger = new Logger('Relay');
  private subscription: Subscription | null = null;
  /** the events of the current subscription on their way to the bus */
  private queue: PublicationQueue | null = null;
  private readonly at: LogPosition;
  private failure: unknown = null;
  /** Why the relay stopped for good (its position is not one of this log), null while it runs. */
  private fatal: CheckpointNotInLog | null = null;
  private signalFatal: () => void = () => undefined;
  /** Resolves when the relay stops for good, so that nothing waits for it to catch up. */
  private readonly fatalSignal = new Promise<void>((resolve) => (this.signalFatal = resolve));
  private failures = 0;
  /** When publishing started failing (cleared by the next successful publish). */
  private failingSince: Date | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private probeTimer: NodeJS.Timeout | null = null;
  private probing = false;
  private broker: BrokerStatus;
  readonly name: string;

  constructor(
    private readonly store: EventStore,
    private readonly bus: EventBus,
    checkpoints: CheckpointStore,
    private readonly options: RelayOptions = {},
  ) {
    this.name = options.name ?? Relay.checkpointName;
    this.at = new LogPosition(checkpoints, this.name);
    this.broker = { state: bus.probe ? 'unknown' : 'none', lastError: null, since: null, checkedAt: null };
  }

  async start(): Promise<void> {
    await this.at.load();
    this.stopped = false;
    this.follow();
    this.at.saveEvery(this.options.checkpointEveryMillis ?? 200);
    if (this.bus.probe) void this.probe();
  }

  /**
   * Probes the broker now and again every `probeMillis` (5 s) until stopped: a broker outage
   * shows in /health/ready even when no write is waiting to be published.
   */
  private async probe(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
    try {
      await this.bus.probe!();
      this.brokerAnswered();
    } catch (error) {
      this.brokerFailed(error);
    } finally {
      this.probing = false;
    }
    if (this.stopped) return;
    this.probeTimer = setTimeout(() => void this.probe(), this.options.probeMillis ?? 5_000);
    this.probeTimer.unref();
  }

  private brokerAnswered(): void {
    if (this.broker.state === 'none') return;
    if (this.broker.state === 'unreachable')
      this.logger.log(`the broker answers again (unreachable since ${this.broker.since})`);
    this.broker = { state: 'reachable', lastError: null, since: null, checkedAt: new Date().toISOString() };
  }

  private brokerFailed(error: unknown): void {
    if (this.broker.state === 'none') return;
    const now = new Date().toISOString();
    if (this.broker.state !== 'unreachable')
      this.logger.error(`the broker is unreachable: ${error instanceof Error ? error.message : String(error)}`);
    this.broker = {
      state: 'unreachable',
      lastError: publicErrorText(error),
      since: this.broker.state === 'unreachable' ? this.broker.since : now,
      checkedAt: now,
    };
  }

  /**
   * Subscribes after the last published position. When publishing fails (broker down), the relay
   * reports itself unhealthy and follows again after a backoff, from the last event it published.
   */
  private follow(): void {
    const { streamPrefix: prefix, publishes } = this.options;
    const queue = new PublicationQueue(
      (events) => this.bus.publish(events),
      (last) => {
        this.at.moveTo(last);
        this.failure = null;
        this.failures = 0;
        this.failingSince = null;
        this.brokerAnswered();
      },
      // the subscription may be idle, with nothing to hand over that would fail: end it here
      (error) => {
        if (this.queue === queue) void this.subscription?.stop();
        this.failed(queue, error);
      },
    );
    this.queue = queue;
    this.subscription = this.store.subscribeToAll(
      (event) => queue.add(event, (!prefix || event.streamId.startsWith(prefix)) && (!publishes || publishes(event))),
      { fromPosition: this.at.position, onError: (error) => this.failed(queue, error) },
    );
  }

  /** The subscription of `queue` failed (reading the log, or publishing): follow again after a backoff. */
  private failed(queue: PublicationQueue, error: unknown): void {
    if (this.queue !== queue) return; // already handled (a failed batch ends its subscription too)
    this.queue = null;
    const fatal = CheckpointNotInLog.of(error, this.at);
    if (fatal) return this.stopFor(fatal);
    this.failure = error;
    this.failures += 1;
    this.failingSince ??= new Date();
    const backoff = backoffMillis(this.options.retryMillis ?? 500, this.failures);
    this.logger.error(
      `publishing failed, retrying in ${backoff} ms: ${error instanceof Error ? error.message : String(error)}`,
    );
    this.retryTimer = setTimeout(() => {
      if (!this.stopped) this.follow();
    }, backoff);
    // is it the broker? the answer goes to /health/ready
    if (this.bus.probe && !this.stopped) void this.probe();
  }

  /** A read the log refuses (InvalidLogPosition): retrying from the same position would spin forever. */
  private stopFor(fatal: CheckpointNotInLog): void {
    this.fatal = fatal;
    this.subscription = null;
    // the runtime logs it as fatal (one line) when it is told
    if (!this.options.onFatal) this.logger.error(fatal.message);
    this.signalFatal();
    this.options.onFatal?.(fatal);
  }

  /** Resolves when everything appended so far has been published (or at once when stopped for good). */
  async caughtUp(): Promise<void> {
    const { subscription, queue } = this;
    if (!subscription) return;
    if (!queue) throw this.failure; // retrying after a failure, as the failed subscription would say
    // everything handed over to the queue (or its failure), then everything published
    await Promise.race([subscription.caughtUp(), this.fatalSignal, queue.failed]);
    await queue.idle();
  }

  get healthy(): boolean {
    return this.subscription !== null && this.failure === null;
  }

  /**
   * What /health/ready reports: `retrying` while the bus refuses publications, with the last
   * error and since when; `broker.state` is `unreachable` while the broker does not answer, also
   * when nothing waits to be published. The writes meanwhile stay in the event store and are
   * published, in order, once the broker is back.
   */
  get status(): RelayStatus {
    const broker = { ...this.broker };
    if (this.subscription === null)
      return { state: 'stopped', lastError: this.fatal?.message ?? null, since: null, failures: 0, broker };
    if (this.failure === null) return { state: 'running', lastError: null, since: null, failures: 0, broker };
    return {
      state: 'retrying',
      lastError: publicErrorText(this.failure),
      since: this.failingSince?.toISOString() ?? null,
      failures: this.failures,
      broker,
    };
  }

  get lastPublished(): number {
    return this.at.position;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.probeTimer) clearTimeout(this.probeTimer);
    await this.subscription?.stop();
    // what was handed over is published before the checkpoint is saved (a failure: it comes again)
    await this.queue?.idle().catch(() => undefined);
    this.subscription = null;
    this.queue = null;
    await this.at.stop();
  }
}
