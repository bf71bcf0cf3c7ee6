import type { EventEnvelope } from '@gongjian/eventing';
import type { Checkpoint, CheckpointStore } from './checkpoint-store.port';

/**
 * Where a follower of the event log stands — the relay, a process's own log follower: the
 * position of the last event it handled and that event's id (so a start can tell whether this is
 * still its log), saved under its name in the checkpoint store now and then and at stop.
 */
export class LogPosition {
  position = 0;
  eventId: string | undefined;
  private saved = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly checkpoints: CheckpointStore,
    readonly name: string,
  ) {}

  /** Starts from the stored checkpoint, or from `initial` when none is stored (and stores it). */
  async load(initial: Checkpoint | null = null): Promise<void> {
    const stored = await this.checkpoints.read(this.name);
    const checkpoint = stored ?? initial;
    this.position = this.saved = checkpoint?.position ?? 0;
    this.eventId = checkpoint?.eventId;
    if (!stored && checkpoint && checkpoint.position > 0)
      await this.checkpoints.save(this.name, checkpoint.position, checkpoint.eventId);
  }

  moveTo(event: EventEnvelope): void {
    this.position = event.globalPosition;
    this.eventId = event.eventId;
  }

  /** Saves every `everyMillis` while the position moves. */
  saveEvery(everyMillis: number): void {
    this.timer = setInterval(() => void this.save(), everyMillis);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.save();
  }

  async save(): Promise<void> {
    if (this.position === this.saved) return;
    const { position, eventId } = this;
    await this.checkpoints.save(this.name, position, eventId);
    this.saved = position;
  }
}

/** The wait before the next attempt after `failures` failures in a row: doubling from `first`, at most 30 s. */
export function backoffMillis(first: number, failures: number): number {
  return Math.min(30_000, first * 2 ** Math.max(0, failures - 1));
}
