import { Client, Pool, type PoolClient, type PoolConfig } from 'pg';
import type { EventEnvelope, ProposedEvent } from './envelope';
import { type AppendPlan, planAppend, type StreamHead, storedResult, streamHead } from './append-semantics';
import { EventStoreUnavailable } from './errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from './event-store.port';
import { pollingSubscription } from './polling-subscription';
import { ADVISORY_LOCKS, migrate } from './postgres.schema';

/** The columns of an event as read, in this order (rows come back as arrays). */
const COLUMNS = `global_position, event_id, type, schema_version, stream_id, stream_revision, occurred_at,
  recorded_at, actor, correlation_id, causation_id, data, prev_hash, hash`;

type EventRow = [
  globalPosition: string,
  eventId: string,
  type: string,
  schemaVersion: number,
  streamId: string,
  streamRevision: number,
  occurredAt: string,
  recordedAt: string,
  actor: string,
  correlationId: string,
  causationId: string | null,
  data: string,
  prevHash: string,
  hash: string,
];

/** The channel an append notifies at its commit: subscriptions of every replica wake on it. */
const CHANNEL = 'gongjian_events';

/** At most this many appends, and after the first of them this many events, share one transaction. */
const MAX_GROUP = { appends: 256, events: 10_000 };

interface PendingAppend {
  streamId: string;
  events: ProposedEvent[];
  expectedRevision: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
  /** When it was asked for (Date.now()): it is retried through an outage until retryMillis after. */
  since: number;
}

/** Waits between attempts of appends whose server went away: doubling from 100 ms to 2 s. */
const RETRY_MILLIS = { first: 100, most: 2000 };

function sleep(millis: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, millis));
}

export interface PostgresEventStoreOptions {
  /** postgres://user:password@host:port/database (the `pg` connection string, ?sslmode=… included). */
  url: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** Poll interval of subscriptions when no notification woke them (ms, default 1000). */
  pollMillis?: number;
  /** How long an append is tried again while the server cannot be reached (ms, default 30 000). */
  retryMillis?: number;
  /** Applies the pending migrations at connect (default true). */
  migrate?: boolean;
  /**
   * Tests only: called inside each appending transaction, before the advisory lock and after the
   * insert (before the commit), so that a test can hold transactions open (pg_sleep); and after
   * the commit.
   */
  hooks?: {
    beforeLock?: (client: PoolClient) => Promise<void>;
    afterInsert?: (client: PoolClient) => Promise<void>;
    /** After the COMMIT returned: a connection error thrown here is an answer lost after the commit. */
    afterCommit?: () => void;
    /**
     * Appends without the advisory lock: positions then commit out of order, and readers skip
     * events. Only for the test that shows the order test can fail (postgres.order.infra.spec.ts).
     */
    withoutAppendLock?: boolean;
  };
}

/**
 * The PostgreSQL event store (`GONGJIAN_EVENT_STORE=postgres`): one `events` table shared by every
 * replica, positions from a sequence.
 *
 * Global order without gaps (DECISIONS 93): every appending transaction takes one transaction-level
 * advisory lock before it reads the stream heads and holds it until its commit, so positions are
 * handed out in commit order and a reader at any moment sees a prefix of the log: no event becomes
 * visible at a position below one a reader has already passed. A transaction that rolls back
 * leaves a hole in the numbers that stays a hole. Throughput comes from group commit: the appends
 * a process is asked for while its previous transaction runs, or while it waits for the lock,
 * share one transaction (one lock, one INSERT, one commit, one WAL flush).
 *
 * Durability: an append resolves after its COMMIT returned, with the server's synchronous_commit
 * (on by default: the commit is flushed to the WAL) — docs/ops/postgres.md.
 */
export class PostgresEventStore implements EventStore {
  readonly pool: Pool;
  private readonly listeners = new Set<() => void>();
  private readonly subscriptions = new Set<Subscription>();
  private readonly pollMillis: number;
  private readonly retryMillis: number;
  private pending: PendingAppend[] = [];
  private flushing: Promise<void> | null = null;
  private listener: Client | null = null;
  private listenerRetry: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(private readonly options: PostgresEventStoreOptions) {
    const config: PoolConfig = { connectionString: options.url, max: options.poolSize ?? 10 };
    this.pool = new Pool(config);
    // an idle connection that breaks (a server restart) is dropped by the pool; the next query
    // opens another. Without a listener the error would end the process.
    this.pool.on('error', () => undefined);
    this.pollMillis = options.pollMillis ?? 1000;
    this.retryMillis = options.retryMillis ?? 30_000;
  }

