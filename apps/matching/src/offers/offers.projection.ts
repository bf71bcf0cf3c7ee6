import type { OfferStatus } from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import { nextOfferStatus, type OfferDetails, type OfferEvent } from './offer.decider';

/** The resource list as queries see it (`GET /offers`). */
export interface OfferDocument extends ReadModelDocument, OfferDetails {
  status: OfferStatus;
  remaining: OfferDetails['capacity'];
  postedAt: string;
  postedBy: string;
  updatedAt: string;
  withdrawReason?: string;
  expiredAt?: string;
}

export const OFFERS_COLLECTION = 'matching.offers';

export const offersProjection: Projection<OfferDocument> = {
  name: 'offers',
  collection: OFFERS_COLLECTION,
  handles: [
    'matching.OfferPosted',
    'matching.OfferWithdrawn',
    'matching.OfferReserved',
    'matching.OfferReservationReleased',
    'matching.OfferEdited',
    'matching.OfferExpired',
  ],
  indexes: [{ fields: { unitId: 1, status: 1 } }, { fields: { category: 1, status: 1 } }],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & OfferEvent;
    if (event.type === 'matching.OfferPosted') {
      const { offerId, ...details } = event.data;
      return {
        _id: offerId,
        ...details,
        status: 'open',
        remaining: { ...details.capacity },
        postedAt: event.occurredAt,
        postedBy: event.actor.accountId,
        updatedAt: event.occurredAt,
      };
    }
    if (!doc) return null;
    if (event.type === 'matching.OfferWithdrawn') {
      return { ...doc, status: 'withdrawn', withdrawReason: event.data.reason, updatedAt: event.occurredAt };
    }
    if (event.type === 'matching.OfferExpired') {
      return { ...doc, status: 'expired', expiredAt: event.occurredAt, updatedAt: event.occurredAt };
    }
    if (event.type === 'matching.OfferEdited') {
      return {
        ...doc,
        ...event.data,
        remaining: { ...(event.data.capacity ?? doc.capacity) },
        updatedAt: event.occurredAt,
      };
    }
    const sign = event.type === 'matching.OfferReserved' ? -1 : 1;
    const amount = Math.round((doc.remaining.amount + sign * event.data.quantity.amount) * 100) / 100;
    const status = nextOfferStatus(doc.status, doc.capacity.amount, amount);
    return { ...doc, remaining: { ...doc.remaining, amount }, status, updatedAt: event.occurredAt };
  },
};

export function toOfferResource({ _id, ...rest }: OfferDocument) {
  return { id: _id, ...rest };
}
