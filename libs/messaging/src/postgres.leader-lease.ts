import type { Pool } from 'pg';
import type { LeaderLease } from './leader-lease.port';

/**
 * The lease in PostgreSQL, one row per name, timed by the server's clock (`clock_timestamp()`),
 * so the replicas' clocks do not matter. Taking and renewing are one statement: an insert that,
 * on the name's row, updates it only when the caller holds it already or its time is up. The row
 * lock PostgreSQL takes for `ON CONFLICT DO UPDATE` orders concurrent callers, and each sees the
 * row as the one before left it: one of them wins.
 */
export class PostgresLeaderLease implements LeaderLease {
  static readonly table = 'leader_leases';

  constructor(private readonly pool: Pool) {}

  /** The table as migration 3 makes it (libs/eventing/src/postgres.schema.ts), for the adapter's own tests. */
  static readonly schema = `CREATE TABLE IF NOT EXISTS leader_leases (
    name text PRIMARY KEY,
    holder text NOT NULL,
    expires_at timestamptz NOT NULL
  )`;

  async acquire(name: string, holder: string, ttlMillis: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO leader_leases AS l (name, holder, expires_at)
         VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
         WHERE l.holder = EXCLUDED.holder OR l.expires_at <= clock_timestamp()`,
      [name, holder, Math.max(1, Math.round(ttlMillis))],
    );
    return rowCount === 1;
  }

  async release(name: string, holder: string): Promise<void> {
    await this.pool.query('DELETE FROM leader_leases WHERE name = $1 AND holder = $2', [name, holder]);
  }

  async holder(name: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ holder: string }>(
      'SELECT holder FROM leader_leases WHERE name = $1 AND expires_at > clock_timestamp()',
      [name],
    );
    return rows[0]?.holder ?? null;
  }
}
