import type { Pool } from 'pg';
import type { IdempotencyBegin, IdempotencyStore } from './idempotency';

export interface PostgresIdempotencyStoreOptions {
  /** A claim not completed within this time is considered abandoned (its process died). */
  staleClaimMillis?: number;
}

interface Row {
  fingerprint: string;
  status: number | null;
  body: string | null;
  /** when the current claim was made (renewed on a take-over) */
  created_at: string;
  /** when the key was first claimed: seeds the request's ids */
  first_claimed_at: string | null;
  /** released after a failure that may have had an effect, free to be resumed */
  released: boolean;
  erased: boolean;
}

/**
 * Idempotency records in PostgreSQL, beside the event log (`GONGJIAN_EVENT_STORE=postgres`; the
 * table is made by the event store's migrations, libs/eventing/src/postgres.schema.ts). Every
 * decision is one conditional statement, so replicas sharing the table claim or take over a key
 * exactly once.
 */
export class PostgresIdempotencyStore implements IdempotencyStore {
  private readonly staleClaimMillis: number;

  constructor(
    private readonly pool: Pool,
    options: PostgresIdempotencyStoreOptions = {},
  ) {
    this.staleClaimMillis = options.staleClaimMillis ?? 60_000;
  }

  async begin(scope: string, key: string, fingerprint: string): Promise<IdempotencyBegin> {
    const now = new Date().toISOString();
    const claim = await this.pool.query(
      `INSERT INTO idempotency_keys (scope, key, fingerprint, created_at, first_claimed_at)
       VALUES ($1, $2, $3, $4, $4) ON CONFLICT DO NOTHING`,
      [scope, key, fingerprint, now],
    );
    if (claim.rowCount === 1) return { state: 'new', firstClaimedAt: Date.parse(now), resumed: false };
    const { rows } = await this.pool.query<Row>(
      `SELECT fingerprint, status, body, created_at, first_claimed_at, released, erased
       FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    const row = rows[0];
    // claimed and forgotten between the two statements: the key is free again
    if (!row) return this.begin(scope, key, fingerprint);
    if (row.erased) return { state: 'erased' };
    if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
    if (row.status === null) {
      // a released claim, or one older than the stale limit (its process died mid-request), is
      // taken over by one request, which resumes it with the ids of the first claim
      const abandoned = row.released || Date.now() - Date.parse(row.created_at) > this.staleClaimMillis;
      if (!abandoned) return { state: 'in_progress' };
      const reclaim = await this.pool.query(
        `UPDATE idempotency_keys SET created_at = $1, released = false
         WHERE scope = $2 AND key = $3 AND status IS NULL AND created_at = $4`,
        [new Date().toISOString(), scope, key, row.created_at],
      );
      if (reclaim.rowCount !== 1) return { state: 'in_progress' };
      return { state: 'new', firstClaimedAt: Date.parse(row.first_claimed_at ?? row.created_at), resumed: true };
    }
    return { state: 'completed', status: row.status, body: row.body === null ? undefined : JSON.parse(row.body) };
  }

  async complete(scope: string, key: string, status: number, body: unknown, subject?: string): Promise<void> {
    const json = body === undefined ? null : JSON.stringify(body);
    await this.pool.query(
      `UPDATE idempotency_keys SET status = $1, body = $2, subject = $3
       WHERE scope = $4 AND key = $5 AND NOT erased`,
      [status, json, subject ?? null, scope, key],
    );
  }

  /**
   * Blanks the responses about `subject`. The rows as they were stay in the table's dead tuples
   * until a vacuum, which is run at once (best effort), and in the WAL and its archives until
   * they expire (docs/ops/postgres.md: "Erasure").
   */
  async eraseSubject(subject: string): Promise<number> {
    const { rowCount } = await this.pool.query(
      `UPDATE idempotency_keys SET body = NULL, fingerprint = '', erased = true WHERE subject = $1 AND NOT erased`,
      [subject],
    );
    if (rowCount) await this.pool.query('VACUUM idempotency_keys').catch(() => undefined);
    return rowCount ?? 0;
  }

  async release(scope: string, key: string, options: { forget?: boolean } = {}): Promise<void> {
    await this.pool.query(
      options.forget
        ? 'DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND status IS NULL AND NOT erased'
        : 'UPDATE idempotency_keys SET released = true WHERE scope = $1 AND key = $2 AND status IS NULL AND NOT erased',
      [scope, key],
    );
  }
}
