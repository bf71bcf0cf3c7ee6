import { Logger } from '@nestjs/common';
import type { EventStore, Subscription } from '@gongjian/eventing';
import type { EventBus } from './event-bus.port';
import type { CheckpointStore } from './checkpoint-store.port';

export interface RelayOptions {
  name?: string;
  /** How often the checkpoint is saved while events flow (ms). */
  checkpointEveryMillis?: number;
  /** Publish only streams starting with this (a service's own streams); default: all. */
  streamPrefix?: string;
  /** First backoff after a failed publish (ms); doubles up to 30 s. */
  retryMillis?: number;
}

export interface RelayStatus {
  state: 'running' | 'retrying' | 'stopped';
  /** the last publication error while retrying */
  lastError: string | null;
  /** when publications started failing (ISO time) */
  since: string | null;
  /** failed attempts in a row */
  failures: number;
}

/**
 * Follows the event store from a stored checkpoint and publishes every event to the bus
 * (DESIGN §3: no "append then publish" in the request path). A crash between publish and
 * checkpoint republishes a few events; consumers are idempotent by (streamId, streamRevision),
 * so delivery is at-least-once and nothing is lost.
 */
export class Relay {
  private readonly logger = new Logger('Relay');
  private subscription: Subscription | null = null;
  private position = 0;
  private saved = 0;
  private timer: NodeJS.Timeout | null = null;
  private failure: unknown = null;
  private failures = 0;
  /** When publishing started failing (cleared by the next successful publish). */
  private failingSince: Date | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  readonly name: string;

  constructor(
    private readonly store: EventStore,
    private readonly bus: EventBus,
    private readonly checkpoints: CheckpointStore,
    private readonly options: RelayOptions = {},
  ) {
    this.name = options.name ?? 'relay';
  }

  async start(): Promise<void> {
    this.position = this.saved = await this.checkpoints.load(this.name);
    this.stopped = false;
    this.follow();
    this.timer = setInterval(() => void this.saveCheckpoint(), this.options.checkpointEveryMillis ?? 200);
    this.timer.unref();
  }

  /**
   * Subscribes after the last published position. When publishing fails (broker down), the relay
   * reports itself unhealthy and follows again after a backoff, from the last event it published.
   */
  private follow(): void {
    this.subscription = this.store.subscribeToAll(
      async (event) => {
        const prefix = this.options.streamPrefix;
        if (!prefix || event.streamId.startsWith(prefix)) await this.bus.publish([event]);
        this.position = event.globalPosition;
        this.failure = null;
        this.failures = 0;
        this.failingSince = null;
      },
      {
        fromPosition: this.position,
        onError: (error) => {
          this.failure = error;
          this.failures += 1;
          this.failingSince ??= new Date();
          const backoff = Math.min(30_000, (this.options.retryMillis ?? 500) * 2 ** (this.failures - 1));
          this.logger.error(
            `publishing failed, retrying in ${backoff} ms: ${error instanceof Error ? error.message : String(error)}`,
          );
          this.retryTimer = setTimeout(() => {
            if (!this.stopped) this.follow();
          }, backoff);
        },
      },
    );
  }

  /** Resolves when everything appended so far has been published. */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  get healthy(): boolean {
    return this.subscription !== null && this.failure === null;
  }

  /**
   * What /health/ready reports: `retrying` while the bus refuses publications (broker
   * unreachable), with the last error and since when; the writes meanwhile stay in the event store
   * and are published, in order, once the broker is back.
   */
  get status(): RelayStatus {
    if (this.subscription === null) return { state: 'stopped', lastError: null, since: null, failures: 0 };
    if (this.failure === null) return { state: 'running', lastError: null, since: null, failures: 0 };
    const error = this.failure;
    return {
      state: 'retrying',
      lastError: error instanceof Error ? error.message : String(error),
      since: this.failingSince?.toISOString() ?? null,
      failures: this.failures,
    };
  }

  get lastPublished(): number {
    return this.position;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.subscription?.stop();
    this.subscription = null;
    await this.saveCheckpoint();
  }

  private async saveCheckpoint(): Promise<void> {
    if (this.position === this.saved) return;
    const position = this.position;
    await this.checkpoints.save(this.name, position);
    this.saved = position;
  }
}
