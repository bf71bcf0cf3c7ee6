import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idempotencyStoreContract } from './idempotency-store.contract';
import { SqliteIdempotencyStore } from './sqlite.idempotency-store';

idempotencyStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-idempotency-'));
  const db = new Database(join(dir, 'events.db'));
  return {
    store: new SqliteIdempotencyStore(db),
    quick: new SqliteIdempotencyStore(db, { staleClaimMillis: 200 }),
    close: async () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteIdempotencyStore on a file of an older release', () => {
  it('adds the subject and erased columns in place and keeps the records', async () => {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE idempotency_keys (
      scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
      status INTEGER, body TEXT, created_at TEXT NOT NULL,
      PRIMARY KEY (scope, key)) WITHOUT ROWID`);
    db.prepare('INSERT INTO idempotency_keys VALUES (?, ?, ?, ?, ?, ?)').run('s', 'k', 'f', 201, '{"id":"m"}', 'x');
    const store = new SqliteIdempotencyStore(db);
    expect(await store.begin('s', 'k', 'f')).toEqual({ state: 'completed', status: 201, body: { id: 'm' } });
    expect(await store.eraseSubject('m')).toBe(0); // no subject was recorded before
    db.close();
  });
});
