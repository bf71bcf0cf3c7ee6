import { eventStoreContract } from './event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb.event-store';

const url = process.env.EVENTSTORE_URL;

if (!url) {
  console.log('EVENTSTORE_URL not set: EventStoreDB contract suite skipped (docker compose up eventstore)');
  test.skip('EventStoreDB contract suite (EVENTSTORE_URL not set)', () => undefined);
} else {
  eventStoreContract(
    `eventstoredb ${url}`,
    () => EventStoreDbEventStore.connect(url),
    (store) => store.close(),
    // no lookup by event id in EventStoreDB: a reused id is refused only within its stream
    { detectsCrossStreamDuplicates: false },
  );
}
