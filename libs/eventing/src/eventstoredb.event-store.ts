import {
  BACKWARDS,
  DeadlineExceededError,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  NotLeaderError,
  START,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type Position,
  type ReadRevision,
} from '@eventstore/db-client';
import type { EventEnvelope, ProposedEvent } from './envelope';
import { planAppend, revisionName, type StreamHead, storedResult, streamHead } from './append-semantics';
import { ConcurrencyConflict } from './errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from './event-store.port';
import {
  fromEsdbEvent,
  isEsdbPositionAfter,
  isEsdbEnvelopeEvent,
  numberToEsdbPosition,
  esdbPositionToNumber,
  toEsdbEvent,
  toEsdbExpectedRevision,
} from './eventstoredb.mapping';
import { pollingSubscription } from './polling-subscription';

export interface EventStoreDbEventStoreOptions {
  /** Attempts of an `any` / `stream_exists` append that loses races for the head (default 10). */
  appendAttempts?: number;
  /** Events per `$all` read page (default 512). */
  pageSize?: number;
  /** Subscription poll interval when the live wake-up signal is down (ms, default 1000). */
  pollMillis?: number;
}

const TRANSIENT_RETRY_MILLIS = [100, 250, 500, 1000, 2000];

/**
 * The distributed event store: EventStoreDB / KurrentDB through @eventstore/db-client (gRPC).
 * Event layout and positions: eventstoredb.mapping.ts.
 *
 * Appends. What an append means (retries, expected revisions, the hash chain) is
 * append-semantics.ts, shared with the other adapters; this adapter only reads what the plan
 * needs and writes it. Every event carries the hash of its predecessor, so the writer must know
 * the stream's last event: `append` reads the stream's tail, plans, and appends with the *exact*
 * revision it read (NO_STREAM for a new stream), whatever the caller's expected revision was: a
 * concurrent writer therefore fails with WrongExpectedVersion instead of forking the chain. For
 * an exact expected revision (or `no_stream`) that loser gets ConcurrencyConflict; `any` /
 * `stream_exists` re-read the tail and try again (up to `appendAttempts`). Appending with an
 * exact revision is also what makes EventStoreDB itself deduplicate a retried append (DESIGN §3,
 * engineering facts).
 *
 * Idempotency (port contract: re-appending stored events is a no-op). EventStoreDB has no lookup
 * by event id, so the stored events that may carry the proposed ids are read where a replay must
 * be if it is one: at the caller's expected place (revisions e+1… for an exact revision e, 0… for
 * `no_stream`) when the stream has moved past it, and at the tail of the stream (the last
 * `events.length` events, read when the stream's last event is one of the proposed ones). Limits,
 * unlike the SQLite store (which has a unique index):
 * - an id reused in *another* stream is not detected (EventStoreDB would need a scan of `$all`);
 *   the contract runs with `detectsCrossStreamDuplicates: false`;
 * - an id reused in the same stream is detected only within the window above.
 *
 * Reads and positions. `$all` is read in pages and EventStoreDB's own events (`$`-prefixed types
 * or streams) and events without our metadata are skipped. `$all` grows as a prefix (events are
 * indexed in log order before an append is acknowledged), so reading after a position never skips
 * an event that commits later with a smaller position.
 *
 * Subscriptions reuse pollingSubscription (one loop for catch-up and live, so no gap and no
 * duplicate at the hand-over): it reads `$all` after the last delivered position; one live
 * EventStoreDB subscription to `$all` (from the end, system events excluded) per store only wakes
 * the loops up when something is appended, and the poll interval covers a lost signal.
 *
 * Server requirements: EventStoreDB 22.6+ (stream reads carry positions), credentials that may
 * read `$all` (admin or ops on a secure cluster), batches under the server's maximum append size
 * (1 MB by default; an append is atomic, so the adapter does not split it).
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly listeners = new Set<() => void>();
  private readonly subscriptions = new Set<Subscription>();
  private signal: AllStreamSubscription | null = null;
  private signalRetry: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly appendAttempts: number;
  private readonly pageSize: number;
  private readonly pollMillis: number;

  constructor(
    readonly client: EventStoreDBClient,
    options: EventStoreDbEventStoreOptions = {},
  ) {
    this.appendAttempts = Math.max(1, options.appendAttempts ?? 10);
    this.pageSize = Math.max(2, options.pageSize ?? 512);
    this.pollMillis = options.pollMillis ?? 1000;
  }

  /**
   * Connects with a connection string (e.g. `esdb://127.0.0.1:2113?tls=false`) and checks that
   * `$all` can be read, so that a wrong URL or missing rights fail at start-up.
   */
  static async connect(
    connectionString: string,
    options: EventStoreDbEventStoreOptions = {},
  ): Promise<EventStoreDbEventStore> {
    const store = new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), options);
    try {
      await store.headPosition();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async append(streamId: string, events: ProposedEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const { head, found } = await this.lookUp(streamId, events, expectedRevision);
      const recordedAt = new Date().toISOString();
      const plan = planAppend({ streamId, proposed: events, expected: expectedRevision, head, found, recordedAt });
      if (plan.kind === 'replay') return plan.result;
      if (plan.events.length === 0) {
        return { nextExpectedRevision: plan.nextExpectedRevision, lastPosition: await this.headPosition(), events: [] };
      }
      try {
        const result = await this.client.appendToStream(streamId, plan.events.map(toEsdbEvent), {
          expectedRevision: toEsdbExpectedRevision(head.revision),
        });
        // read back what is stored: it carries the positions, and it is the truth even when
        // EventStoreDB acknowledged the append as a duplicate of a concurrent identical one
        const first = plan.events[0].streamRevision;
        const stored = await this.readStream(streamId, { fromRevision: first, maxCount: plan.events.length });
        return { ...storedResult(plan, stored), nextExpectedRevision: Number(result.nextExpectedRevision) };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // another writer moved the stream between our read and our append. The next attempt
        // re-reads the tail: it finds our own events (a concurrent retry of this append), or
        // throws ConcurrencyConflict for an exact expectation, or chains onto the new head.
        const exact = typeof expectedRevision === 'number' || expectedRevision === 'no_stream';
        if (!exact && attempt >= this.appendAttempts) {
          throw new ConcurrencyConflict(streamId, String(expectedRevision), 'moving (too many concurrent writers)');
        }
        if (exact && attempt >= 2) {
          const now = await this.readTail(streamId, 1);
          throw new ConcurrencyConflict(streamId, String(expectedRevision), revisionName(now.at(-1)?.streamRevision));
        }
        // writers racing for the head of one stream: back off a little, with jitter
        if (!exact) await sleep(Math.random() * 5 * attempt);
      }
    }
  }

  /**
   * The head to chain onto, and the stored events that carry proposed ids as far as EventStoreDB
   * can tell without a lookup by id (see the class comment): the events at the caller's expected
   * place when the stream has moved past it, and the tail. The head alone is read first; the
   * longer tail only when the head is one of the proposed events (a retry).
   */
  private async lookUp(
    streamId: string,
    events: ProposedEvent[],
    expected: ExpectedRevision,
  ): Promise<{ head: StreamHead; found: EventEnvelope[] }> {
    const ids = new Set(events.map((e) => e.eventId));
    let tail = await this.readTail(streamId, 1);
    if (events.length > 1 && tail.some((e) => ids.has(e.eventId))) tail = await this.readTail(streamId, events.length);
    const head = streamHead(tail.at(-1));
    const expectedPlace = expected === 'no_stream' ? -1 : typeof expected === 'number' ? expected : undefined;
    let atPlace: EventEnvelope[] = [];
    if (
      events.length > 0 &&
      expectedPlace !== undefined &&
      head.revision !== undefined &&
      head.revision > expectedPlace
    ) {
      const from = expectedPlace + 1;
      atPlace =
        tail[0].streamRevision <= from
          ? tail.filter((e) => e.streamRevision >= from).slice(0, events.length)
          : await this.readStream(streamId, { fromRevision: from, maxCount: events.length });
    }
    return { head, found: [...atPlace, ...tail].filter((e) => ids.has(e.eventId)) };
  }

  /** The last `count` events of a stream, oldest first (none when it does not exist). */
  private async readTail(streamId: string, count: number): Promise<EventEnvelope[]> {
    const last = await this.readStream(streamId, { direction: 'backwards', maxCount: count });
    return last.reverse();
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const backwards = options.direction === 'backwards';
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (maxCount <= 0) return [];
    let fromRevision: ReadRevision;
    if (options.fromRevision === undefined) fromRevision = backwards ? END : START;
    else if (options.fromRevision < 0) {
      if (backwards) return [];
      fromRevision = START;
    } else fromRevision = BigInt(options.fromRevision);
    const read = async () => {
      const out: EventEnvelope[] = [];
      try {
        const events = this.client.readStream(streamId, {
          direction: backwards ? BACKWARDS : FORWARDS,
          fromRevision,
          maxCount,
        });
        for await (const resolved of events) {
          if (resolved.event) out.push(fromEsdbEvent(resolved.event));
        }
      } catch (error) {
        if (error instanceof StreamNotFoundError || error instanceof StreamDeletedError) return [];
        throw error;
      }
      return out;
    };
    return retryTransient(read);
  }

  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const out: EventEnvelope[] = [];
    // `cursor` is the position of the last record seen, ours or not: the next page starts there
    // (EventStoreDB includes the record at the start position, so it is dropped again)
    let cursor = options.fromPosition ?? 0;
    while (out.length < maxCount) {
      const page = Math.max(2, Math.min(this.pageSize, maxCount - out.length + 1));
      const from = cursor;
      const records = await retryTransient(() =>
        collect(this.client.readAll({ direction: FORWARDS, fromPosition: numberToEsdbPosition(from), maxCount: page })),
      );
      let progressed = false;
      for (const { event } of records) {
        if (!event || !isEsdbPositionAfter(event.position, cursor)) continue;
        cursor = esdbPositionToNumber(event.position);
        progressed = true;
        if (isEsdbEnvelopeEvent(event)) out.push(fromEsdbEvent(event));
        if (out.length >= maxCount) break;
      }
      if (records.length < page || !progressed) break;
    }
    return out;
  }

  /**
   * Position of the last of our events in `$all` (0 when there is none), read backwards. The
   * first page is small (usually the last record is ours); pages grow while records are skipped.
   */
  async headPosition(): Promise<number> {
    let before: Position | undefined;
    for (let page = Math.min(8, this.pageSize); ; page = Math.min(page * 4, this.pageSize)) {
      const from = before;
      const count = page;
      const records = await retryTransient(() =>
        collect(this.client.readAll({ direction: BACKWARDS, fromPosition: from ?? END, maxCount: count })),
      );
      let progressed = false;
      for (const { event } of records) {
        // a backwards read excludes its start position; the check only guards against a repeat
        if (!event || (before && event.position.commit >= before.commit)) continue;
        before = event.position;
        progressed = true;
        if (isEsdbEnvelopeEvent(event)) return esdbPositionToNumber(event.position);
      }
      if (records.length < count || !progressed) return 0;
    }
  }

  /**
   * The event at exactly `position`: `$all` read forwards from that position (which EventStoreDB
   * includes) for one record. Null when the head is before it, when the record there is not
   * ours (a system event) or when the first record at or after it starts later (a position this
   * log never gave out, e.g. a checkpoint of another log, which the server may also refuse).
   */
  async eventAt(position: number): Promise<EventEnvelope | null> {
    if (position <= 0) return null;
    if (position > (await this.headPosition())) return null;
    let records: AllStreamResolvedEvent[];
    try {
      records = await retryTransient(() =>
        collect(
          this.client.readAll({ direction: FORWARDS, fromPosition: numberToEsdbPosition(position), maxCount: 1 }),
        ),
      );
    } catch (error) {
      // the server may refuse a position inside a record (not one it gave out): nothing of ours is there
      if (isTransient(error)) throw error;
      return null;
    }
    const event = records[0]?.event;
    if (!event || esdbPositionToNumber(event.position) !== position || !isEsdbEnvelopeEvent(event)) return null;
    return fromEsdbEvent(event);
  }

  subscribeToAll(handler: (event: EventEnvelope) => Promise<void>, options: SubscribeOptions = {}): Subscription {
    const subscription = pollingSubscription({
      read: (from) => this.readAll({ fromPosition: from, maxCount: this.pageSize }),
      head: () => this.headPosition(),
      onAppend: (listener) => {
        this.listeners.add(listener);
        this.ensureSignal();
        return () => {
          this.listeners.delete(listener);
          if (this.listeners.size === 0) void this.stopSignal();
        };
      },
      handler,
      pollMillis: this.pollMillis,
      ...options,
    });
    const tracked: Subscription = {
      stop: async () => {
        this.subscriptions.delete(tracked);
        await subscription.stop();
      },
      caughtUp: () => subscription.caughtUp(),
    };
    this.subscriptions.add(tracked);
    return tracked;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.closed = true;
    await this.stopSignal();
    await this.client.dispose();
  }

  /**
   * Starts the live wake-up signal: an EventStoreDB subscription to the end of `$all` whose
   * events are not read, only counted as "something was appended". Restarted after an error
   * while anyone listens; meanwhile the subscriptions fall back to polling.
   */
  private ensureSignal(): void {
    if (this.signal || this.signalRetry || this.closed || this.listeners.size === 0) return;
    const signal = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    this.signal = signal;
    const notify = () => {
      for (const listener of [...this.listeners]) listener();
    };
    const restart = () => {
      if (this.signal !== signal) return;
      this.signal = null;
      void signal.unsubscribe().catch(() => undefined);
      if (this.closed || this.listeners.size === 0) return;
      this.signalRetry = setTimeout(() => {
        this.signalRetry = null;
        this.ensureSignal();
      }, this.pollMillis);
      this.signalRetry.unref?.();
    };
    signal.on('data', notify);
    signal.on('error', restart);
    signal.on('end', restart);
    signal.on('close', restart);
  }

  private async stopSignal(): Promise<void> {
    if (this.signalRetry) clearTimeout(this.signalRetry);
    this.signalRetry = null;
    const signal = this.signal;
    this.signal = null;
    if (signal) await signal.unsubscribe().catch(() => undefined);
  }
}

/** Drains a bounded read (the server ends the call after maxCount records). */
async function collect(read: AsyncIterable<AllStreamResolvedEvent>): Promise<AllStreamResolvedEvent[]> {
  const out: AllStreamResolvedEvent[] = [];
  for await (const record of read) out.push(record);
  return out;
}

function isTransient(error: unknown): boolean {
  return error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof NotLeaderError;
}

/** Retries reads (never appends) through short outages: a leader election, a restart. */
async function retryTransient<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (!isTransient(error) || attempt >= TRANSIENT_RETRY_MILLIS.length) throw error;
      await sleep(TRANSIENT_RETRY_MILLIS[attempt]);
    }
  }
}

function sleep(millis: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, millis));
}
