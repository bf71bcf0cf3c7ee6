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

/**
 * Follows the event store from a stored checkpoint and publishes every event to the bus
 * (DESIGN §3: no "append then publish" in the request path). A crash between publish and
 * checkpoint republishes a few events; consumers are idempotent by (streamId, streamRevision),
 * so delivery is at-least-once and nothing is lost.
 */
export class Relay {
  /** The checkpoint a relay keeps its position under unless named otherwise. */
  static readonly checkpointName = 'relay';
  private readonly logger = new Logger('Relay');
  private subscription: Subscription | null = null;
  private position = 0;
  /** id of the event at `position` (saved with it, so a start can tell whether this is still its log) */
  private eventId: string | undefined;
  private saved = 0;
  private timer: NodeJS.Timeout | null = null;
  private failure: unknown = null;
  private failures = 0;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  readonly name: string;

  constructor(
    private readonly store: EventStore,
    private readonly bus: EventBus,
    private readonly checkpoints: CheckpointStore,
    private readonly options: RelayOptions = {},
  ) {
    this.name = options.name ?? Relay.checkpointName;
  }

  async start(): Promise<void> {
    const checkpoint = await this.checkpoints.read(this.name);
    this.position = this.saved = checkpoint?.position ?? 0;
    this.eventId = checkpoint?.eventId;
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
        this.eventId = event.eventId;
        this.failure = null;
        this.failures = 0;
      },
      {
        fromPosition: this.position,
        onError: (error) => {
          this.failure = error;
          this.failures += 1;
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
    const { position, eventId } = this;
    await this.checkpoints.save(this.name, position, eventId);
    this.saved = position;
  }
}
