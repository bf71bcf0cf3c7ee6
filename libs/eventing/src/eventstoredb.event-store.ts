import {
  BACKWARDS,
  CancelledError,
  DeadlineExceededError,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  MaxAppendSizeExceededError,
  NotLeaderError,
  START,
  StreamDeletedError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendResult as EsdbAppendResult,
  type Position,
  type ReadRevision,
} from '@eventstore/db-client';
import type { EventEnvelope, ProposedEvent } from './envelope';
import {
  MAX_APPEND_BYTES,
  planAppend,
  revisionName,
  type StreamHead,
  storedResult,
  streamHead,
} from './append-semantics';
import {
  AppendTooLarge,
  ConcurrencyConflict,
  EventStoreUnavailable,
  ForeignEventInStream,
  InvalidLogPosition,
  StreamDeleted,
} from './errors';
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
  foreignEnvelope,
  fromEsdbEvent,
  isEsdbPositionAfter,
  isEsdbEnvelopeEvent,
  isEsdbSystemEvent,
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
  /** Subscription poll interval while the live wake-up signal is down (ms, default 1000). */
  pollMillis?: number;
  /** Subscription poll interval while the signal is live, a safety net only (ms, default 30 000). */
  idlePollMillis?: number;
  /**
   * Waits between attempts of a call that failed transiently (unavailable, cancelled by a shutdown,
   * timed out, not the leader); after the last, EventStoreUnavailable. Default about 37 s in all,
   * longer than a server restart or a leader election.
   */
  retryMillis?: readonly number[];
  /** The server's maximum append size (default MAX_APPEND_BYTES, EventStoreDB's 1 MiB). */
  maxAppendBytes?: number;
}

const RETRY_MILLIS = [100, 250, 500, 1000, 2000, 3000, 5000, 5000, 5000, 5000, 5000, 5000];

