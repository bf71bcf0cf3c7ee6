import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * Where the audit service finds a spending (issue 19): one document per spending of the funds
 * service, naming the fund's stream (its book) that holds it, so a trace reads that one stream
 * of the log. The audit service follows every stream of the log (not the bus), so it folds the
 * funds service's own events like the audit index does.
 */
export interface SpendingTrailDocument extends ReadModelDocument {
  fundId: string;
  allocationId: string;
  /** the fund's stream: `funds.fund-<fundId>` */
  streamId: string;
  recordedEventId: string;
  reversedEventId: string | null;
}

export const MONEY_TRAIL_COLLECTION = 'audit.spendings';
export const SPENDING_EVENTS = { recorded: 'funds.SpendingRecorded', reversed: 'funds.SpendingReversed' } as const;

export const moneyTrailProjection: Projection<SpendingTrailDocument> = {
  name: 'audit.spendings',
  collection: MONEY_TRAIL_COLLECTION,
  handles: [SPENDING_EVENTS.recorded, SPENDING_EVENTS.reversed],
  indexes: [{ fields: { fundId: 1 } }],
  documentId: (event) => (event.data as { spendingId: string }).spendingId,
  apply(doc, event: EventEnvelope) {
    const data = event.data as { fundId: string; allocationId: string };
    if (event.type === SPENDING_EVENTS.recorded)
      return {
        _id: (event.data as { spendingId: string }).spendingId,
        fundId: data.fundId,
        allocationId: data.allocationId,
        streamId: event.streamId,
        recordedEventId: event.eventId,
        reversedEventId: null,
      };
    return doc && { ...doc, reversedEventId: event.eventId };
  },
};
