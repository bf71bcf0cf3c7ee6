import type { EventEnvelope } from '@gongjian/eventing';
import { MemoryDocumentStore } from './memory.document-store';
import { ReadModelCheckpoint } from './read-model-checkpoint';

const event = (position: number) => ({ globalPosition: position, eventId: `event-${position}` }) as EventEnvelope;

describe('ReadModelCheckpoint (how far into its log the read models reach)', () => {
  it('keeps the furthest event noted, never moving back, in <service>.log-checkpoint', async () => {
    const documents = new MemoryDocumentStore();
    const checkpoint = new ReadModelCheckpoint(documents, 'matching');
    expect(checkpoint.name).toBe('matching.log-checkpoint');
    expect(await checkpoint.read()).toBeNull();
    for (const p of [3, 7, 5]) checkpoint.advance(event(p));
    await checkpoint.flush();
    expect(await checkpoint.read()).toEqual({ position: 7, eventId: 'event-7' });
    // another process (a restart) reads what was saved
    expect(await new ReadModelCheckpoint(documents, 'matching').read()).toEqual({ position: 7, eventId: 'event-7' });
  });

  it('is reset backwards by a rebuild, then moves on from there', async () => {
    const checkpoint = new ReadModelCheckpoint(new MemoryDocumentStore(), 'matching');
    checkpoint.advance(event(40));
    await checkpoint.reset({ position: 2, eventId: 'other-2' });
    expect(await checkpoint.read()).toEqual({ position: 2, eventId: 'other-2' });
    checkpoint.advance(event(3));
    await checkpoint.flush();
    expect(await checkpoint.read()).toEqual({ position: 3, eventId: 'event-3' });
    await checkpoint.reset(null);
    expect(await checkpoint.read()).toBeNull();
  });

  it('reports a failed save and saves again on the next event', async () => {
    const documents = new MemoryDocumentStore();
    const errors: unknown[] = [];
    const checkpoint = new ReadModelCheckpoint(documents, 'matching', (e) => errors.push(e));
    const collection = documents.collection('matching.log-checkpoint');
    const putIfNewer = collection.putIfNewer.bind(collection);
    collection.putIfNewer = () => Promise.reject(new Error('read store down'));
    checkpoint.advance(event(1));
    await checkpoint.flush();
    expect(errors).toHaveLength(1);
    collection.putIfNewer = putIfNewer;
    checkpoint.advance(event(2));
    await checkpoint.flush();
    expect(await checkpoint.read()).toEqual({ position: 2, eventId: 'event-2' });
  });
});
