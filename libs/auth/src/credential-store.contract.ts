import type { CredentialStore } from './credentials';

/** Opens the store under test; `reopen` gives a second handle on the same data (a new connection or file handle). */
export interface CredentialStoreSubject {
  store: CredentialStore;
  reopen(): Promise<{ store: CredentialStore; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** What every CredentialStore adapter does, embedded or on a real server. */
export function credentialStoreContract(name: string, open: () => Promise<CredentialStoreSubject>): void {
  describe(`CredentialStore contract: ${name}`, () => {
    let subject: CredentialStoreSubject;
    const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(() => subject.close());

    it('knows no hash for an account never set', async () => {
      expect(await subject.store.get(unique('nobody'))).toBeNull();
    });

    it('keeps the latest hash of each account apart from the others, across handles', async () => {
      const a = unique('a');
      const b = unique('b');
      await subject.store.set(a, 'scrypt$1$a');
      await subject.store.set(b, 'scrypt$1$b');
      await subject.store.set(a, 'scrypt$2$a');
      expect([await subject.store.get(a), await subject.store.get(b)]).toEqual(['scrypt$2$a', 'scrypt$1$b']);
      const other = await subject.reopen();
      try {
        expect([await other.store.get(a), await other.store.get(b)]).toEqual(['scrypt$2$a', 'scrypt$1$b']);
      } finally {
        await other.close();
      }
    });

    it('takes concurrent first sets of one account without an error, and one of them wins', async () => {
      const account = unique('racing');
      const hashes = Array.from({ length: 8 }, (_, i) => `scrypt$race$${i}`);
      await Promise.all(hashes.map((hash) => subject.store.set(account, hash)));
      expect(hashes).toContain(await subject.store.get(account));
    });
  });
}
