import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The libs' index files export ports, errors and pure code; adapters are imported from their own
 * paths by the runtime that picks them (libs/runtime/src/runtime.module.ts). So importing a
 * domain error or the envelope loads no database or broker client — the embedded runtime never
 * needs MongoDB, Kafka, EventStoreDB or PostgreSQL, and a service's unit code none of them.
 *
 * Each import runs in a fresh node process (jest keeps its own module registry, not require.cache),
 * with tsx resolving the tsconfig path aliases as jest does.
 */
const root = join(__dirname, '..');
const CLIENTS = ['better-sqlite3', '@eventstore/db-client', 'mongoose', 'mongodb', 'kafkajs', 'pg'];

/** The client packages that requiring `specifier` loads. */
async function clientsLoadedBy(specifier: string): Promise<string[]> {
  const script = `
    require(${JSON.stringify(specifier)});
    const loaded = Object.keys(require.cache);
    const clients = ${JSON.stringify(CLIENTS)};
    const found = clients.filter((c) => loaded.some((file) => file.includes('/node_modules/' + c + '/')));
    process.stdout.write(JSON.stringify(found));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    cwd: root,
    timeout: 60_000,
  });
  return JSON.parse(stdout) as string[];
}

describe('port indexes load no adapter', () => {
  it.each([
    '@gongjian/eventing',
    '@gongjian/messaging',
    '@gongjian/http',
    '@gongjian/auth',
    '@gongjian/read-models',
    '@gongjian/contracts',
    '@gongjian/spreadsheets',
  ])('%s loads none of the database and broker clients', async (index) => {
    expect(await clientsLoadedBy(index)).toEqual([]);
  });

  // the check sees a client when one is loaded: the adapters' own paths load theirs
  it.each([
    ['@gongjian/eventing/sqlite.event-store', ['better-sqlite3']],
    ['@gongjian/eventing/eventstoredb.event-store', ['@eventstore/db-client']],
    ['@gongjian/eventing/postgres.event-store', ['pg']],
    ['@gongjian/read-models/mongodb.document-store', ['mongoose', 'mongodb']],
    ['@gongjian/messaging/kafka.transport', ['kafkajs']],
  ])('%s loads %p', async (adapter, clients) => {
    expect(await clientsLoadedBy(adapter)).toEqual(clients);
  });
});
