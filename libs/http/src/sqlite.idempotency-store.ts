import type Database from 'better-sqlite3';
import type { IdempotencyBegin, IdempotencyStore } from './idempotency';

export interface SqliteIdempotencyStoreOptions {
  /** A claim not completed within this time is considered abandoned (its process died). */
  staleClaimMillis?: number;
}

/** Idempotency records in the embedded SQLite file; they survive restarts like the events. */
export class SqliteIdempotencyStore implements IdempotencyStore {
  private readonly statements;
  private readonly staleClaimMillis: number;

  constructor(
    private readonly db: Database.Database,
    options: SqliteIdempotencyStoreOptions = {},
  ) {
    this.staleClaimMillis = options.staleClaimMillis ?? 60_000;
    // an erased response's bytes are overwritten in the file, not just unlinked from its page
    db.pragma('secure_delete = ON');
    db.exec(`CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
      status INTEGER, body TEXT, created_at TEXT NOT NULL,
      PRIMARY KEY (scope, key)) WITHOUT ROWID`);
    addSubjectColumns(db);
    this.statements = {
      get: db.prepare<
        [string, string],
        { fingerprint: string; status: number | null; body: string | null; created_at: string; erased: number }
      >('SELECT fingerprint, status, body, created_at, erased FROM idempotency_keys WHERE scope = ? AND key = ?'),
      reclaim: db.prepare(
        'UPDATE idempotency_keys SET created_at = ? WHERE scope = ? AND key = ? AND status IS NULL AND created_at = ?',
      ),
      claim: db.prepare(
        'INSERT INTO idempotency_keys (scope, key, fingerprint, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      complete: db.prepare(
        'UPDATE idempotency_keys SET status = ?, body = ?, subject = ? WHERE scope = ? AND key = ? AND erased = 0',
      ),
      release: db.prepare('DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND status IS NULL'),
      eraseSubject: db.prepare(
        `UPDATE idempotency_keys SET body = NULL, fingerprint = '', erased = 1 WHERE subject = ? AND erased = 0`,
      ),
    };
  }

  begin(scope: string, key: string, fingerprint: string): Promise<IdempotencyBegin> {
    const claimed = this.statements.claim.run(scope, key, fingerprint, new Date().toISOString()).changes === 1;
    if (claimed) return Promise.resolve({ state: 'new' });
    const row = this.statements.get.get(scope, key)!;
    if (row.erased) return Promise.resolve({ state: 'erased' });
    if (row.fingerprint !== fingerprint) return Promise.resolve({ state: 'mismatch' });
    if (row.status === null) {
      // a claim older than the stale limit belongs to a process that died mid-request
      const stale = Date.now() - Date.parse(row.created_at) > this.staleClaimMillis;
      const reclaimed =
        stale && this.statements.reclaim.run(new Date().toISOString(), scope, key, row.created_at).changes === 1;
      return Promise.resolve({ state: reclaimed ? 'new' : 'in_progress' });
    }
    return Promise.resolve({
      state: 'completed',
      status: row.status,
      body: row.body === null ? undefined : JSON.parse(row.body),
    });
  }

  complete(scope: string, key: string, status: number, body: unknown, subject?: string): Promise<void> {
    const json = body === undefined ? null : JSON.stringify(body);
    this.statements.complete.run(status, json, subject ?? null, scope, key);
    return Promise.resolve();
  }

  eraseSubject(subject: string): Promise<number> {
    const erased = this.statements.eraseSubject.run(subject).changes;
    // the pages as they were before live on in the WAL until it is checkpointed and truncated
    if (erased > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return Promise.resolve(erased);
  }

  release(scope: string, key: string): Promise<void> {
    this.statements.release.run(scope, key);
    return Promise.resolve();
  }
}

/** `subject` and `erased` (added after the first release): on an older file, added in place. */
function addSubjectColumns(db: Database.Database): void {
  const columns = (db.prepare('PRAGMA table_info(idempotency_keys)').all() as { name: string }[]).map((c) => c.name);
  if (!columns.includes('subject')) db.exec('ALTER TABLE idempotency_keys ADD COLUMN subject TEXT');
  if (!columns.includes('erased')) db.exec('ALTER TABLE idempotency_keys ADD COLUMN erased INTEGER NOT NULL DEFAULT 0');
  db.exec(
    'CREATE INDEX IF NOT EXISTS idempotency_keys_subject ON idempotency_keys (subject) WHERE subject IS NOT NULL',
  );
}
