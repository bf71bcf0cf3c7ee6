import { EventEmitter } from 'node:events';
import {
  CancelledError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type AppendResult,
  type EventData,
  type Filter,
  type JSONRecordedEvent,
  type ReadPosition,
  type ReadRevision,
} from '@eventstore/db-client';
import { v7 as uuidv7 } from 'uuid';

export interface FakeEsdbOptions {
  /** `throwOnAppendFailure` of the connection string (default true, as the client's default). */
  throwOnAppendFailure?: boolean;
  /** The server's maximum append size in bytes (default 1 MiB, EventStoreDB's default). */
  maxAppendSize?: number;
  /** Records a read that does not require the leader does not see yet (a follower's lag; default 0). */
  followerLag?: number;
  /** Write system ($stats) and other applications' events between ours (default true). */
  noise?: boolean;
}

interface StreamState {
  records: JSONRecordedEvent[];
  /** Soft-deleted: nothing readable, revisions continue on the next append. */
  softDeleted: boolean;
  /** First readable revision ($tb of the stream's metadata), once it was soft-deleted. */
  truncateBefore?: bigint;
  tombstoned: boolean;
}

type Live = EventEmitter & { unsubscribe(): Promise<void>; filter?: Filter };

/**
 * An in-memory stand-in for EventStoreDBClient that is as strict as the server (EventStoreDB 24.10
 * through @eventstore/db-client 6.2.1) on every point the adapter depends on, so that the contract
 * suite catches what a real server would:
 * - positions are byte offsets (commit == prepare per record); a forward `$all` read includes its
 *   start position, a backward one excludes it, and a position that is not a record's exact start
 *   fails the read with UnknownError, as the server does;
 * - appends are atomic, checked against the expected revision, acknowledged idempotently when the
 *   same events are appended again at the same place, refused over the maximum append size
 *   (MaxAppendSizeExceededError), and answered `success: false` instead of throwing when the
 *   connection string says `throwOnAppendFailure=false`;
 * - a soft-deleted stream reads as not found, takes `no_stream`, `any` and its last revision, and
 *   numbers new events after its old last one; a tombstoned stream refuses reads and appends with
 *   StreamDeletedError; `getStreamMetadata` shows the soft delete's `truncateBefore`;
 * - `$all` also holds system and other applications' events, and a raw event may be appended into
 *   any stream (`appendToStream` with any JSON);
 * - faults: a restart (live subscriptions fail with CancelledError, calls fail with
 *   UnavailableError until the server is back), an append that commits and then times out, and a
 *   follower that lags behind the leader for reads without `requiresLeader`.
 * It tests the adapter's logic, not EventStoreDB: eventstoredb.event-store.infra.spec.ts runs the
 * same contract against a real server.
 */
export class FakeEsdbClient {
  private readonly log: JSONRecordedEvent[] = [];
  private readonly positions = new Set<bigint>();
  private readonly streams = new Map<string, StreamState>();
  private readonly live = new Set<Live>();
  private position = 1024n;
  private appends = 0;
  private downUntil = 0;
  private commitThenTimeouts = 0;
  /** Records scanned by `$all` reads (what polling costs the server). */
  scanned = 0;
  /** Calls refused while down. */
  refused = 0;
  readonly options: Required<FakeEsdbOptions>;

  constructor(options: FakeEsdbOptions = {}) {
    this.options = {
      throwOnAppendFailure: options.throwOnAppendFailure ?? true,
      maxAppendSize: options.maxAppendSize ?? 1_048_576,
      followerLag: options.followerLag ?? 0,
      noise: options.noise ?? true,
    };
  }

  // ---- faults ----

  /** The server goes down for `millis`: live subscriptions end with CancelledError, calls fail meanwhile. */
  restart(millis = 300): Promise<void> {
    this.downUntil = Date.now() + millis;
    for (const subscription of [...this.live]) {
      this.live.delete(subscription);
      subscription.emit('error', new CancelledError(undefined, 'the server is shutting down'));
      subscription.emit('close');
    }
    return new Promise((resolve) => setTimeout(resolve, millis + 10));
  }

  /** The next `count` appends are written and then answered with DeadlineExceededError. */
  commitThenTimeout(count = 1): void {
    this.commitThenTimeouts += count;
  }

  softDelete(streamName: string): void {
    const stream = this.streams.get(streamName);
    if (!stream || stream.records.length === 0) return;
    stream.softDeleted = true;
    stream.truncateBefore = stream.records.at(-1)!.revision + 1n;
  }

  tombstone(streamName: string): void {
    const stream = this.stream(streamName);
    stream.tombstoned = true;
  }

  // ---- the client's API ----

