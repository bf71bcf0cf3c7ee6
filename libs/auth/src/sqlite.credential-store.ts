import type Database from 'better-sqlite3';
import type { CredentialStore } from './credentials';

/** Credentials in the embedded runtime's SQLite file, beside the event log. */
export class SqliteCredentialStore implements CredentialStore {
  private readonly getStatement;
  private readonly setStatement;

  constructor(db: Database.Database) {
    db.exec(
      'CREATE TABLE IF NOT EXISTS credentials (account_id TEXT PRIMARY KEY, password_hash TEXT NOT NULL) WITHOUT ROWID',
    );
    this.getStatement = db.prepare<[string], { password_hash: string }>(
      'SELECT password_hash FROM credentials WHERE account_id = ?',
    );
    this.setStatement = db.prepare(
      'INSERT INTO credentials (account_id, password_hash) VALUES (?, ?) ON CONFLICT (account_id) DO UPDATE SET password_hash = excluded.password_hash',
    );
  }

  get(accountId: string): Promise<string | null> {
    return Promise.resolve(this.getStatement.get(accountId)?.password_hash ?? null);
  }

  set(accountId: string, passwordHash: string): Promise<void> {
    this.setStatement.run(accountId, passwordHash);
    return Promise.resolve();
  }
}
