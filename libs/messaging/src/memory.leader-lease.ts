import type { LeaderLease } from './leader-lease.port';

/**
 * The lease within one process: the embedded platform runs one of each part, and tests elect among
 * several in one process. `now` is the clock (a test moves it).
 */
export class MemoryLeaderLease implements LeaderLease {
  private readonly leases = new Map<string, { holder: string; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(name: string, holder: string, ttlMillis: number): Promise<boolean> {
    const lease = this.leases.get(name);
    const now = this.now();
    if (lease && lease.holder !== holder && lease.expiresAt > now) return false;
    this.leases.set(name, { holder, expiresAt: now + ttlMillis });
    return true;
  }

  async release(name: string, holder: string): Promise<void> {
    if (this.leases.get(name)?.holder === holder) this.leases.delete(name);
  }

  async holder(name: string): Promise<string | null> {
    const lease = this.leases.get(name);
    return lease && lease.expiresAt > this.now() ? lease.holder : null;
  }
}
