import type { EventEnvelope, ProposedEvent } from '../envelope';
import { InvalidLogPosition } from '../errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { pollingSubscription } from '../polling-subscription';
import { SqliteEventStore } from '../sqlite.event-store';

/**
 * A test double of a store whose positions are not event counts (EventStoreDB: byte offsets of
 * records in its log): a SQLite log whose n-th event is at position `n * 100 + (n * 37) % 90`, so
 * positions jump by about a hundred between events, unevenly. Like the server, it refuses to read
 * from a position it never gave out (InvalidLogPosition): a checkpoint of another log, or a
 * position inside a record. `reads` counts readAll calls (a relay that spins shows there).
 */
export class SparsePositionsEventStore implements EventStore {
  readonly inner: SqliteEventStore;
  reads = 0;
  private readonly listeners = new Set<() => void>();

  constructor(inner?: SqliteEventStore) {
    this.inner = inner ?? new SqliteEventStore({ filename: ':memory:' });
  }

  /** The position of the n-th event (1-based) of the inner log. */
  static positionOf(n: number): number {
    return n === 0 ? 0 : n * 100 + ((n * 37) % 90);
  }

  /** The inner log's position at `position`, or null when no event starts there. */
  static innerOf(position: number): number | null {
    if (position === 0) return 0;
    const n = Math.floor(position / 100);
    return n > 0 && SparsePositionsEventStore.positionOf(n) === position ? n : null;
  }

  private outer = (event: EventEnvelope): EventEnvelope => ({
    ...event,
    globalPosition: SparsePositionsEventStore.positionOf(event.globalPosition),
  });

  async append(streamId: string, events: ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const result = await this.inner.append(streamId, events, expected);
    for (const listener of this.listeners) listener();
    return {
      ...result,
      lastPosition: SparsePositionsEventStore.positionOf(result.lastPosition),
      events: result.events.map(this.outer),
    };
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<EventEnvelope[]> {
    return (await this.inner.readStream(streamId, options)).map(this.outer);
  }

  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    this.reads += 1;
    const from = SparsePositionsEventStore.innerOf(options.fromPosition ?? 0);
    if (from === null) throw new InvalidLogPosition(options.fromPosition!);
    return (await this.inner.readAll({ ...options, fromPosition: from })).map(this.outer);
  }

  async headPosition(): Promise<number> {
    return SparsePositionsEventStore.positionOf(await this.inner.headPosition());
  }

  async eventAt(position: number): Promise<EventEnvelope | null> {
    const n = SparsePositionsEventStore.innerOf(position);
    if (n === null || n === 0) return null;
    const event = await this.inner.eventAt(n);
    return event ? this.outer(event) : null;
  }

  subscribeToAll(handler: (event: EventEnvelope) => Promise<void>, options: SubscribeOptions = {}): Subscription {
    return pollingSubscription({
      read: (from) => this.readAll({ fromPosition: from, maxCount: 512 }),
      head: () => this.headPosition(),
      onAppend: (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
      handler,
      pollMillis: 50,
      ...options,
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
