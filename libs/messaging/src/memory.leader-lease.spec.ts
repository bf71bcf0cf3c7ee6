import { leaderLeaseContract } from './leader-lease.contract';
import { MemoryLeaderLease } from './memory.leader-lease';

describe('MemoryLeaderLease', () => {
  const lease = new MemoryLeaderLease();
  leaderLeaseContract('memory', async () => ({
    lease,
    other: async () => ({ lease, close: async () => undefined }),
    close: async () => undefined,
  }));
});
