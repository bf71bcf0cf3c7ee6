import { Pool } from 'pg';
import { migrate } from '@gongjian/eventing/postgres.schema';
import { idempotencyStoreContract } from './idempotency-store.contract';
import { PostgresIdempotencyStore } from './postgres.idempotency-store';

const url = process.env.POSTGRES_URL;
// stderr, not console: Jest drops the console output of a file whose tests are all skipped
if (!url)
  process.stderr.write('POSTGRES_URL not set: PostgresIdempotencyStore suite skipped (deploy/ci/postgres.sh start)\n');

(url ? describe : describe.skip)('PostgresIdempotencyStore (POSTGRES_URL)', () => {
  idempotencyStoreContract(`postgres ${url}`, async () => {
    const pool = new Pool({ connectionString: url, max: 8 });
    await migrate(pool);
    return {
      store: new PostgresIdempotencyStore(pool),
      quick: new PostgresIdempotencyStore(pool, { staleClaimMillis: 200 }),
      close: () => pool.end(),
    };
  });
});
