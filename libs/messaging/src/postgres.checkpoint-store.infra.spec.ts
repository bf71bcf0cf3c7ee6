import { Pool } from 'pg';
import { migrate } from '@gongjian/eventing/postgres.schema';
import { checkpointStoreContract } from './checkpoint-store.contract';
import { PostgresCheckpointStore } from './postgres.checkpoint-store';

const url = process.env.POSTGRES_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('POSTGRES_URL not set: PostgresCheckpointStore suite skipped (deploy/ci/postgres.sh start)\n');

const connect = async () => {
  const pool = new Pool({ connectionString: url, max: 2 });
  await migrate(pool);
  return { store: new PostgresCheckpointStore(pool), close: () => pool.end() };
};

(url ? describe : describe.skip)('PostgresCheckpointStore (POSTGRES_URL)', () => {
  checkpointStoreContract(`postgres ${url}`, async () => ({ ...(await connect()), reopen: connect }));
});
