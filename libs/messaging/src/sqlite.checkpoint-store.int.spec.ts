import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointStoreContract } from './checkpoint-store.contract';
import { SqliteCheckpointStore } from './sqlite.checkpoint-store';
import { ServiceCheckpoints } from './checkpoint-store.port';

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

describe('ServiceCheckpoints: services sharing one checkpoint store', () => {
  it('keeps each service’s names apart, so one relay never moves another’s', async () => {
    const store = new SqliteCheckpointStore(new Database(':memory:'));
    const matching = new ServiceCheckpoints(store, 'matching');
    const organizations = new ServiceCheckpoints(store, 'organizations');
    await matching.save('relay', 10, 'event-10');
    await organizations.save('relay', 250, 'event-250');
    await organizations.save('follower', 240);
    expect(await matching.read('relay')).toEqual({ position: 10, eventId: 'event-10' });
    expect(await organizations.load('relay')).toBe(250);
    expect(await matching.load('follower')).toBe(0);
    await matching.reset('relay', null);
    expect(await matching.read('relay')).toBeNull();
    expect(await organizations.load('relay')).toBe(250);
    // what is stored: the service's name in front
    expect(await store.load('organizations.relay')).toBe(250);
  });
});
