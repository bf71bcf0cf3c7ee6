import type { EventEnvelope } from '@gongjian/eventing';
import { MemoryDocumentStore } from './memory.document-store';
import type { ReadModelDocument } from './document-store.port';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

const counter: Projection<ReadModelDocument & { n: number }> = {
  name: 'counter',
  collection: 'test.counter',
  handles: ['test.Counted'],
  apply: (doc) => ({ _id: 'c', n: (doc?.n ?? 0) + 1 }),
};

const event = (revision: number): EventEnvelope =>
  ({
    eventId: `e${revision}`,
    type: 'test.Counted',
    streamId: 'test.counter-c',
    streamRevision: revision,
    globalPosition: revision + 1,
    occurredAt: '2026-01-01T00:00:00.000Z',
    data: {},
  }) as unknown as EventEnvelope;

describe('ProjectionRunner.exclusive (a replay swap holds the live runner)', () => {
  it('lets no fold in while the work runs, and folds what waited afterwards', async () => {
    const documents = new MemoryDocumentStore();
    const runner = new ProjectionRunner(documents, [counter]);
    const collection = documents.collection<ReadModelDocument & { n: number }>('test.counter');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const seen: Array<number | null> = [];
    const swap = runner.exclusive(async () => {
      await held;
      seen.push((await collection.get('c'))?.n ?? null);
      await collection.putIfNewer({ _id: 'c', version: 0, n: 100 });
    });
    const folded = runner.project(event(1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(await collection.get('c')).toBeNull();
    release();
    await Promise.all([swap, folded]);
    expect(seen).toEqual([null]);
    expect(await collection.get('c')).toMatchObject({ n: 101, version: 1 });
  });

  it('waits for folds under way before the work starts', async () => {
    const documents = new MemoryDocumentStore();
    const runner = new ProjectionRunner(documents, [counter]);
    const collection = documents.collection<ReadModelDocument & { n: number }>('test.counter');
    const folding = runner.projectBatch([event(0), event(1)]);
    const seen = await runner.exclusive(async () => (await collection.get('c'))?.n ?? null);
    await folding;
    expect(seen).toBe(2);
  });
});
