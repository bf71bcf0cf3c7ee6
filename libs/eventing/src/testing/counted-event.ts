import { v7 as uuidv7 } from 'uuid';
import type { ProposedEvent } from '../envelope';

/**
 * A `test.Counted` event carrying `n`: what the specs of the stores, the relay, the log follower,
 * the start check and the read models append when only the log's order and positions matter.
 */
export function countedEvent(n: number, occurredAt = new Date().toISOString()): ProposedEvent {
  return {
    eventId: uuidv7(),
    type: 'test.Counted',
    schemaVersion: 1,
    occurredAt,
    actor: { accountId: 'a', role: 'r', orgId: null },
    correlationId: uuidv7(),
    causationId: null,
    data: { n },
  };
}
