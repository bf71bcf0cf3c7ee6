import type { EventEnvelope } from '@gongjian/eventing';

/** Events in one publication at most: the relay waits for room past this. */
export const MAX_PUBLICATION = 500;

/**
 * The relay's events on their way to the bus, published in batches: while one batch is with the
 * broker (one round trip, `acks: all`), the events the subscription hands over meanwhile gather
 * for the next. An event alone is published at the next tick, so an append seen while the bus is
 * idle goes out as before; a catch-up goes out 500 at a time rather than one
 * acknowledged round trip per event (DECISIONS 91).
 *
 * Order: one batch at a time, in the order handed over. The position moves to a batch's last
 * event only once the bus has accepted the batch; an event that is not published (filtered out)
 * moves it with the batch it sits in. A failed batch fails the queue for good: the events after
 * it are dropped and the relay follows the log again from its position, so they come again.
 */
export class PublicationQueue {
  private queue: Array<{ event: EventEnvelope; publish: boolean }> = [];
  private running: Promise<void> | null = null;
  /** `add` calls waiting for room: woken when a batch leaves the queue (or the queue fails) */
  private waitingForRoom: Array<() => void> = [];
  private failure: { error: unknown } | null = null;
  private signalFailure: (error: unknown) => void = () => undefined;
  /** Rejects with the error of the batch that failed (never resolves otherwise). */
  readonly failed: Promise<never>;

  constructor(
    private readonly publish: (events: EventEnvelope[]) => Promise<void>,
    /** after each batch the bus accepted: its last event, where the position moves */
    private readonly published: (last: EventEnvelope) => void,
    /** once, when a batch fails */
    private readonly onFailure: (error: unknown) => void,
    private readonly max = MAX_PUBLICATION,
  ) {
    this.failed = new Promise<never>((_, reject) => (this.signalFailure = reject));
    this.failed.catch(() => undefined);
  }

  /**
   * Hands an event over: resolves at once, or once the queue has room again. Rejects with the
   * error of an earlier batch (the subscription then ends, and the relay follows again).
   */
  async add(event: EventEnvelope, publish: boolean): Promise<void> {
    this.throwFailure();
    this.queue.push({ event, publish });
    this.running ??= this.drain();
    // room, not an empty queue: the next batch gathers while this one is with the broker
    while (this.queue.length >= this.max && this.running)
      await new Promise<void>((resolve) => this.waitingForRoom.push(resolve));
    this.throwFailure();
  }

  /** Resolves once everything handed over is published; rejects if a batch failed. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
    this.throwFailure();
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error;
  }

  private async drain(): Promise<void> {
    // the subscription hands over what it has read in microtasks; a tick runs once they are all
    // done (before any timer or socket), so the batch holds all of it and waits for nothing else
    await new Promise((resolve) => process.nextTick(resolve));
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.max);
        this.wakeWaiting();
        const events: EventEnvelope[] = [];
        for (const item of batch) if (item.publish) events.push(item.event);
        if (events.length > 0) await this.publish(events);
        this.published(batch[batch.length - 1].event);
      }
    } catch (error) {
      this.failure = { error };
      this.queue = [];
      this.signalFailure(error);
      this.onFailure(error);
    } finally {
      this.running = null;
      this.wakeWaiting();
    }
  }

  private wakeWaiting(): void {
    for (const wake of this.waitingForRoom.splice(0)) wake();
  }
}
