import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentialStoreContract } from './credential-store.contract';
import { SqliteCredentialStore } from './sqlite.credential-store';

credentialStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-credentials-'));
  const file = join(dir, 'events.db');
  const db = new Database(file);
  return {
    store: new SqliteCredentialStore(db),
    reopen: async () => {
      const other = new Database(file);
      return { store: new SqliteCredentialStore(other), close: async () => void other.close() };
    },
    close: async () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
