import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import { VOLUNTEERING_EVENTS as V } from '../volunteering-events';
import type { ResidentDetails } from './resident.decider';

/**
 * The resident volunteers. Once a resident withdraws their consent, the document keeps no name,
 * phone or digest: the record says only that someone of this community volunteered until then
 * (their hours stay in the activities they served).
 */
export interface ResidentDocument extends ReadModelDocument {
  communityId: string;
  name: string | null;
  phone: string | null;
  phoneDigest: string | null;
  consentedOn: string;
  consentWithdrawnAt: string | null;
  accountId: string | null;
  registeredAt: string;
}

export const residentsProjection: Projection<ResidentDocument> = {
  name: 'residents',
  collection: 'volunteering.residents',
  handles: [V.residentRegistered, V.residentConsentWithdrawn],
  indexes: [{ fields: { communityId: 1 } }, { fields: { accountId: 1 } }, { fields: { phoneDigest: 1 } }],
  apply(doc, event: EventEnvelope) {
    if (event.type === V.residentRegistered) {
      const { residentId, ...details } = event.data as ResidentDetails;
      return { _id: residentId, ...details, consentWithdrawnAt: null, registeredAt: event.occurredAt };
    }
    if (!doc) return null;
    const { at } = event.data as { at: string };
    return { ...doc, name: null, phone: null, phoneDigest: null, consentWithdrawnAt: at };
  },
};
