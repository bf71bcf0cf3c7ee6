import { eventStoreContract } from './event-store.contract';
import { PostgresEventStore } from './postgres.event-store';

/**
 * The event-store contract against a real PostgreSQL (`deploy/ci/postgres.sh start`, then
 * POSTGRES_URL=postgres://postgres@127.0.0.1:15432/gongjian_ci; docs/ops/postgres.md).
 */
const url = process.env.POSTGRES_URL;

if (!url) {
  // stderr, not console: Jest drops the console output of a file whose tests are all skipped
  process.stderr.write('POSTGRES_URL not set: PostgreSQL event-store contract skipped (deploy/ci/postgres.sh start)\n');
  test.skip('PostgreSQL event-store contract (POSTGRES_URL not set)', () => undefined);
} else {
  jest.setTimeout(120_000);
  eventStoreContract(`postgres ${url}`, () => PostgresEventStore.connect({ url, pollMillis: 200 }));
}