/**
 * The distributed event store: EventStoreDB / KurrentDB through @eventstore/db-client (gRPC).
 * Event layout and positions: eventstoredb.mapping.ts. What it does at the edges a real server
 * has, each modelled by the fake client (testing/fake-esdb-client.ts) and exercised by the contract
 * suite: docs/ops/eventstoredb.md and DECISIONS 86.
 *
 * Appends. What an append means (retries, expected revisions, the hash chain, the size limit) is
 * append-semantics.ts, shared with the other adapters; this adapter only reads what the plan
 * needs and writes it. Every event carries the hash of its predecessor, so the writer must know
 * the stream's last event: `append` reads the stream's tail, plans, and appends with the *exact*
 * revision it read (NO_STREAM for a new stream), whatever the caller's expected revision was: a
 * concurrent writer therefore fails with WrongExpectedVersion (or `success: false`, when the
 * connection string says `throwOnAppendFailure=false`) instead of forking the chain. For an exact
 * expected revision (or `no_stream`) that loser gets ConcurrencyConflict; `any` / `stream_exists`
 * re-read the tail and try again (up to `appendAttempts`).
 *
 * Outages. Every call that fails transiently (unavailable, cancelled by a shutdown, a deadline,
 * not the leader) is tried again for `retryMillis`, then fails with EventStoreUnavailable (503).
 * An append is retried *with the same events*: the next attempt re-reads the tail, so an append
 * that committed before its answer was lost is found by its ids and answered as stored, never
 * written twice. What is read back after an append, the tail an append chains onto and every
 * catch-up read require the leader: a follower may not have an acknowledged write yet.
 *
 * Deleted streams. gongjian deletes nothing; a stream deleted from EventStoreDB's UI or API is
 * refused with StreamDeleted (409): tombstoned streams fail every read and append; a soft-deleted
 * one reads as empty, but the server would number new events after its old last one, which no
 * hash chain can follow, so a stream whose tail is empty is looked up in its metadata (a
 * `truncateBefore` there means it was deleted) before it is created, and what is read back after
 * an append must carry the planned revisions.
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
 * Reads and positions. `$all` is read in pages; EventStoreDB's own records (`$`-prefixed types
 * or streams) are skipped, and records without our metadata are foreign: skipped by default,
 * returned marked `foreign` with `includeForeign` (the integrity check), and a stream read that
 * meets one throws ForeignEventInStream. Positions are byte offsets, and only a record's exact
 * position may be read from: any other fails on the server, and here as InvalidLogPosition.
 * `$all` grows as a prefix (events are indexed in log order before an append is acknowledged), so
 * reading after a position never skips an event that commits later with a smaller position.
 *
 * Subscriptions reuse pollingSubscription (one loop for catch-up and live, so no gap and no
 * duplicate at the hand-over): it reads `$all` after the last record it scanned (ours or not, so
 * foreign records are scanned once); one live EventStoreDB subscription to `$all` per store,
 * filtered on the server (system events excluded), wakes the loops when one of our events is
 * appended and keeps the head position current, so that neither the loops nor the head-position
 * metric rescan `$all` while it is up; a slow safety poll covers a lost signal, a fast one covers
 * an outage of it. A failed read is retried, never the end of a subscription.
 *
 * Server requirements: EventStoreDB 22.6+ (stream reads carry positions), credentials that may
 * read `$all` (admin or ops on a secure cluster), batches under the server's maximum append size.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly listeners = new Set<() => void>();
  private readonly subscriptions = new Set<Subscription>();
  private signal: AllStreamSubscription | null = null;
  private signalRetry: NodeJS.Timeout | null = null;
  /** The signal is confirmed by the server: it sees every append from now on. */
  private signalLive = false;
  /** Our last position the live signal has seen since it was confirmed. */
  private signalHead = 0;
  /** The head, kept by the live signal once a scan after its confirmation set it (null: scan). */
  private liveHead: number | null = null;
  private signalEpoch = 0;
  private closed = false;
  private readonly appendAttempts: number;
  private readonly pageSize: number;
  private readonly pollMillis: number;
  private readonly idlePollMillis: number;
  private readonly retryMillis: readonly number[];
  private readonly maxAppendBytes: number;

  constructor(
    readonly client: EventStoreDBClient,
    options: EventStoreDbEventStoreOptions = {},
  ) {
    this.appendAttempts = Math.max(1, options.appendAttempts ?? 10);
    this.pageSize = Math.max(2, options.pageSize ?? 512);
    this.pollMillis = options.pollMillis ?? 1000;
    this.idlePollMillis = options.idlePollMillis ?? 30_000;
    this.retryMillis = options.retryMillis ?? RETRY_MILLIS;
    this.maxAppendBytes = options.maxAppendBytes ?? MAX_APPEND_BYTES;
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
    let races = 0;
    let outages = 0;
    for (;;) {
      const { head, found } = await this.lookUp(streamId, events, expectedRevision);
      const recordedAt = new Date().toISOString();
      const plan = planAppend({
        streamId,
        proposed: events,
        expected: expectedRevision,
        head,
        found,
        recordedAt,
        maxAppendBytes: this.maxAppendBytes,
      });
      if (plan.kind === 'replay') return plan.result;
      if (plan.events.length === 0) {
        return { nextExpectedRevision: plan.nextExpectedRevision, lastPosition: await this.headPosition(), events: [] };
      }
      const records = plan.events.map(toEsdbEvent);
      let written: EsdbAppendResult;
      try {
        written = await this.client.appendToStream(streamId, records, {
          expectedRevision: toEsdbExpectedRevision(head.revision),
          requiresLeader: true,
        });
      } catch (error) {
        if (isTransient(error)) {
          // it may have been written: the next attempt re-reads the tail and finds it by its ids
          if (outages >= this.retryMillis.length) throw unavailable(`appending to ${streamId}`, error);
          await sleep(this.retryMillis[outages++]);
          continue;
        }
        if (error instanceof MaxAppendSizeExceededError) {
          // a server configured below the limit this store was given
          const bytes = records.reduce((sum, r) => sum + Buffer.byteLength(JSON.stringify([r.data, r.metadata])), 0);
          throw new AppendTooLarge(streamId, bytes, error.maxAppendSize);
        }
        if (error instanceof StreamDeletedError) throw new StreamDeleted(streamId, 'tombstoned');
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        written = { success: false, nextExpectedRevision: -1n };
      }
      if (written.success) {
        // read back what is stored: it carries the positions, and it is the truth even when
        // EventStoreDB acknowledged the append as a duplicate of a concurrent identical one. A
        // stream deleted meanwhile numbers the events after its old last one: not as planned.
        const first = plan.events[0].streamRevision;
        const stored = await this.readStream(streamId, { fromRevision: first, maxCount: plan.events.length });
        if (stored.length !== plan.events.length || stored.some((e, i) => e.streamRevision !== first + i)) {
          throw new StreamDeleted(streamId, 'soft_deleted');
        }
        const result = { ...storedResult(plan, stored), nextExpectedRevision: Number(written.nextExpectedRevision) };
        this.sawHead(result.lastPosition);
        return result;
      }
      // another writer moved the stream between our read and our append. The next attempt
      // re-reads the tail: it finds our own events (a concurrent retry of this append), or
      // throws ConcurrencyConflict for an exact expectation, or chains onto the new head.
      races += 1;
      const exact = typeof expectedRevision === 'number' || expectedRevision === 'no_stream';
      if (!exact && races >= this.appendAttempts) {
        throw new ConcurrencyConflict(streamId, String(expectedRevision), 'moving (too many concurrent writers)');
      }
      if (exact && races >= 2) {
        const now = await this.readTail(streamId, 1);
        throw new ConcurrencyConflict(streamId, String(expectedRevision), revisionName(now.at(-1)?.streamRevision));
      }
      // writers racing for the head of one stream: back off a little, with jitter
      if (!exact) await sleep(Math.random() * 5 * races);
    }
  }

  /**
   * The head to chain onto, and the stored events that carry proposed ids as far as EventStoreDB
   * can tell without a lookup by id (see the class comment): the events at the caller's expected
   * place when the stream has moved past it, and the tail. The head alone is read first; the
   * longer tail only when the head is one of the proposed events (a retry). A stream without a
   * readable tail is new, or was soft-deleted: its metadata tells.
   */
  private async lookUp(
    streamId: string,
    events: ProposedEvent[],
    expected: ExpectedRevision,
  ): Promise<{ head: StreamHead; found: EventEnvelope[] }> {
    const ids = new Set(events.map((e) => e.eventId));
    let tail = await this.readTail(streamId, 1);
    if (tail.length === 0) await this.refuseDeleted(streamId);
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

  /** @throws StreamDeleted when the stream's metadata says it was soft-deleted (a `truncateBefore`). */
  private async refuseDeleted(streamId: string): Promise<void> {
    const { metadata } = await this.call(`reading the metadata of ${streamId}`, () =>
      this.client.getStreamMetadata(streamId, { requiresLeader: true }),
    );
    if (metadata?.truncateBefore !== undefined) throw new StreamDeleted(streamId, 'soft_deleted');
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
    return this.call(`reading ${streamId}`, async () => {
      const out: EventEnvelope[] = [];
      try {
        const events = this.client.readStream(streamId, {
          direction: backwards ? BACKWARDS : FORWARDS,
          fromRevision,
          maxCount,
          requiresLeader: true,
        });
        for await (const { event } of events) {
          if (!event) continue;
          if (isEsdbEnvelopeEvent(event)) out.push(fromEsdbEvent(event));
          else if (options.includeForeign) out.push(foreignEnvelope(event));
          else throw new ForeignEventInStream(streamId, Number(event.revision), event.id);
        }
      } catch (error) {
        if (error instanceof StreamNotFoundError) return [];
        if (error instanceof StreamDeletedError) throw new StreamDeleted(streamId, 'tombstoned');
        throw error;
      }
      return out;
    });
  }

  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    return (await this.scan(options.fromPosition ?? 0, options.maxCount, options.includeForeign)).events;
  }

  /**
   * Our events after `from` (and the foreign ones, with `includeForeign`), up to `maxCount`, and
   * the position of the last record scanned, ours or not: where the next scan starts, so that
   * records that are not ours are read once. EventStoreDB includes the record at the start
   * position, so it is dropped again.
   * @throws InvalidLogPosition when `from` is not the position of a record of this log.
   */
  private async scan(
    from: number,
    maxCount = Number.MAX_SAFE_INTEGER,
    includeForeign = false,
  ): Promise<{ events: EventEnvelope[]; next: number }> {
    const out: EventEnvelope[] = [];
    let cursor = from;
    while (out.length < maxCount) {
      const page = Math.max(2, Math.min(this.pageSize, maxCount - out.length + 1));
      const start = cursor;
      const records = await this.readAllFrom(start, page);
      let progressed = false;
      for (const { event } of records) {
        if (!event || !isEsdbPositionAfter(event.position, cursor)) continue;
        cursor = esdbPositionToNumber(event.position);
        progressed = true;
        if (isEsdbSystemEvent(event)) continue;
        if (isEsdbEnvelopeEvent(event)) out.push(fromEsdbEvent(event));
        else if (includeForeign) out.push(foreignEnvelope(event));
        if (out.length >= maxCount) break;
      }
      if (records.length < page || !progressed) break;
    }
    return { events: out, next: cursor };
  }

  /**
   * Up to `count` records of `$all` from `position` on (inclusive), as the leader has them.
   * @throws InvalidLogPosition when the server refuses the position (an unknown error: it is not
   * the start of a record, or of another log).
   */
  private async readAllFrom(position: number, count: number): Promise<AllStreamResolvedEvent[]> {
    try {
      return await this.call('reading $all', () =>
        collect(
          this.client.readAll({
            direction: FORWARDS,
            fromPosition: numberToEsdbPosition(position),
            maxCount: count,
            requiresLeader: true,
          }),
        ),
      );
    } catch (error) {
      if (error instanceof UnknownError && position > 0) throw new InvalidLogPosition(position);
      throw error;
    }
  }

  /**
   * Position of the last of our events in `$all` (0 when there is none). While the live signal is
   * confirmed it keeps the head (after one scan begun once it was confirmed); otherwise `$all` is
   * read backwards, the first page small (usually the last record is ours), growing while records
   * are skipped.
   */
  async headPosition(): Promise<number> {
    if (this.signalLive && this.liveHead !== null) return this.liveHead;
    const epoch = this.signalLive ? this.signalEpoch : -1;
    const head = await this.scanHead();
    if (epoch === this.signalEpoch && this.signalLive) this.liveHead = Math.max(head, this.signalHead);
    return Math.max(head, this.signalLive ? this.signalHead : 0);
  }

  private async scanHead(): Promise<number> {
    let before: Position | undefined;
    for (let page = Math.min(8, this.pageSize); ; page = Math.min(page * 4, this.pageSize)) {
      const from = before;
      const count = page;
      const records = await this.call('reading the head of $all', () =>
        collect(
          this.client.readAll({
            direction: BACKWARDS,
            fromPosition: from ?? END,
            maxCount: count,
            requiresLeader: true,
          }),
        ),
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

  /** A position of ours known to be in the log (an append's, or one the signal saw). */
  private sawHead(position: number): void {
    if (!this.signalLive) return;
    this.signalHead = Math.max(this.signalHead, position);
    if (this.liveHead !== null) this.liveHead = Math.max(this.liveHead, position);
  }

  /**
   * The event at exactly `position`: `$all` read forwards from that position (which EventStoreDB
   * includes) for one record. Null when the head is before it, when the record there is not
   * ours (a system event) or when the position is not a record's (a position this log never gave
   * out, e.g. a checkpoint of another log, which the server refuses).
   */
  async eventAt(position: number): Promise<EventEnvelope | null> {
    if (position <= 0) return null;
    if (position > (await this.headPosition())) return null;
    let records: AllStreamResolvedEvent[];
    try {
      records = await this.readAllFrom(position, 1);
    } catch (error) {
      if (error instanceof InvalidLogPosition) return null;
      throw error;
    }
    const event = records[0]?.event;
    if (!event || esdbPositionToNumber(event.position) !== position || !isEsdbEnvelopeEvent(event)) return null;
    return fromEsdbEvent(event);
  }

  subscribeToAll(handler: (event: EventEnvelope) => Promise<void>, options: SubscribeOptions = {}): Subscription {
    const subscription = pollingSubscription({
      read: (from) => this.scan(from, this.pageSize),
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
      pollMillis: () => (this.signalLive ? this.idlePollMillis : this.pollMillis),
      retryable: (error) => error instanceof EventStoreUnavailable,
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
   * A call to the server, tried again through a transient failure (an outage, a shutdown, a
   * deadline, a leader election) for `retryMillis`.
   * @throws EventStoreUnavailable once they are spent.
   */
  private async call<T>(what: string, attempt: () => Promise<T>): Promise<T> {
    for (let failures = 0; ; failures++) {
      try {
        return await attempt();
      } catch (error) {
        if (!isTransient(error)) throw error;
        if (failures >= this.retryMillis.length) throw unavailable(what, error);
        await sleep(this.retryMillis[failures]);
      }
    }
  }

  /**
   * Starts the live wake-up signal: an EventStoreDB subscription to the end of `$all`, system
   * events filtered out on the server, whose events are not delivered, only seen: one of ours
   * wakes the subscriptions and moves the head. Restarted after an error (a server restart ends
   * it with CancelledError) while anyone listens; meanwhile the subscriptions poll, and the head
   * is scanned. Its confirmation wakes them once, for what was appended while it was down.
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
      this.goneDark();
      void signal.unsubscribe().catch(() => undefined);
      if (this.closed || this.listeners.size === 0) return;
      this.signalRetry = setTimeout(() => {
        this.signalRetry = null;
        this.ensureSignal();
      }, this.pollMillis);
      this.signalRetry.unref?.();
    };
    signal.on('confirmation', () => {
      if (this.signal !== signal) return;
      this.signalEpoch += 1;
      this.signalLive = true;
      this.signalHead = 0;
      this.liveHead = null;
      notify();
    });
    signal.on('data', (resolved: AllStreamResolvedEvent) => {
      const event = resolved.event;
      if (!event || !isEsdbEnvelopeEvent(event)) return;
      this.sawHead(esdbPositionToNumber(event.position));
      notify();
    });
    signal.on('error', restart);
    signal.on('end', restart);
    signal.on('close', restart);
  }

  private goneDark(): void {
    this.signalLive = false;
    this.liveHead = null;
    this.signalHead = 0;
    this.signalEpoch += 1;
  }

  private async stopSignal(): Promise<void> {
    if (this.signalRetry) clearTimeout(this.signalRetry);
    this.signalRetry = null;
    const signal = this.signal;
    this.signal = null;
    this.goneDark();
    if (signal) await signal.unsubscribe().catch(() => undefined);
  }
}

/** Drains a bounded read (the server ends the call after maxCount records). */
async function collect(read: AsyncIterable<AllStreamResolvedEvent>): Promise<AllStreamResolvedEvent[]> {
  const out: AllStreamResolvedEvent[] = [];
  for await (const record of read) out.push(record);
  return out;
}

/**
 * Failures that end by themselves: the server unreachable or restarting (UnavailableError), a call
 * cancelled by its shutdown (CancelledError), no answer in time (DeadlineExceededError, TimeoutError),
 * a leader election (NotLeaderError).
 */
function isTransient(error: unknown): boolean {
  return (
    error instanceof UnavailableError ||
    error instanceof CancelledError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof NotLeaderError
  );
}

function unavailable(what: string, error: unknown): EventStoreUnavailable {
  const reason = error instanceof Error ? error.message : String(error);
  return new EventStoreUnavailable(`EventStoreDB did not answer ${what} through its retry window: ${reason}`, error);
}

function sleep(millis: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, millis));
}
