import type { EventStoreDBClient } from '@eventstore/db-client';
import { v7 as uuidv7 } from 'uuid';
import type { ProposedEvent } from './envelope';
import { EventStoreUnavailable } from './errors';
import { eventStoreContract, type EventStoreFaults } from './event-store.contract';
import { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb.event-store';
import { verifyChain } from './hash-chain';
import { FakeEsdbClient, type FakeEsdbOptions, foreign } from './testing/fake-esdb-client';

const proposed = (): ProposedEvent => ({
  eventId: uuidv7(),
  type: 'matching.NeedPosted',
  schemaVersion: 1,
  occurredAt: '2025-03-01T08:00:00.000Z',
  actor: { accountId: 'acc-1', role: 'community_admin', orgId: 'org-9' },
  correlationId: uuidv7(),
  causationId: null,
  data: { title: '助老' },
});

/** Short waits, so that a 300 ms restart is inside the retry window and tests stay quick. */
const FAST: EventStoreDbEventStoreOptions = {
  pollMillis: 50,
  idlePollMillis: 2000,
  pageSize: 64,
  retryMillis: [20, 50, 100, 200, 400, 800],
};

function storeOver(client: FakeEsdbClient, options: EventStoreDbEventStoreOptions = FAST) {
  return new EventStoreDbEventStore(client as unknown as EventStoreDBClient, options);
}

/** The faults the fake can play, as the contract suite asks for them. */
function faultsOf(client: () => FakeEsdbClient): EventStoreFaults {
  return {
    deleteStream: async (streamId, how) =>
      how === 'soft' ? client().softDelete(streamId) : client().tombstone(streamId),
    appendForeign: async (streamId) => {
      await client().appendToStream(streamId, foreign('RawEventFromTheUi'));
    },
    restart: () => client().restart(300),
    commitThenTimeout: () => client().commitThenTimeout(),
  };
}

/** The contract over the fake as the server is by default, and as it is with each option that changes what the adapter sees. */
const variants: Array<[string, FakeEsdbOptions]> = [
  ['a server as configured by default', {}],
  ['throwOnAppendFailure=false in the connection string', { throwOnAppendFailure: false }],
  ['a cluster whose followers lag three records behind the leader', { followerLag: 3 }],
];
for (const [name, options] of variants) {
  let client!: FakeEsdbClient;
  eventStoreContract(
    `eventstoredb adapter over a fake of ${name}`,
    async () => {
      client = new FakeEsdbClient(options);
      return storeOver(client);
    },
    undefined,
    { detectsCrossStreamDuplicates: false },
    faultsOf(() => client),
  );
}

describe('EventStoreDbEventStore over the fake client', () => {
  it('skips system and foreign events in readAll and headPosition', async () => {
    const store = storeOver(new FakeEsdbClient(), { pageSize: 4 });
    for (let i = 0; i < 6; i++) await store.append(`s-${i}`, [proposed()], 'no_stream');
    // the last append wrote a $stats event after ours: the head is still our last event
    const all = await store.readAll();
    expect(all.map((e) => e.streamId)).toEqual(['s-0', 's-1', 's-2', 's-3', 's-4', 's-5']);
    expect(await store.headPosition()).toBe(all[5].globalPosition);
    expect((await store.readAll({ fromPosition: all[1].globalPosition, maxCount: 2 })).map((e) => e.streamId)).toEqual([
      's-2',
      's-3',
    ]);
    // another application's event is foreign, a system one is not even that
    const withForeign = await store.readAll({ includeForeign: true });
    expect(withForeign.filter((e) => e.foreign).map((e) => e.streamId)).toEqual(['other-app-5']);
    await store.close();
  });

  it('returns the stored events for a retry that races the original append', async () => {
    const store = storeOver(new FakeEsdbClient());
    const batch = [proposed(), proposed()];
    const [a, b] = await Promise.all([store.append('s', batch, 'no_stream'), store.append('s', batch, 'no_stream')]);
    expect(a.events).toEqual(b.events);
    expect(await store.readStream('s')).toHaveLength(2);
    await store.close();
  });

  it('refuses an event id reused within the stream, and within one batch', async () => {
    const store = storeOver(new FakeEsdbClient());
    const [a, b] = [proposed(), proposed()];
    await store.append('s', [a, b], 'no_stream');
    await expect(store.append('s', [b, proposed()], 'any')).rejects.toMatchObject({ code: 'duplicate_event_id' });
    await expect(store.append('s', [b, proposed()], 0)).rejects.toMatchObject({ code: 'duplicate_event_id' });
    const c = proposed();
    await expect(store.append('t', [c, c], 'no_stream')).rejects.toMatchObject({ code: 'duplicate_event_id' });
    await store.close();
  });

  it('chains concurrent `any` appends onto each other instead of forking', async () => {
    const store = storeOver(new FakeEsdbClient(), { ...FAST, appendAttempts: 10 });
    await Promise.all(Array.from({ length: 5 }, () => store.append('s', [proposed()], 'any')));
    const read = await store.readStream('s');
    expect(read).toHaveLength(5);
    expect(verifyChain(read)).toEqual([]);
    await store.close();
  });

  it('gives up on an outage longer than its retry window with EventStoreUnavailable, and appends once when asked again', async () => {
    const client = new FakeEsdbClient();
    const store = storeOver(client, { ...FAST, retryMillis: [10, 20] });
    const batch = [proposed()];
    const down = client.restart(400);
    await expect(store.append('s', batch, 'no_stream')).rejects.toBeInstanceOf(EventStoreUnavailable);
    await expect(store.readStream('s')).rejects.toBeInstanceOf(EventStoreUnavailable);
    await down;
    await store.append('s', batch, 'no_stream');
    expect(await store.readStream('s')).toHaveLength(1);
    await store.close();
  });

  it('does not poll or rescan $all while the live signal is up, and scans foreign records once', async () => {
    const client = new FakeEsdbClient({ noise: false });
    const store = storeOver(client, { ...FAST, pollMillis: 20, idlePollMillis: 60_000 });
    await store.append('s', [proposed()], 'no_stream');
    // another application writes a lot after our last event
    for (let i = 0; i < 200; i++) await client.appendToStream(`other-${i}`, foreign());
    const seen: string[] = [];
    const sub = store.subscribeToAll(async (e) => {
      seen.push(e.streamId);
    });
    await sub.caughtUp();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the signal is confirmed
    await sub.caughtUp();
    const scanned = client.scanned;
    // idle: no poll, and the head (and the metric that scrapes it) comes from the signal
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let i = 0; i < 20; i++) await store.headPosition();
    expect(client.scanned).toBe(scanned);
    // a new event of ours is read after the foreign records, which are not scanned again
    const { lastPosition } = await store.append('s', [proposed()], 0);
    await sub.caughtUp();
    expect(await store.headPosition()).toBe(lastPosition);
    expect(seen).toEqual(['s', 's']);
    expect(client.scanned - scanned).toBeLessThan(5);
    await sub.stop();
    await store.close();
  });

  it('falls back to polling while the signal is down, and keeps the head right', async () => {
    const client = new FakeEsdbClient({ noise: false });
    const store = storeOver(client, { ...FAST, pollMillis: 20 });
    const seen: number[] = [];
    const sub = store.subscribeToAll(async (e) => {
      seen.push(e.streamRevision);
    });
    await store.append('s', [proposed()], 'no_stream');
    await client.restart(100);
    // appended by another process while our signal is being re-established
    const other = storeOver(client);
    const { lastPosition } = await other.append('s', [proposed()], 0);
    expect(await store.headPosition()).toBe(lastPosition);
    await sub.caughtUp();
    expect(seen).toEqual([0, 1]);
    await sub.stop();
    await Promise.all([store.close(), other.close()]);
  });
});
