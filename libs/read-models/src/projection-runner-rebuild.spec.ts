import type { ProposedEvent } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import type { ReadModelDocument } from './document-store.port';
import { MemoryDocumentStore } from './memory.document-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

type Tally = ReadModelDocument & { total: number; count: number };

const tallies: Projection<Tally> = {
  name: 'tallies',
  collection: 'test.tallies',
  handles: ['test.Added'],
  apply: (doc, event) => ({
    _id: '',
    total: (doc?.total ?? 0) + (event.data as { amount: number }).amount,
    count: (doc?.count ?? 0) + 1,
  }),
};

const added = (amount: number): ProposedEvent => ({
  eventId: `added-${Math.random().toString(36).slice(2)}`,
  type: 'test.Added',
  schemaVersion: 1,
  occurredAt: '2026-12-08T08:00:00.000Z',
  actor: { accountId: 'a', role: 'r', orgId: null },
  correlationId: 'c',
  causationId: null,
  data: { amount },
});

describe('ProjectionRunner after a rebuild', () => {
  it('catches a stream up from the log, folding each event once, though the rebuild kept no revision of it', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    for (let stream = 0; stream < 5; stream++) {
      await store.append(`test.tally-${stream}`, [added(1), added(2), added(3)], 'no_stream');
    }
    const documents = new MemoryDocumentStore();
    const runner = new ProjectionRunner(documents, [tallies]);
    const report = await runner.rebuild(store);
    expect(report).toMatchObject({ events: 15, documents: { tallies: 5 } });
    const tally = () => documents.collection<Tally>('test.tallies').get('2');
    expect(await tally()).toMatchObject({ total: 6, count: 3, version: 2 });

    // a write's read-your-writes: the events the rebuild folded are skipped, the new one folded once
    await runner.catchUp(store, 'test.tally-2', 2);
    expect(await tally()).toMatchObject({ total: 6, count: 3, version: 2 });
    const { nextExpectedRevision } = await store.append('test.tally-2', [added(10)], 2);
    await runner.catchUp(store, 'test.tally-2', nextExpectedRevision);
    expect(await tally()).toMatchObject({ total: 16, count: 4, version: 3 });
    await runner.catchUp(store, 'test.tally-2', nextExpectedRevision); // remembered now: nothing read again
    expect(await tally()).toMatchObject({ total: 16, count: 4, version: 3 });
    await store.close();
  });
});
