import type { Pool } from 'pg';
import type { CredentialStore } from './credentials';

/**
 * Credentials in PostgreSQL, beside the event log (`GONGJIAN_EVENT_STORE=postgres`; the table is
 * made by the event store's migrations, libs/eventing/src/postgres.schema.ts).
 */
export class PostgresCredentialStore implements CredentialStore {
  constructor(private readonly pool: Pool) {}

  async get(accountId: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ password_hash: string }>(
      'SELECT password_hash FROM credentials WHERE account_id = $1',
      [accountId],
    );
    return rows[0]?.password_hash ?? null;
  }

  async set(accountId: string, passwordHash: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO credentials (account_id, password_hash) VALUES ($1, $2)
       ON CONFLICT (account_id) DO UPDATE SET password_hash = excluded.password_hash`,
      [accountId, passwordHash],
    );
  }
}
