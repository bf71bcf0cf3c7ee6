/**
 * A place in an event log: a global position and the id of the event stored there. `eventId` is
 * what tells two logs apart at one position (a log restored or replaced keeps handing out the same
 * numbers); checkpoints saved before it was recorded have none.
 */
export interface Checkpoint {
  position: number;
  eventId?: string;
}

/** Durable positions of relays and subscriptions, by name. */
export interface CheckpointStore {
  /** The position saved under `name` (0 when none). */
  load(name: string): Promise<number>;
  /** The checkpoint saved under `name`, with its event id when it has one (null when none). */
  read(name: string): Promise<Checkpoint | null>;
  /** Moves `name` forward to `position` (the event there is `eventId`); never moves it back. */
  save(name: string, position: number, eventId?: string): Promise<void>;
  /**
   * Sets `name` to `checkpoint` (or removes it), backwards too: only for a start that rebuilds on
   * a log that restarted (docs/ops/start-check.md), never while a relay runs.
   */
  reset(name: string, checkpoint: Checkpoint | null): Promise<void>;
}

export const CHECKPOINT_STORE = Symbol('CHECKPOINT_STORE');
