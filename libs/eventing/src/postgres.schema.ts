import type { Pool, PoolClient } from 'pg';

/**
 * The PostgreSQL schema of gongjian, as versioned migrations applied in order at start
 * (`migrate`). Each is SQL text with a number and a name; a database records the ones it has in
 * `schema_migrations`. A migration is never edited once released: a change is a new one at the
 * end. The tables are described in docs/ops/postgres.md.
 *
 * The SQL keeps to what PostgreSQL 9.5 already had (sequences, ON CONFLICT, multi-argument
 * unnest, advisory locks) so that the PostgreSQL-compatible servers that follow its dialect take
 * it unchanged (docs/ops/postgres.md: "Compatible servers").
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events',
    sql: `
      CREATE SEQUENCE events_global_position;
      CREATE TABLE events (
        global_position bigint PRIMARY KEY DEFAULT nextval('events_global_position'),
        event_id        text NOT NULL UNIQUE,
        type            text NOT NULL,
        schema_version  integer NOT NULL,
        stream_id       text NOT NULL,
        stream_revision integer NOT NULL,
        occurred_at     text NOT NULL,
        recorded_at     text NOT NULL,
        actor           text NOT NULL,
        correlation_id  text NOT NULL,
        causation_id    text,
        data            text NOT NULL,
        prev_hash       text NOT NULL,
        hash            text NOT NULL,
        UNIQUE (stream_id, stream_revision)
      );
      ALTER SEQUENCE events_global_position OWNED BY events.global_position;`,
  },
  {
    version: 2,
    name: 'side stores: checkpoints, idempotency keys, credentials',
    sql: `
      CREATE TABLE checkpoints (
        name     text PRIMARY KEY,
        position bigint NOT NULL,
        event_id text
      );
      CREATE TABLE idempotency_keys (
        scope            text NOT NULL,
        key              text NOT NULL,
        fingerprint      text NOT NULL,
        status           integer,
        body             text,
        created_at       text NOT NULL,
        first_claimed_at text,
        released         boolean NOT NULL DEFAULT false,
        erased           boolean NOT NULL DEFAULT false,
        subject          text,
        PRIMARY KEY (scope, key)
      );
      CREATE INDEX idempotency_keys_subject ON idempotency_keys (subject) WHERE subject IS NOT NULL;
      CREATE TABLE credentials (
        account_id    text PRIMARY KEY,
        password_hash text NOT NULL
      );`,
  },
  {
    version: 3,
    name: 'leader leases',
    // the replica of each service that runs its relay and follower (libs/messaging/src/postgres.leader-lease.ts)
    sql: `
      CREATE TABLE leader_leases (
        name       text PRIMARY KEY,
        holder     text NOT NULL,
        expires_at timestamptz NOT NULL
      );`,
  },
];

/** Advisory lock keys of gongjian (one 64-bit space per database; the values spell "gongjian"). */
export const ADVISORY_LOCKS = {
  /** Held by the replica applying migrations: two replicas starting together apply them once. */
  migrations: '7453010373645549825',
  /** Held by every appending transaction from its start to its commit: positions in commit order. */
  append: '7453010373645549826',
} as const;

/**
 * Applies the migrations `database` does not have yet, in order, each in its own transaction with
 * its row in `schema_migrations`, under a session advisory lock: a second replica starting at the
 * same time waits, then finds them applied. Returns the versions applied now.
 * @throws Error when a recorded version has another name than this code's (a database of another
 * branch of the schema): nothing is applied then.
 */
export async function migrate(database: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await database.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.migrations]);
    try {
      return await applyPending(client, migrations);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.migrations]);
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.release(broken);
  }
}

async function applyPending(client: PoolClient, migrations: readonly Migration[]): Promise<number[]> {
  await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const { rows } = await client.query<{ version: number; name: string }>(
    'SELECT version, name FROM schema_migrations ORDER BY version',
  );
  const applied = new Map(rows.map((r) => [r.version, r.name]));
  for (const m of migrations) {
    const name = applied.get(m.version);
    if (name !== undefined && name !== m.name) {
      throw new Error(`schema_migrations: version ${m.version} is "${name}" in the database, "${m.name}" here`);
    }
  }
  const done: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    await client.query('BEGIN');
    try {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    done.push(m.version);
  }
  return done;
}
