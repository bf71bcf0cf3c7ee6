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

/**
 * One service's checkpoints in a store the services share (the EventStoreDB deployment's MongoDB
 * database, the PostgreSQL deployment's database): every name is kept as `<service>.<name>`, so
 * matching's `relay` and organizations' `relay` are two checkpoints. Without it the last service
 * to save moved the other's relay forward past events it had not published (issue 22: found by
 * the scale-out test, events of matching never reached Kafka after its relay's handover).
 */
export class ServiceCheckpoints implements CheckpointStore {
  constructor(
    private readonly store: CheckpointStore,
    readonly service: string,
  ) {}

  private named(name: string): string {
    return `${this.service}.${name}`;
  }

  load(name: string): Promise<number> {
    return this.store.load(this.named(name));
  }

  read(name: string): Promise<Checkpoint | null> {
    return this.store.read(this.named(name));
  }

  save(name: string, position: number, eventId?: string): Promise<void> {
    return this.store.save(this.named(name), position, eventId);
  }

  reset(name: string, checkpoint: Checkpoint | null): Promise<void> {
    return this.store.reset(this.named(name), checkpoint);
  }
}
