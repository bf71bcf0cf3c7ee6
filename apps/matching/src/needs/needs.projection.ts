import type { NeedStatus } from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import { type NeedDetails, type NeedEvent, nextStatus } from './need.decider';

/** The need list as queries see it (`GET /needs`). */
export interface NeedDocument extends ReadModelDocument, NeedDetails {
  status: NeedStatus;
  remaining: NeedDetails['quantity'];
  postedAt: string;
  postedBy: string;
  updatedAt: string;
  cancelReason?: string;
  expiredAt?: string;
  /** quantity delivered by completed projects */
  served?: number;
}

export const NEEDS_COLLECTION = 'matching.needs';

export const needsProjection: Projection<NeedDocument> = {
  name: 'needs',
  collection: NEEDS_COLLECTION,
  handles: [
    'matching.NeedPosted',
    'matching.NeedCancelled',
    'matching.NeedEdited',
    'matching.NeedReserved',
    'matching.NeedReservationReleased',
    'matching.NeedServed',
    'matching.NeedExpired',
  ],
  indexes: [{ fields: { communityId: 1, status: 1 } }, { fields: { category: 1, status: 1 } }],
  // replays and rebuilds read only these columns of the log beside the five always read
  reads: ['occurredAt', 'actor'],
  returnsFresh: true,

  apply(doc, envelope) {
    const event = envelope as EventEnvelope & NeedEvent;
    switch (event.type) {
      case 'matching.NeedPosted': {
        const { needId, ...details } = event.data;
        return {
          _id: needId,
          ...details,
          status: 'open',
          remaining: { ...details.quantity },
          postedAt: event.occurredAt,
          postedBy: event.actor.accountId,
          updatedAt: event.occurredAt,
        };
      }
      case 'matching.NeedCancelled':
        return doc && { ...doc, status: 'cancelled', cancelReason: event.data.reason, updatedAt: event.occurredAt };
      case 'matching.NeedEdited':
        return (
          doc && {
            ...doc,
            ...event.data,
            remaining: { ...(event.data.quantity ?? doc.quantity) },
            updatedAt: event.occurredAt,
          }
        );
      case 'matching.NeedReserved':
      case 'matching.NeedReservationReleased': {
        if (!doc) return null;
        const sign = event.type === 'matching.NeedReserved' ? -1 : 1;
        const amount = Math.round((doc.remaining.amount + sign * event.data.quantity.amount) * 100) / 100;
        const status = nextStatus(doc.status, doc.quantity.amount, amount, doc.served ?? 0);
        return { ...doc, remaining: { ...doc.remaining, amount }, status, updatedAt: event.occurredAt };
      }
      case 'matching.NeedServed': {
        if (!doc) return null;
        const served = Math.round(((doc.served ?? 0) + event.data.quantity.amount) * 100) / 100;
        return {
          ...doc,
          served,
          status: nextStatus(doc.status, doc.quantity.amount, doc.remaining.amount, served),
          updatedAt: event.occurredAt,
        };
      }
      case 'matching.NeedExpired':
        return doc && { ...doc, status: 'expired', expiredAt: event.occurredAt, updatedAt: event.occurredAt };
    }
  },
};

/** The resource shape of the API: `_id` becomes `id`. */
export function toNeedResource({ _id, ...rest }: NeedDocument) {
  return { id: _id, ...rest };
}
