import type { Pool } from 'pg';
import type { Checkpoint, CheckpointStore } from './checkpoint-store.port';

/**
 * Checkpoints in PostgreSQL, in the database of the events they point into
 * (`GONGJIAN_EVENT_STORE=postgres`; the table is made by the event store's migrations,
 * libs/eventing/src/postgres.schema.ts). A save only moves forward, in one statement, whichever
 * replica saves.
 */
export class PostgresCheckpointStore implements CheckpointStore {
  constructor(private readonly pool: Pool) {}

  async load(name: string): Promise<number> {
    return (await this.read(name))?.position ?? 0;
  }

  async read(name: string): Promise<Checkpoint | null> {
    const { rows } = await this.pool.query<{ position: string; event_id: string | null }>(
      'SELECT position, event_id FROM checkpoints WHERE name = $1',
      [name],
    );
    const row = rows[0];
    if (!row) return null;
    const position = Number(row.position);
    return row.event_id ? { position, eventId: row.event_id } : { position };
  }

  async save(name: string, position: number, eventId?: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO checkpoints (name, position, event_id) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, event_id = excluded.event_id
       WHERE excluded.position > checkpoints.position`,
      [name, position, eventId ?? null],
    );
  }

  async reset(name: string, checkpoint: Checkpoint | null): Promise<void> {
    if (!checkpoint) {
      await this.pool.query('DELETE FROM checkpoints WHERE name = $1', [name]);
      return;
    }
    await this.pool.query(
      `INSERT INTO checkpoints (name, position, event_id) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, event_id = excluded.event_id`,
      [name, checkpoint.position, checkpoint.eventId ?? null],
    );
  }
}