  async appendToStream(
    streamName: string,
    events: EventData | EventData[],
    { expectedRevision = 'any' }: { expectedRevision?: AppendExpectedRevision; requiresLeader?: boolean } = {},
  ): Promise<AppendResult> {
    const batch = Array.isArray(events) ? events : [events];
    await this.answer();
    const stream = this.stream(streamName);
    if (stream.tombstoned) throw StreamDeletedError.fromStreamName(streamName);
    const size = batch.reduce((sum, e) => sum + byteSize(e.data) + byteSize(e.metadata), 0);
    if (size > this.options.maxAppendSize)
      throw MaxAppendSizeExceededError.fromMaxAppendSize(this.options.maxAppendSize);
    const records = stream.records;
    const last = records.length === 0 ? undefined : records.at(-1)!.revision;
    // a soft-deleted stream does not exist for `no_stream` / `stream_exists`, and is at its last revision otherwise
    const exists = last !== undefined && !stream.softDeleted;
    const sameAt = (from: bigint) => {
      const start = records.findIndex((r) => r.revision === from);
      return (
        start >= 0 && records.length >= start + batch.length && batch.every((e, i) => records[start + i].id === e.id)
      );
    };
    const refuse = (): AppendResult => {
      const current = exists ? last : 'no_stream';
      if (!this.options.throwOnAppendFailure) return { success: false, nextExpectedRevision: exists ? last : -1n };
      throw new WrongExpectedVersionError(undefined, { streamName, expected: expectedRevision, current });
    };
    const acknowledge = (): AppendResult => ({ success: true, nextExpectedRevision: last ?? -1n });
    if (expectedRevision === 'no_stream' && exists) return sameAt(records[0].revision) ? acknowledge() : refuse();
    if (expectedRevision === 'stream_exists' && !exists) return refuse();
    if (typeof expectedRevision === 'bigint' && expectedRevision !== last) {
      if (last !== undefined && last > expectedRevision && sameAt(expectedRevision + 1n)) return acknowledge();
      return refuse();
    }
    stream.softDeleted = false;
    const next = last === undefined ? 0n : last + 1n;
    batch.forEach((event, i) => this.write(streamName, event, next + BigInt(i)));
    this.appends += 1;
    if (this.options.noise) {
      if (this.appends % 3 === 0) this.write('$stats-fake', { ...foreign(), type: '$statsCollected' });
      if (this.appends % 5 === 0) this.write(`other-app-${this.appends}`, foreign());
    }
    const written = records.at(-1)!;
    if (this.commitThenTimeouts > 0) {
      this.commitThenTimeouts -= 1;
      throw new DeadlineExceededError(undefined, 'deadline exceeded (the append was written)');
    }
    return { success: true, nextExpectedRevision: written.revision, position: written.position };
  }

  readStream(
    streamName: string,
    {
      direction = 'forwards',
      fromRevision,
      maxCount = Number.MAX_SAFE_INTEGER,
      requiresLeader = false,
    }: { direction?: string; fromRevision?: ReadRevision; maxCount?: number | bigint; requiresLeader?: boolean } = {},
  ): AsyncIterable<{ event: JSONRecordedEvent }> {
    return this.reading(async () => {
      const stream = this.streams.get(streamName);
      if (stream?.tombstoned) throw StreamDeletedError.fromStreamName(streamName);
      const visible = this.visible(requiresLeader);
      const records = (stream?.records ?? []).filter(
        (r) => visible.has(r) && (stream!.truncateBefore === undefined || r.revision >= stream!.truncateBefore),
      );
      if (records.length === 0 || stream?.softDeleted) throw new StreamNotFoundError(undefined, streamName);
      const count = Number(maxCount);
      if (direction === 'backwards') {
        const from = fromRevision === undefined || fromRevision === 'end' ? undefined : BigInt(fromRevision);
        return records
          .filter((r) => from === undefined || r.revision <= from)
          .reverse()
          .slice(0, count);
      }
      const from = fromRevision === undefined || fromRevision === 'start' ? 0n : BigInt(fromRevision);
      return records.filter((r) => r.revision >= from).slice(0, count);
    });
  }

