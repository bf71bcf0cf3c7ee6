import { Pool } from 'pg';
import { MIGRATIONS, migrate } from './postgres.schema';

/** The migration runner against a real PostgreSQL, each test in a schema of its own. */
const url = process.env.POSTGRES_URL;
if (!url)
  process.stderr.write('POSTGRES_URL not set: PostgreSQL migration tests skipped (deploy/ci/postgres.sh start)\n');

(url ? describe : describe.skip)('PostgreSQL migrations (POSTGRES_URL)', () => {
  const pools: Pool[] = [];
  const admin = () => {
    const pool = new Pool({ connectionString: url, max: 1 });
    pools.push(pool);
    return pool;
  };
  /** A pool whose tables go to a new, empty schema. */
  const freshSchema = async () => {
    const schema = `migrations_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    await admin().query(`CREATE SCHEMA ${schema}`);
    const inSchema = () => {
      const pool = new Pool({ connectionString: url, max: 2, options: `-c search_path=${schema}` });
      pools.push(pool);
      return pool;
    };
    return inSchema;
  };
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
  });

  it('applies every migration once when two replicas start together, in order', async () => {
    const pool = await freshSchema();
    const [a, b] = await Promise.all([migrate(pool()), migrate(pool())]);
    const all = MIGRATIONS.map((m) => m.version);
    expect([a, b].sort((x, y) => y.length - x.length)).toEqual([all, []]);
    const { rows } = await pool().query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(all);
    expect(await migrate(pool())).toEqual([]);
  });

  it('applies only the migrations a database lacks, and none when a recorded one is not this code’s', async () => {
    const pool = await freshSchema();
    expect(await migrate(pool(), MIGRATIONS.slice(0, 1))).toEqual([1]);
    const later = { version: 99, name: 'later', sql: 'CREATE TABLE later (id integer)' };
    expect(await migrate(pool(), [...MIGRATIONS, later])).toEqual([...MIGRATIONS.slice(1).map((m) => m.version), 99]);
    const renamed = MIGRATIONS.map((m) => (m.version === 1 ? { ...m, name: 'something else' } : m));
    const other = { version: 100, name: 'other', sql: 'CREATE TABLE other (id integer)' };
    await expect(migrate(pool(), [...renamed, other])).rejects.toThrow(/version 1 is "events" in the database/);
    const { rows } = await pool().query("SELECT 1 FROM information_schema.tables WHERE table_name = 'other'");
    expect(rows).toEqual([]);
  });

  it('leaves nothing of a migration that fails', async () => {
    const pool = await freshSchema();
    const broken = { version: 1, name: 'broken', sql: 'CREATE TABLE half (id integer); SELECT no_such_function()' };
    await expect(migrate(pool(), [broken])).rejects.toThrow(/no_such_function/);
    const { rows } = await pool().query('SELECT version FROM schema_migrations');
    expect(rows).toEqual([]);
    const half = await pool().query(
      "SELECT 1 FROM pg_tables WHERE tablename = 'half' AND schemaname = current_schema()",
    );
    expect(half.rows).toEqual([]);
  });
});
