import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { EventStoreDBClient, FORWARDS, jsonEvent, START } from '@eventstore/db-client';
import { eventStoreContract, type EventStoreFaults } from './event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb.event-store';

/**
 * The event-store contract against a real EventStoreDB (`docker compose up eventstore`, then
 * EVENTSTORE_URL='esdb://127.0.0.1:2113?tls=false'; docs/ops/eventstoredb.md). The faults are
 * played through the server's own API, as an operator or its UI would: streams deleted, a raw
 * event appended into one of ours, and — given EVENTSTORE_RESTART_COMMAND (e.g. `docker compose
 * restart eventstore`) — the server restarted during a subscription and during appends.
 */
const url = process.env.EVENTSTORE_URL;
const restartCommand = process.env.EVENTSTORE_RESTART_COMMAND;

if (!url) {
  console.log('EVENTSTORE_URL not set: EventStoreDB contract suite skipped (docker compose up eventstore)');
  test.skip('EventStoreDB contract suite (EVENTSTORE_URL not set)', () => undefined);
} else {
  jest.setTimeout(180_000);
  let operator!: EventStoreDBClient;
  const faults: EventStoreFaults = {
    deleteStream: async (streamId, how) => {
      if (how === 'soft') await operator.deleteStream(streamId);
      else await operator.tombstoneStream(streamId);
    },
    appendForeign: async (streamId) => {
      await operator.appendToStream(streamId, jsonEvent({ type: 'RawEventFromTheUi', data: { by: 'hand' } }));
    },
    ...(restartCommand
      ? {
          restart: async () => {
            await promisify(exec)(restartCommand);
            await answering(operator);
          },
        }
      : {}),
  };
  if (!restartCommand) console.log('EVENTSTORE_RESTART_COMMAND not set: the restart tests of the contract are skipped');
  eventStoreContract(
    `eventstoredb ${url}`,
    async () => {
      operator = EventStoreDBClient.connectionString(url);
      return EventStoreDbEventStore.connect(url);
    },
    async (store) => {
      await store.close();
      await operator.dispose();
    },
    // no lookup by event id in EventStoreDB: a reused id is refused only within its stream
    { detectsCrossStreamDuplicates: false },
    faults,
  );
}

/** Resolves once the server answers a read of `$all` again (within 2 minutes). */
async function answering(client: EventStoreDBClient): Promise<void> {
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      for await (const _ of client.readAll({ direction: FORWARDS, fromPosition: START, maxCount: 1 })) break;
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
