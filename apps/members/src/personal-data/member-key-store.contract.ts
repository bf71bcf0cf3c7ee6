import type { MemberKeyStore } from './key-store';

/** Opens the store under test; `reopen` gives a second handle on the same data (a new connection or file). */
export interface MemberKeyStoreSubject {
  store: MemberKeyStore;
  reopen(): Promise<MemberKeyStore>;
  close(): Promise<void>;
}

/** What every MemberKeyStore adapter does, embedded or on a real server. */
export function memberKeyStoreContract(name: string, open: () => Promise<MemberKeyStoreSubject>): void {
  describe(`MemberKeyStore contract: ${name}`, () => {
    let subject: MemberKeyStoreSubject;
    const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(() => subject.close());

    it('creates one 32-byte key per member and returns the same key on a second create', async () => {
      const a = unique('m');
      const b = unique('m');
      const keyA = await subject.store.create(a);
      expect(keyA).toHaveLength(32);
      expect(await subject.store.create(a)).toEqual(keyA);
      expect(await subject.store.get(a)).toEqual(keyA);
      expect(await subject.store.create(b)).not.toEqual(keyA);
    });

    it('knows no key for a member never created', async () => {
      expect(await subject.store.get(unique('nobody'))).toBeNull();
    });

    it('gives every concurrent create of one member the same key', async () => {
      const member = unique('racing');
      const keys = await Promise.all(Array.from({ length: 8 }, () => subject.store.create(member)));
      for (const key of keys) expect(key).toEqual(keys[0]);
      expect(await subject.store.get(member)).toEqual(keys[0]);
    });

    it('destroys a key for good, and a destroy of an unknown member is a no-op', async () => {
      const member = unique('erased');
      const key = await subject.store.create(member);
      await subject.store.destroy(member);
      await subject.store.destroy(member);
      await subject.store.destroy(unique('nobody'));
      expect(await subject.store.get(member)).toBeNull();
      expect(await subject.store.create(member)).not.toEqual(key);
    });

    it('keeps the keys across handles', async () => {
      const member = unique('kept');
      const key = await subject.store.create(member);
      const other = await subject.reopen();
      try {
        expect(await other.get(member)).toEqual(key);
      } finally {
        await other.close();
      }
    });
  });
}
