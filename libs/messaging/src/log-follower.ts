import { Logger } from '@nestjs/common';
import type { EventEnvelope, EventStore, Subscription } from '@gongjian/eventing';
import type { CheckpointStore } from './checkpoint-store.port';
import { backoffMillis, CheckpointNotInLog, LogPosition } from './log-position';
import { publicErrorText } from './public-error';

export interface FollowerOptions {
  /** Follow only streams starting with this (a service's own streams); default: the whole store. */
  streamPrefix?: string;
  /** First backoff after a failed event (ms); doubles up to 30 s. */
  retryMillis?: number;
  /** How often the checkpoint is saved while events flow (ms). */
  checkpointEveryMillis?: number;
  /**
   * Called once when the follower stops for good: the log refuses to read from its position (a
   * checkpoint of another log). The runtime stops the process with the message.
   */
  onFatal?: (error: CheckpointNotInLog) => void;
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
  private readonly at: LogPosition;
  private retryTimer: NodeJS.Timeout | null = null;
  private failure: { error: unknown; event: EventEnvelope; since: Date; failures: number } | null = null;
  private stopped = false;
  /** Why the follower stopped for good (its position is not one of this log). */
  private fatal: CheckpointNotInLog | null = null;

  constructor(
    private readonly store: EventStore,
    checkpoints: CheckpointStore,
    private readonly handle: (event: EventEnvelope) => Promise<void>,
    private readonly options: FollowerOptions = {},
  ) {
    this.at = new LogPosition(checkpoints, LogFollower.checkpointName);
  }

  /**
   * Starts after the stored checkpoint; without one, after `initial` (the relay's position when a
   * deployment moves to a follower: what the relay published, the bus already delivered).
   */
  async start(initial?: { position: number; eventId?: string } | null): Promise<void> {
    await this.at.load(initial ?? null);
    this.stopped = false;
    this.follow();
    this.at.saveEvery(this.options.checkpointEveryMillis ?? 200);
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
        this.at.moveTo(event);
      },
      {
        fromPosition: this.at.position,
        onError: (error) => {
          const fatal = CheckpointNotInLog.of(error, this.at);
          if (fatal) return this.stopFor(fatal);
          const backoff = backoffMillis(this.options.retryMillis ?? 500, this.failure?.failures ?? 1);
          this.retryTimer = setTimeout(() => {
            if (!this.stopped) this.follow();
          }, backoff);
          this.retryTimer.unref();
        },
      },
    );
  }

  /** A read the log refuses (InvalidLogPosition): retrying from the same position would spin forever. */
  private stopFor(fatal: CheckpointNotInLog): void {
    this.fatal = fatal;
    this.stopped = true;
    this.subscription = null;
    // the runtime logs it as fatal (one line) when it is told
    if (!this.options.onFatal) this.logger.error(fatal.message);
    this.options.onFatal?.(fatal);
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
    while (this.at.position < target && !this.stopped) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  get status(): FollowerStatus {
    const base = { position: this.at.position, failures: 0, lastError: null, since: null, failingEvent: null };
    if (this.subscription === null) return { state: 'stopped', ...base, lastError: this.fatal?.message ?? null };
    if (!this.failure) return { state: 'running', ...base };
    const { event, error, since, failures } = this.failure;
    return {
      state: 'retrying',
      failingEvent: { eventId: event.eventId, type: event.type, streamId: event.streamId },
      lastError: publicErrorText(error),
      since: since.toISOString(),
      failures,
      position: this.at.position,
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.subscription?.stop();
    this.subscription = null;
    await this.at.stop();
  }
}
