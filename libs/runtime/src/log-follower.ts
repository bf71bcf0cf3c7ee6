import { Logger } from '@nestjs/common';
import type { EventEnvelope, EventStore, Subscription } from '@gongjian/eventing';
import type { CheckpointStore } from '@gongjian/messaging';
import { publicErrorText } from '@gongjian/messaging';

export interface FollowerOptions {
  /** Follow only streams starting with this (a service's own streams); default: the whole store. */
  streamPrefix?: string;
  /** First backoff after a failed event (ms); doubles up to 30 s. */
  retryMillis?: number;
  /** How often the checkpoint is saved while events flow (ms). */
  checkpointEveryMillis?: number;
}

export interface FollowerStatus {
  state: 'running' | 'retrying' | 'stopped';
  /** the event it keeps failing on while retrying (id, type, stream) */
  failingEvent: { eventId: string; type: string; streamId: string } | null;
  lastError: string | null;
  since: string | null;
  failures: number;
  /** global position of the last event it handled */
  position: number;
}

/**
 * Follows this process's own event log from a stored checkpoint and hands every event to
 * `handle` (fold it into the read models, run the process managers of this service), in log
 * order, at least once. What the bus did for a service's own events before the relay published
 * only public ones (issue 21 item 5): internal events never leave the service, yet its process
 * managers (an accepted proposal → a project) still run after every append, and a read model the
 * request did not reach before a crash is caught up at the next start.
 *
 * A failure (a read-store outage, a bug) retries the same event with a backoff, forever: the
 * event is this service's own, so skipping it would lose a step silently (an accepted proposal
 * without its project); /health/ready shows `follower: retrying` with the event and the error
 * (docs/DECISIONS.md).
 */
export class LogFollower {
  /** The checkpoint a follower keeps its position under. */
  static readonly checkpointName = 'follower';
  private readonly logger = new Logger('LogFollower');
  private subscription: Subscription | null = null;
  private position = 0;
  private eventId: string | undefined;
  private saved = 0;
  private timer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private failure: { error: unknown; event: EventEnvelope; since: Date; failures: number } | null = null;
  private stopped = false;

  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly handle: (event: EventEnvelope) => Promise<void>,
    private readonly options: FollowerOptions = {},
  ) {}

  /**
   * Starts after the stored checkpoint; without one, after `initial` (the relay's position when a
   * deployment moves to a follower: what the relay published, the bus already delivered).
   */
  async start(initial?: { position: number; eventId?: string } | null): Promise<void> {
    const checkpoint = (await this.checkpoints.read(LogFollower.checkpointName)) ?? initial ?? null;
    this.position = this.saved = checkpoint?.position ?? 0;
    this.eventId = checkpoint?.eventId;
    if (!(await this.checkpoints.read(LogFollower.checkpointName)) && this.position > 0) {
      await this.checkpoints.save(LogFollower.checkpointName, this.position, this.eventId);
    }
    this.stopped = false;
    this.follow();
    this.timer = setInterval(() => void this.saveCheckpoint(), this.options.checkpointEveryMillis ?? 200);
    this.timer.unref();
  }

  private follow(): void {
    const prefix = this.options.streamPrefix;
    this.subscription = this.store.subscribeToAll(
      async (event) => {
        if (!prefix || event.streamId.startsWith(prefix)) {
          try {
            await this.handle(event);
          } catch (error) {
            this.failed(error, event);
            throw error;
          }
        }
        if (this.failure)
          this.logger.log(`event ${this.failure.event.eventId} handled after ${this.failure.failures} failures`);
        this.failure = null;
        this.position = event.globalPosition;
        this.eventId = event.eventId;
      },
      {
        fromPosition: this.position,
        onError: () => {
          const failures = this.failure?.failures ?? 1;
          const backoff = Math.min(30_000, (this.options.retryMillis ?? 500) * 2 ** (failures - 1));
          this.retryTimer = setTimeout(() => {
            if (!this.stopped) this.follow();
          }, backoff);
          this.retryTimer.unref();
        },
      },
    );
  }

  private failed(error: unknown, event: EventEnvelope): void {
    const same = this.failure?.event.eventId === event.eventId;
    this.failure = {
      error,
      event,
      since: same ? this.failure!.since : new Date(),
      failures: same ? this.failure!.failures + 1 : 1,
    };
    this.logger.error(
      `event ${event.eventId} (${event.type}, ${event.streamId}) failed, attempt ${this.failure.failures}: ` +
        (error instanceof Error ? error.message : String(error)),
    );
  }

  /**
   * Resolves when every event appended so far has been handled (or the follower stops). Watches
   * the position rather than the subscription, which is replaced after each failure.
   */
  async caughtUp(): Promise<void> {
    const target = await this.store.headPosition();
    while (this.position < target && !this.stopped) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  get status(): FollowerStatus {
    const base = { position: this.position, failures: 0, lastError: null, since: null, failingEvent: null };
    if (this.subscription === null) return { state: 'stopped', ...base };
    if (!this.failure) return { state: 'running', ...base };
    const { event, error, since, failures } = this.failure;
    return {
      state: 'retrying',
      failingEvent: { eventId: event.eventId, type: event.type, streamId: event.streamId },
      lastError: publicErrorText(error),
      since: since.toISOString(),
      failures,
      position: this.position,
    };
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
    await this.checkpoints.save(LogFollower.checkpointName, position, eventId);
    this.saved = position;
  }
}