  readAll({
    direction = 'forwards',
    fromPosition = 'start',
    maxCount = Number.MAX_SAFE_INTEGER,
    requiresLeader = false,
  }: { direction?: string; fromPosition?: ReadPosition; maxCount?: number | bigint; requiresLeader?: boolean } = {}) {
    return this.reading(async () => {
      if (typeof fromPosition === 'object' && !this.positions.has(fromPosition.commit)) {
        // what the server answers for a position inside a record (or beyond its log)
        throw new UnknownError(undefined, `Invalid position ${fromPosition.commit}/${fromPosition.prepare}`);
      }
      const visible = this.visible(requiresLeader);
      const log = this.log.filter((r) => visible.has(r));
      const count = Number(maxCount);
      let records: JSONRecordedEvent[];
      if (direction === 'backwards') {
        const before = fromPosition === 'end' || fromPosition === 'start' ? undefined : fromPosition.commit;
        records = [];
        for (let i = log.length - 1; i >= 0 && records.length < count; i--) {
          this.scanned += 1;
          if (before === undefined || log[i].position!.commit < before) records.push(log[i]);
        }
      } else {
        const from = fromPosition === 'start' ? 0n : fromPosition === 'end' ? undefined : fromPosition.commit;
        const start = from === undefined ? log.length : log.findIndex((r) => r.position!.commit >= from);
        records = start < 0 ? [] : log.slice(start, start + count);
        this.scanned += records.length;
      }
      return records;
    });
  }

  async getStreamMetadata(streamName: string): Promise<{ streamName: string; metadata?: { truncateBefore?: number } }> {
    await this.answer();
    const stream = this.streams.get(streamName);
    if (stream?.truncateBefore === undefined) return { streamName };
    return { streamName, metadata: { truncateBefore: Number(stream.truncateBefore) } };
  }

  subscribeToAll({ filter }: { filter?: Filter; fromPosition?: ReadPosition } = {}): Live {
    const live = this.live;
    const subscription: Live = Object.assign(new EventEmitter(), {
      filter,
      unsubscribe: async () => {
        if (!live.delete(subscription)) return;
        subscription.emit('close');
      },
    });
    if (Date.now() < this.downUntil) {
      setImmediate(() => {
        subscription.emit('error', new UnavailableError(undefined, 'the server is down'));
        subscription.emit('close');
      });
      return subscription;
    }
    live.add(subscription);
    setImmediate(() => subscription.emit('confirmation'));
    return subscription;
  }

  async dispose(): Promise<void> {
    this.live.clear();
  }

  // ---- the server's insides ----

  private stream(streamName: string): StreamState {
    let stream = this.streams.get(streamName);
    if (!stream) {
      stream = { records: [], softDeleted: false, tombstoned: false };
      this.streams.set(streamName, stream);
    }
    return stream;
  }

  private write(streamName: string, event: EventData, revision?: bigint): void {
    const stream = this.stream(streamName);
    const size = BigInt(64 + byteSize(event.data) + byteSize(event.metadata ?? ''));
    const position = { commit: this.position, prepare: this.position };
    this.position += size;
    const stored = recorded(event, streamName, revision ?? BigInt(stream.records.length), position);
    stream.records.push(stored);
    this.log.push(stored);
    this.positions.add(position.commit);
    setImmediate(() => {
      for (const subscription of this.live) {
        if (matches(subscription.filter, stored)) subscription.emit('data', { event: stored });
      }
    });
  }

  /** The records a read sees: all of them on the leader, all but the last `followerLag` elsewhere. */
  private visible(requiresLeader: boolean): Set<JSONRecordedEvent> {
    const lag = requiresLeader ? 0 : this.options.followerLag;
    return new Set(this.log.slice(0, Math.max(0, this.log.length - lag)));
  }

  private async answer(): Promise<void> {
    await tick();
    if (Date.now() < this.downUntil) {
      this.refused += 1;
      throw new UnavailableError(undefined, 'the server is restarting');
    }
  }

  private reading(
    read: () => Promise<JSONRecordedEvent[]>,
  ): AsyncIterable<{ event: JSONRecordedEvent }> & { cancel(): Promise<void> } {
    const answer = () => this.answer();
    return {
      async *[Symbol.asyncIterator]() {
        await answer();
        for (const event of await read()) yield { event };
      },
      async cancel() {
        return undefined;
      },
    };
  }
}

function recorded(event: EventData, streamId: string, revision: bigint, position: { commit: bigint; prepare: bigint }) {
  return {
    streamId,
    id: event.id ?? uuidv7(),
    isJson: true,
    revision,
    type: event.type,
    created: new Date(),
    data: JSON.parse(JSON.stringify(event.data)),
    metadata: event.metadata === undefined ? undefined : JSON.parse(JSON.stringify(event.metadata)),
    position,
  } as JSONRecordedEvent;
}

function byteSize(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value));
}

/** What a server-side filter of a subscription lets through (event type or stream name; regex or prefixes). */
function matches(filter: Filter | undefined, record: JSONRecordedEvent): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'streamName' ? record.streamId : record.type;
  if ('regex' in filter) return new RegExp(filter.regex).test(subject);
  return filter.prefixes.some((prefix) => subject.startsWith(prefix));
}

/** An event another application wrote (no gongjian metadata). */
export function foreign(type = 'OrderPlaced'): EventData {
  return { id: uuidv7(), contentType: 'application/json', type, data: { x: 1 }, metadata: { a: 1 } } as EventData;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
