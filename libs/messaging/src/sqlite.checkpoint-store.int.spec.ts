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

describe('SqliteCheckpointStore on a file from before event ids were recorded', () => {
  it('adds the column and reads the old checkpoints back without an event id', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL) WITHOUT ROWID');
    db.prepare('INSERT INTO checkpoints (name, position) VALUES (?, ?)').run('relay', 41);
    const store = new SqliteCheckpointStore(db);
    expect(await store.read('relay')).toEqual({ position: 41 });
    expect(await store.load('relay')).toBe(41);
    await store.save('relay', 42, 'event-42');
    expect(await store.read('relay')).toEqual({ position: 42, eventId: 'event-42' });
    db.close();
  });
});