  /** Connects, applies the pending migrations (postgres.schema.ts) and returns the store. */
  static async connect(options: PostgresEventStoreOptions | string): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(typeof options === 'string' ? { url: options } : options);
    try {
      if (store.options.migrate !== false) await migrate(store.pool);
      else await store.pool.query('SELECT 1');
    } catch (error) {
      await store.pool.end().catch(() => undefined);
      throw isConnectionError(error) ? unavailable('the connection', error) : error;
    }
    return store;
  }

  /**
   * Group commit: appends asked for while a transaction is running are written together in the
   * next one. An append its plan refuses (a conflict, a reused id, too large) fails alone, before
   * anything is written; a failure while writing has each append of the group written again alone.
   */
  append(streamId: string, events: ProposedEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new EventStoreUnavailable('the PostgreSQL event store is closed'));
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events, expectedRevision, resolve, reject, since: Date.now() });
      this.flushing ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    try {
      let wait = RETRY_MILLIS.first;
      while (this.pending.length > 0) {
        const { deferred, retry } = await this.writeGroup(() => this.nextGroup());
        // appends that reuse ids of an earlier append of their group go first in the next one
        this.pending.unshift(...deferred, ...retry);
        if (retry.length > 0) {
          await sleep(wait);
          wait = Math.min(wait * 2, RETRY_MILLIS.most);
        } else {
          wait = RETRY_MILLIS.first;
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  /** The appends of the next group, from the front of the queue (MAX_GROUP). */
  private nextGroup(): PendingAppend[] {
    let count = 0;
    let events = 0;
    while (count < this.pending.length && count < MAX_GROUP.appends) {
      events += this.pending[count].events.length;
      if (count > 0 && events > MAX_GROUP.events) break;
      count += 1;
    }
    return this.pending.splice(0, count);
  }

  /**
   * Writes a group in one transaction: the appends `take` gives once the transaction holds the
   * append lock, so that those asked for while it waited for the lock are in it too. Returns the
   * appends left for the next group: `deferred` (they reuse ids of an earlier append of the group)
   * and `retry` (the server went away: they are tried again for `retryMillis` — safe even when a
   * commit happened and its answer was lost, for the retry finds its event ids stored and answers
   * with them).
   */
  private async writeGroup(
    take: () => PendingAppend[],
  ): Promise<{ deferred: PendingAppend[]; retry: PendingAppend[] }> {
    let batch: PendingAppend[] | null = null;
    const taken = () => (batch ??= take());
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      return { deferred: [], retry: this.retryOrFail(taken(), error) };
    }
    let broken: unknown;
    let failed: PendingAppend[];
    try {
      const { settled, deferred, written } = await this.transaction(client, taken);
      if (written) this.notify();
      for (const s of settled) {
        if (s.ok) s.item.resolve(s.result);
        else s.item.reject(s.error);
      }
      return { deferred, retry: [] };
    } catch (error) {
      await client.query('ROLLBACK').catch((e: unknown) => (broken = e));
      failed = taken();
      if (isConnectionError(error)) {
        broken = error;
        return { deferred: [], retry: this.retryOrFail(failed, error) };
      }
      if (failed.length === 1) {
        failed[0].reject(error);
        return { deferred: [], retry: [] };
      }
    } finally {
      client.release(broken instanceof Error ? broken : undefined);
    }
    // the group's transaction failed, so nothing of it is stored: each append on its own, so that
    // the failure is only the failing append's
    const left: { deferred: PendingAppend[]; retry: PendingAppend[] } = { deferred: [], retry: [] };
    for (const item of failed) {
      const { deferred, retry } = await this.writeGroup(() => [item]);
      left.deferred.push(...deferred);
      left.retry.push(...retry);
    }
    return left;
  }

  /** The appends of `batch` still within their retry window; the others fail (EventStoreUnavailable). */
  private retryOrFail(batch: PendingAppend[], error: unknown): PendingAppend[] {
    const now = Date.now();
    const retry: PendingAppend[] = [];
    for (const item of batch) {
      if (!this.closed && now - item.since < this.retryMillis) retry.push(item);
      else item.reject(unavailable('an append', error));
    }
    return retry;
  }

  private async transaction(
    client: PoolClient,
    take: () => PendingAppend[],
  ): Promise<{
    settled: Array<{ item: PendingAppend } & ({ ok: true; result: AppendResult } | { ok: false; error: unknown })>;
    deferred: PendingAppend[];
    written: boolean;
  }> {
    await client.query('BEGIN');
    await this.options.hooks?.beforeLock?.(client);
    if (!this.options.hooks?.withoutAppendLock) {
      await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.append]);
    }
    const batch = take();
    const heads = await this.heads(client, [...new Set(batch.map((b) => b.streamId))]);
    const found = await this.byEventIds(client, [...new Set(batch.flatMap((b) => b.events.map((e) => e.eventId)))]);
    const recordedAt = new Date().toISOString();
    const writing = new Set<string>();
    const deferred: PendingAppend[] = [];
    const planned: Array<{ item: PendingAppend } & ({ ok: true; plan: AppendPlan } | { ok: false; error: unknown })> =
      [];
    for (const item of batch) {
      if (item.events.some((e) => writing.has(e.eventId))) {
        deferred.push(item);
        continue;
      }
      let plan: AppendPlan;
      try {
        const ours = item.events.map((e) => found.get(e.eventId)).filter((e): e is EventEnvelope => e !== undefined);
        plan = planAppend({
          streamId: item.streamId,
          proposed: item.events,
          expected: item.expectedRevision,
          head: heads.get(item.streamId) ?? streamHead(undefined),
          found: ours,
          recordedAt,
        });
      } catch (error) {
        planned.push({ item, ok: false, error });
        continue;
      }
      if (plan.kind === 'write' && plan.events.length > 0) {
        const last = plan.events[plan.events.length - 1];
        heads.set(item.streamId, { revision: last.streamRevision, hash: last.hash });
        for (const e of plan.events) writing.add(e.eventId);
      }
      planned.push({ item, ok: true, plan });
    }
    const positions = writing.size > 0 ? await this.insert(client, planned) : new Map<string, number>();
    if (writing.size > 0) {
      await this.options.hooks?.afterInsert?.(client);
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, '']);
    }
    const emptyHead = planned.some((p) => p.ok && p.plan.kind === 'write' && p.plan.events.length === 0)
      ? await headOf(client)
      : 0;
    await client.query('COMMIT');
    this.options.hooks?.afterCommit?.();
    const settled = planned.map((p) => {
      if (!p.ok) return p;
      const { plan, item } = p;
      if (plan.kind === 'replay') return { item, ok: true as const, result: plan.result };
      if (plan.events.length === 0) {
        const result = { nextExpectedRevision: plan.nextExpectedRevision, lastPosition: emptyHead, events: [] };
        return { item, ok: true as const, result };
      }
      const stored = plan.events.map((e): EventEnvelope => ({ ...e, globalPosition: positions.get(e.eventId)! }));
      try {
        return { item, ok: true as const, result: storedResult(plan, stored) };
      } catch (error) {
        return { item, ok: false as const, error };
      }
    });
    return { settled, deferred, written: writing.size > 0 };
  }

  /** The planned events of a group in one INSERT, in order; their positions by event id. */
  private async insert(
    client: PoolClient,
    planned: Array<{ ok: true; plan: AppendPlan } | { ok: false }>,
  ): Promise<Map<string, number>> {
    const columns: unknown[][] = Array.from({ length: 13 }, () => []);
    for (const p of planned) {
      if (!p.ok || p.plan.kind !== 'write') continue;
      const { events, texts } = p.plan;
      events.forEach((e, i) => {
        const values = [
          e.eventId,
          e.type,
          e.schemaVersion,
          e.streamId,
          e.streamRevision,
          e.occurredAt,
          e.recordedAt,
          texts[i].actor,
          e.correlationId,
          e.causationId,
          texts[i].data,
          e.prevHash,
          e.hash,
        ];
        values.forEach((v, c) => columns[c].push(v));
      });
    }
    const { rows } = await client.query<[string, string]>({
      text: `INSERT INTO events (event_id, type, schema_version, stream_id, stream_revision, occurred_at,
               recorded_at, actor, correlation_id, causation_id, data, prev_hash, hash)
             SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::text[], $5::integer[], $6::text[],
               $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
             RETURNING global_position, event_id`,
      values: columns,
      rowMode: 'array',
    });
    return new Map(rows.map(([position, eventId]) => [eventId, Number(position)]));
  }

  /** The heads of `streams` (the last event of each that exists), one indexed look-up each. */
  private async heads(client: PoolClient, streams: string[]): Promise<Map<string, StreamHead>> {
    const { rows } = await client.query<[string, number, string]>({
      text: `SELECT s.id, e.stream_revision, e.hash FROM unnest($1::text[]) AS s(id)
             CROSS JOIN LATERAL (SELECT stream_revision, hash FROM events WHERE stream_id = s.id
                                 ORDER BY stream_revision DESC LIMIT 1) e`,
      values: [streams],
      rowMode: 'array',
    });
    return new Map(rows.map(([id, revision, hash]) => [id, { revision, hash }]));
  }

  /** The stored events that carry any of `ids` (by the unique index on event_id). */
  private async byEventIds(client: PoolClient, ids: string[]): Promise<Map<string, EventEnvelope>> {
    const { rows } = await client.query<EventRow>({
      text: `SELECT ${COLUMNS} FROM events WHERE event_id = ANY($1::text[])`,
      values: [ids],
      rowMode: 'array',
    });
    return new Map(rows.map((r) => [r[1], toEnvelope(r)]));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const max = options.maxCount ?? null;
    const backwards = options.direction === 'backwards';
    const rows = await this.rows(
      backwards
        ? `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 AND stream_revision <= $2
           ORDER BY stream_revision DESC LIMIT $3`
        : `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 AND stream_revision >= $2
           ORDER BY stream_revision LIMIT $3`,
      [streamId, options.fromRevision ?? (backwards ? 2_147_483_647 : 0), max],
      'a stream read',
    );
    return rows.map(toEnvelope);
  }

  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    const rows = await this.rows(
      `SELECT ${COLUMNS} FROM events WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
      [options.fromPosition ?? 0, options.maxCount ?? null],
      'a read of the log',
    );
    return rows.map(toEnvelope);
  }

  async headPosition(): Promise<number> {
    try {
      return await headOf(this.pool);
    } catch (error) {
      throw isConnectionError(error) ? unavailable('a read of the head', error) : error;
    }
  }

  async eventAt(position: number): Promise<EventEnvelope | null> {
    const rows = await this.rows(`SELECT ${COLUMNS} FROM events WHERE global_position = $1`, [position], 'a read');
    return rows.length > 0 ? toEnvelope(rows[0]) : null;
  }

  subscribeToAll(handler: (event: EventEnvelope) => Promise<void>, options: SubscribeOptions = {}): Subscription {
    const subscription = pollingSubscription({
      read: (from) => this.readAll({ fromPosition: from, maxCount: 512 }),
      head: () => this.headPosition(),
      onAppend: (listener) => {
        this.listeners.add(listener);
        this.ensureListener();
        return () => {
          this.listeners.delete(listener);
          if (this.listeners.size === 0) this.stopListener();
        };
      },
      handler,
      pollMillis: () => this.pollMillis,
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
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    while (this.flushing) await this.flushing; // appends already asked for are written
    this.stopListener();
    await this.pool.end();
  }

  private async rows(text: string, values: unknown[], what: string): Promise<EventRow[]> {
    try {
      return (await this.pool.query<EventRow>({ text, values, rowMode: 'array' })).rows;
    } catch (error) {
      throw isConnectionError(error) ? unavailable(what, error) : error;
    }
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * A connection of its own that LISTENs on the appends' channel: a commit by any replica wakes
   * this process's subscriptions at once. When it breaks, the subscriptions poll until it is back
   * (tried again every poll interval), and are woken once when it is, for what they missed.
   */
  private ensureListener(): void {
    if (this.listener || this.listenerRetry || this.closed || this.listeners.size === 0) return;
    const client = new Client({ connectionString: this.options.url });
    this.listener = client;
    const retry = () => {
      if (this.listener !== client) return;
      this.listener = null;
      void client.end().catch(() => undefined);
      if (this.closed || this.listeners.size === 0) return;
      this.listenerRetry = setTimeout(() => {
        this.listenerRetry = null;
        this.ensureListener();
      }, this.pollMillis);
      this.listenerRetry.unref?.();
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', () => this.notify());
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(() => this.notify())
      .catch(retry);
  }

  private stopListener(): void {
    if (this.listenerRetry) clearTimeout(this.listenerRetry);
    this.listenerRetry = null;
    const client = this.listener;
    this.listener = null;
    if (client) void client.end().catch(() => undefined);
  }
}

async function headOf(queryable: Pick<Pool, 'query'>): Promise<number> {
  const { rows } = await queryable.query<{ head: string | null }>('SELECT max(global_position) AS head FROM events');
  return Number(rows[0].head ?? 0);
}

/** An envelope from its row: one JSON.parse each for actor and data, the rest as stored. */
function toEnvelope(row: EventRow): EventEnvelope {
  return {
    eventId: row[1],
    type: row[2],
    schemaVersion: row[3],
    streamId: row[4],
    streamRevision: row[5],
    globalPosition: Number(row[0]),
    occurredAt: row[6],
    recordedAt: row[7],
    actor: JSON.parse(row[8]) as EventEnvelope['actor'],
    correlationId: row[9],
    causationId: row[10],
    data: JSON.parse(row[11]) as unknown,
    prevHash: row[12],
    hash: row[13],
  };
}

/**
 * Whether an error says the server could not be reached or went away (a restart, a failover), not
 * that the statement was wrong: SQLSTATE class 08 (connection exception), 57P01–57P03 (shut down,
 * crashed, not yet accepting), or a socket error of node.
 */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message);
}

function unavailable(what: string, error: unknown): EventStoreUnavailable {
  const reason = error instanceof Error ? error.message : String(error);
  return new EventStoreUnavailable(`PostgreSQL did not answer ${what}: ${reason}`, error);
}
