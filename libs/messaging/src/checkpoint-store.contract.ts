import type { CheckpointStore } from './checkpoint-store.port';

/** Opens the store under test; `reopen` gives a second handle on the same data (a new connection or file handle). */
export interface CheckpointStoreSubject {
  store: CheckpointStore;
  reopen(): Promise<{ store: CheckpointStore; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** What every CheckpointStore adapter does, embedded or on a real server. */
export function checkpointStoreContract(name: string, open: () => Promise<CheckpointStoreSubject>): void {
  describe(`CheckpointStore contract: ${name}`, () => {
    let subject: CheckpointStoreSubject;
    const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(() => subject.close());

    it('loads 0 for a name never saved', async () => {
      expect(await subject.store.load(unique('never'))).toBe(0);
    });

    it('saves and never moves a checkpoint back', async () => {
      const { store } = subject;
      const relay = unique('relay');
      await store.save(relay, 42);
      await store.save(relay, 17);
      await store.save(relay, 42);
      expect(await store.load(relay)).toBe(42);
      await store.save(relay, 43);
      expect(await store.load(relay)).toBe(43);
    });

    it('keeps names apart and survives a new handle', async () => {
      const a = unique('a');
      const b = unique('b');
      await subject.store.save(a, 5);
      await subject.store.save(b, 9);
      const other = await subject.reopen();
      try {
        expect([await other.store.load(a), await other.store.load(b)]).toEqual([5, 9]);
      } finally {
        await other.close();
      }
    });

    it('keeps positions beyond 2^32 exactly (EventStoreDB commit positions grow that large)', async () => {
      const name = unique('big');
      const position = 2 ** 40 + 7;
      await subject.store.save(name, position);
      expect(await subject.store.load(name)).toBe(position);
    });
    it('keeps the event id at the position, moving with it', async () => {
      const { store } = subject;
      const name = unique('ids');
      await store.save(name, 3, 'event-3');
      expect(await store.read(name)).toEqual({ position: 3, eventId: 'event-3' });
      await store.save(name, 2, 'event-2');
      expect(await store.read(name)).toEqual({ position: 3, eventId: 'event-3' });
      await store.save(name, 8, 'event-8');
      expect(await store.read(name)).toEqual({ position: 8, eventId: 'event-8' });
      await store.save(name, 9);
      expect(await store.read(name)).toEqual({ position: 9 });
      expect(await store.read(unique('never'))).toBeNull();
    });

    it('resets a checkpoint backwards, or removes it (a rebuild on a log that restarted)', async () => {
      const { store } = subject;
      const name = unique('reset');
      await store.save(name, 50, 'event-50');
      await store.reset(name, { position: 4, eventId: 'other-4' });
      expect(await store.read(name)).toEqual({ position: 4, eventId: 'other-4' });
      await store.save(name, 5, 'other-5');
      expect(await store.load(name)).toBe(5);
      await store.reset(name, null);
      expect(await store.read(name)).toBeNull();
      expect(await store.load(name)).toBe(0);
      await store.reset(name, { position: 7 });
      expect(await store.read(name)).toEqual({ position: 7 });
    });
  });
}
