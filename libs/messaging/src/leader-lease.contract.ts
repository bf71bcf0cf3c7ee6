import type { LeaderLease } from './leader-lease.port';

/** Opens the lease store under test; `other` gives a second handle (another replica's connection). */
export interface LeaderLeaseSubject {
  lease: LeaderLease;
  other(): Promise<{ lease: LeaderLease; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** What every LeaderLease adapter does, in memory or on a real server. */
export function leaderLeaseContract(name: string, open: () => Promise<LeaderLeaseSubject>): void {
  describe(`LeaderLease contract: ${name}`, () => {
    let subject: LeaderLeaseSubject;
    const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(() => subject.close());

    it('gives a free lease to the first holder and refuses it to another while it runs', async () => {
      const name = unique('relay');
      expect(await subject.lease.holder(name)).toBeNull();
      expect(await subject.lease.acquire(name, 'a', 60_000)).toBe(true);
      expect(await subject.lease.acquire(name, 'b', 60_000)).toBe(false);
      expect(await subject.lease.holder(name)).toBe('a');
      // its holder renews it
      expect(await subject.lease.acquire(name, 'a', 60_000)).toBe(true);
      expect(await subject.lease.holder(name)).toBe('a');
    });

    it('keeps leases of different names apart', async () => {
      const one = unique('organizations');
      const two = unique('matching');
      expect(await subject.lease.acquire(one, 'a', 60_000)).toBe(true);
      expect(await subject.lease.acquire(two, 'b', 60_000)).toBe(true);
      expect(await subject.lease.holder(one)).toBe('a');
      expect(await subject.lease.holder(two)).toBe('b');
    });

    it('lets another holder take a lease whose time is up, and not before', async () => {
      const name = unique('relay');
      expect(await subject.lease.acquire(name, 'a', 400)).toBe(true);
      expect(await subject.lease.acquire(name, 'b', 400)).toBe(false);
      await sleep(600);
      expect(await subject.lease.holder(name)).toBeNull();
      expect(await subject.lease.acquire(name, 'b', 60_000)).toBe(true);
      // the holder that was too late to renew has lost it
      expect(await subject.lease.acquire(name, 'a', 60_000)).toBe(false);
      expect(await subject.lease.holder(name)).toBe('b');
    });

    it('hands a released lease over at once; a release by another holder does nothing', async () => {
      const name = unique('relay');
      expect(await subject.lease.acquire(name, 'a', 60_000)).toBe(true);
      await subject.lease.release(name, 'b');
      expect(await subject.lease.holder(name)).toBe('a');
      await subject.lease.release(name, 'a');
      expect(await subject.lease.holder(name)).toBeNull();
      expect(await subject.lease.acquire(name, 'b', 60_000)).toBe(true);
    });

    /** Five rounds of twelve holders, half on each handle, racing for a lease `before` prepares; one wins each. */
    const race = async (prefix: string, before: (name: string) => Promise<void>) => {
      const other = await subject.other();
      try {
        for (let round = 0; round < 5; round++) {
          const name = unique(prefix);
          await before(name);
          const tries = Array.from({ length: 12 }, (_, i) =>
            (i % 2 === 0 ? subject.lease : other.lease).acquire(name, `holder-${i}`, 60_000),
          );
          const won = (await Promise.all(tries)).map((ok, i) => (ok ? `holder-${i}` : null)).filter(Boolean);
          expect(won).toHaveLength(1);
          expect(await other.lease.holder(name)).toBe(won[0]);
        }
      } finally {
        await other.close();
      }
    };

    it('gives the lease to exactly one of many holders racing for it from two handles', async () => {
      await race('race', async () => undefined);
    });

    it('gives a lease whose time is up to exactly one of many holders racing to take it over', async () => {
      await race('takeover', async (name) => {
        expect(await subject.lease.acquire(name, 'dead', 200)).toBe(true);
        await sleep(300);
      });
    });
  });
}
