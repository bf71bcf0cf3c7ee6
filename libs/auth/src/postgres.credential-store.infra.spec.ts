import { Pool } from 'pg';
import { migrate } from '@gongjian/eventing/postgres.schema';
import { credentialStoreContract } from './credential-store.contract';
import { PostgresCredentialStore } from './postgres.credential-store';

const url = process.env.POSTGRES_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('POSTGRES_URL not set: PostgresCredentialStore suite skipped (deploy/ci/postgres.sh start)\n');

const connect = async () => {
  const pool = new Pool({ connectionString: url, max: 4 });
  await migrate(pool);
  return { store: new PostgresCredentialStore(pool), close: () => pool.end() };
};

(url ? describe : describe.skip)('PostgresCredentialStore (POSTGRES_URL)', () => {
  credentialStoreContract(`postgres ${url}`, async () => ({ ...(await connect()), reopen: connect }));
});
