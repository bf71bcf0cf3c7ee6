import type Database from 'better-sqlite3';
import type { CheckpointStore } from './checkpoint-store.port';

/** Checkpoints in the embedded SQLite file, beside the events they point into. A save only moves forward. */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly loadStatement;
  private readonly saveStatement;

  constructor(db: Database.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL) WITHOUT ROWID');
    this.loadStatement = db.prepare<[string], { position: number }>('SELECT position FROM checkpoints WHERE name = ?');
    this.saveStatement = db.prepare(
      'INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position WHERE excluded.position > checkpoints.position',
    );
  }

  load(name: string): Promise<number> {
    return Promise.resolve(this.loadStatement.get(name)?.position ?? 0);
  }

  save(name: string, position: number): Promise<void> {
    this.saveStatement.run(name, position);
    return Promise.resolve();
  }
}
