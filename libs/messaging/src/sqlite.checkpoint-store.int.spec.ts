import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointStoreContract } from './checkpoint-store.contract';
import { SqliteCheckpointStore } from './sqlite.checkpoint-store';

checkpointStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-checkpoints-'));
  const file = join(dir, 'events.db');
  const db = new Database(file);
  return {
    store: new SqliteCheckpointStore(db),
    reopen: async () => {
      const other = new Database(file);
      return { store: new SqliteCheckpointStore(other), close: async () => void other.close() };
    },
    close: async () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
