import type Database from 'better-sqlite3';
import type { Checkpoint, CheckpointStore } from './checkpoint-store.port';

interface Row {
  position: number;
  event_id: string | null;
}

/**
 * Checkpoints in the embedded SQLite file, beside the events they point into. A save only moves
 * forward. `event_id` was added later: a file from before has the column added at open, and its
 * checkpoints read back without an event id.
 */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly loadStatement;
  private readonly saveStatement;
  private readonly putStatement;
  private readonly deleteStatement;

  constructor(db: Database.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL) WITHOUT ROWID');
    const columns = db.prepare<[], { name: string }>('PRAGMA table_info(checkpoints)').all();
    if (!columns.some((c) => c.name === 'event_id')) db.exec('ALTER TABLE checkpoints ADD COLUMN event_id TEXT');
    this.loadStatement = db.prepare<[string], Row>('SELECT position, event_id FROM checkpoints WHERE name = ?');
    this.saveStatement = db.prepare(
      `INSERT INTO checkpoints (name, position, event_id) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, event_id = excluded.event_id
       WHERE excluded.position > checkpoints.position`,
    );
    this.putStatement = db.prepare(
      `INSERT INTO checkpoints (name, position, event_id) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, event_id = excluded.event_id`,
    );
    this.deleteStatement = db.prepare('DELETE FROM checkpoints WHERE name = ?');
  }

  async load(name: string): Promise<number> {
    return (await this.read(name))?.position ?? 0;
  }

  read(name: string): Promise<Checkpoint | null> {
    const row = this.loadStatement.get(name);
    if (!row) return Promise.resolve(null);
    return Promise.resolve(
      row.event_id ? { position: row.position, eventId: row.event_id } : { position: row.position },
    );
  }

  save(name: string, position: number, eventId?: string): Promise<void> {
    this.saveStatement.run(name, position, eventId ?? null);
    return Promise.resolve();
  }

  reset(name: string, checkpoint: Checkpoint | null): Promise<void> {
    if (checkpoint) this.putStatement.run(name, checkpoint.position, checkpoint.eventId ?? null);
    else this.deleteStatement.run(name);
    return Promise.resolve();
  }
}
