import type { EventEnvelope } from '@gongjian/eventing';
import { MemoryDocumentStore } from './memory.document-store';
import type { ReadModelDocument } from './document-store.port';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

type Tally = ReadModelDocument & { total: number; tags: string[]; last: { by: string } };

/** Two projections over one event type, one of them into documents keyed by the event's data. */
const tallies: Projection<Tally> = {
  name: 'tallies',
  collection: 'test.tallies',
  handles: ['test.Added', 'test.Reset'],
  apply: (doc, event) => {
    const data = event.data as { amount: number; tag: string };
    if (event.type === 'test.Reset') return doc && { ...doc, total: 0 };
    return {
      _id: doc?._id ?? '',
      total: (doc?.total ?? 0) + data.amount,
      tags: [...(doc?.tags ?? []), data.tag],
      last: { by: event.actor.accountId },
    };
  },
};
const byTag: Projection<ReadModelDocument & { count: number }> = {
  name: 'by-tag',
  collection: 'test.by-tag',
  handles: ['test.Added'],
  documentId: (event) => `${(event.data as { tag: string }).tag}-${event.streamId}`,
  apply: (doc) => ({ _id: '', count: (doc?.count ?? 0) + 1 }),
};

/** A log of streams interleaved, some events repeated (at-least-once) and some out of reach. */
function log(): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  const revisions = new Map<string, number>();
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let position = 1; position <= 3000; position++) {
    const streamId = `test.tally-${Math.floor(next() * 40)}`;
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    const event = {
      eventId: `e${position}`,
      type: next() < 0.1 && revision > 0 ? 'test.Reset' : 'test.Added',
      streamId,
      streamRevision: revision,
      globalPosition: position,
      occurredAt: '2026-12-07T08:00:00.000Z',
      actor: { accountId: `acc-${position % 3}`, role: 'r', orgId: null },
      data: { amount: Math.floor(next() * 100), tag: `t${Math.floor(next() * 3)}` },
    } as unknown as EventEnvelope;
    events.push(event);
    if (next() < 0.05) events.push(event); // redelivered
  }
  return events;
}

async function everything(store: MemoryDocumentStore): Promise<ReadModelDocument[][]> {
  return Promise.all(['test.tallies', 'test.by-tag'].map((c) => store.collection(c).find({}, { sort: { _id: 1 } })));
}

describe('ProjectionRunner.projectBatch (rebuilds and replays)', () => {
  it('folds a log into the same documents as projecting its events one by one, in any batch size', async () => {
    const events = log();
    const oneByOne = new MemoryDocumentStore();
    const runner = new ProjectionRunner(oneByOne, [tallies, byTag]);
    for (const event of events) await runner.project(event);
    const expected = await everything(oneByOne);
    expect(expected[0].length).toBe(40);

    for (const size of [1, 7, 500, 5000]) {
      for (const handOver of [false, true]) {
        const batched = new MemoryDocumentStore();
        const batchRunner = new ProjectionRunner(batched, [tallies, byTag]);
        const copies = structuredClone(events); // handed over: held by nothing else
        for (let i = 0; i < events.length; i += size)
          await batchRunner.projectBatch(copies.slice(i, i + size), { handOver });
        expect(await everything(batched)).toEqual(expected);
      }
    }
  });

  it('hands out copies of documents it was handed: changing one changes nothing stored', async () => {
    const store = new MemoryDocumentStore();
    await new ProjectionRunner(store, [tallies]).projectBatch(structuredClone(log()), { handOver: true });
    const [first] = await store.collection<Tally>('test.tallies').find({}, { sort: { _id: 1 } });
    const before = structuredClone(first);
    first.tags.push('changed');
    first.last.by = 'someone else';
    expect(await store.collection<Tally>('test.tallies').get(first._id)).toEqual(before);
  });

  it('continues from documents already stored and leaves the events it has seen alone', async () => {
    const events = log();
    const store = new MemoryDocumentStore();
    const runner = new ProjectionRunner(store, [tallies, byTag]);
    await runner.projectBatch(events.slice(0, 1000));
    await runner.projectBatch(events.slice(500, 3000)); // half of it again
    await runner.projectBatch(events.slice(3000));
    const fresh = new MemoryDocumentStore();
    await new ProjectionRunner(fresh, [tallies, byTag]).projectBatch(events);
    expect(await everything(store)).toEqual(await everything(fresh));
  });
});
