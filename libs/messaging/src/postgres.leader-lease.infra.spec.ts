import { Pool } from 'pg';
import { leaderLeaseContract } from './leader-lease.contract';
import { PostgresLeaderLease } from './postgres.leader-lease';

const url = process.env.POSTGRES_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('POSTGRES_URL not set: PostgresLeaderLease suite skipped (deploy/ci/postgres.sh start)\n');

const connect = async () => {
  const pool = new Pool({ connectionString: url, max: 4 });
  await pool.query(PostgresLeaderLease.schema);
  return { lease: new PostgresLeaderLease(pool), close: () => pool.end() };
};

(url ? describe : describe.skip)('PostgresLeaderLease (POSTGRES_URL)', () => {
  leaderLeaseContract(`postgres`, async () => ({ ...(await connect()), other: connect }));
});
