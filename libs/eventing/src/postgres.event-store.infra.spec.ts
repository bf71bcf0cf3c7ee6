import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { eventStoreContract, type EventStoreFaults } from './event-store.contract';
import { PostgresEventStore } from './postgres.event-store';

/**
 * The event-store contract against a real PostgreSQL (`deploy/ci/postgres.sh start`, then
 * POSTGRES_URL=postgres://postgres@127.0.0.1:15432/gongjian_ci; docs/ops/postgres.md). Given
 * POSTGRES_RESTART_COMMAND (e.g. `deploy/ci/postgres.sh restart`), the server is restarted during
 * a subscription and during appends. An answer lost after a commit is played by the store's test
 * hook: the commit happened, then the append sees the connection fail and tries again.
 */
const url = process.env.POSTGRES_URL;
const restartCommand = process.env.POSTGRES_RESTART_COMMAND;

if (!url) {
  // stderr, not console: Jest drops the console output of a file whose tests are all skipped
  process.stderr.write('POSTGRES_URL not set: PostgreSQL event-store contract skipped (deploy/ci/postgres.sh start)\n');
  test.skip('PostgreSQL event-store contract (POSTGRES_URL not set)', () => undefined);
} else {
  jest.setTimeout(180_000);
  let loseNextAnswer = false;
  const faults: EventStoreFaults = {
    commitThenTimeout: () => {
      loseNextAnswer = true;
    },
    ...(restartCommand
      ? {
          restart: async () => {
            await promisify(exec)(restartCommand);
            await answering(url);
          },
        }
      : {}),
  };
  if (!restartCommand) {
    process.stderr.write('POSTGRES_RESTART_COMMAND not set: the restart tests of the contract are skipped\n');
  }
  eventStoreContract(
    `postgres ${url}`,
    () =>
      PostgresEventStore.connect({
        url,
        pollMillis: 200,
        hooks: {
          afterCommit: () => {
            if (!loseNextAnswer) return;
            loseNextAnswer = false;
            throw Object.assign(new Error('Connection terminated unexpectedly (test: answer lost)'), { code: '08006' });
          },
        },
      }),
    undefined,
    {},
    faults,
  );
}

/** Resolves once the server answers again (within 2 minutes). */
async function answering(connectionString: string): Promise<void> {
  const until = Date.now() + 120_000;
  for (;;) {
    const client = new Client({ connectionString });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
