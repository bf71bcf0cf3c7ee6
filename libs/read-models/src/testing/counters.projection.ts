import type { Actor } from '@gongjian/eventing';
import type { Projection } from '../projection';

/**
 * One document per stream, counting its `test.Counted` events (`countedEvent` of
 * @gongjian/eventing/testing) and keeping the last `n`: the read model the specs of replays fold.
 */
export const countersProjection: Projection = {
  name: 'counters',
  collection: 'test.counters',
  handles: ['test.Counted'],
  apply: (doc, event) => ({ _id: '', count: ((doc?.count as number) ?? 0) + 1, n: (event.data as { n: number }).n }),
};

/** Who starts the replays in those specs. */
export const auditor: Actor = { accountId: 'auditor', role: 'auditor', orgId: null };
