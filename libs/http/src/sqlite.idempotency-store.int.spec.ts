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
