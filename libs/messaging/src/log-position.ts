import { type EventEnvelope, InvalidLogPosition } from '@gongjian/eventing';
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

/**
 * A follower of the log (the relay, the log follower) whose position this log refuses to read from
 * (InvalidLogPosition: EventStoreDB's answer to a position that is not a record's start). Retrying
 * cannot help: the checkpoint is another log's (a restored or replaced event store, positions
 * carried over from SQLite). The process stops with this message; the start check then refuses
 * the next start the same way, or GONGJIAN_REBUILD_READ_MODELS=1 resets it (docs/ops/start-check.md).
 */
export class CheckpointNotInLog extends Error {
  constructor(
    /** the checkpoint's name in the checkpoint store (`relay`, `follower`) */
    readonly checkpointName: string,
    readonly position: number,
    readonly eventId: string | undefined,
    override readonly cause: InvalidLogPosition,
  ) {
    super(
      `the ${checkpointName} stops: its checkpoint (checkpoint ${checkpointName}, position ${position}` +
        `${eventId ? `, event ${eventId}` : ''}) is not a position of this event log, which refuses to read from it ` +
        '(a checkpoint of another log: a restored or replaced event store, or positions carried over from SQLite). ' +
        'Restore the log it belongs to, or start once with GONGJIAN_REBUILD_READ_MODELS=1 to follow this log ' +
        'from its start (docs/ops/start-check.md).',
    );
    this.name = 'CheckpointNotInLog';
  }

  /** The error as a follower at `at` meets it: InvalidLogPosition becomes this, anything else is kept. */
  static of(error: unknown, at: LogPosition): CheckpointNotInLog | null {
    if (!(error instanceof InvalidLogPosition)) return null;
    return new CheckpointNotInLog(
      at.name,
      error.position,
      at.position === error.position ? at.eventId : undefined,
      error,
    );
  }
}
