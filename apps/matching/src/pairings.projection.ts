import { ORGANIZATION_EVENTS, type PairingEndedV1, type PairingEstablishedV1 } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/** The matching service's copy of 结对共建 pairings, for the pairing part of the score. */
export interface MatchingPairing extends ReadModelDocument {
  unitId: string;
  orgId: string;
  active: boolean;
}

export const MATCHING_PAIRINGS = 'matching.pairings';

export const matchingPairingsProjection: Projection<MatchingPairing> = {
  name: 'matching.pairings',
  collection: MATCHING_PAIRINGS,
  handles: [ORGANIZATION_EVENTS.pairingEstablished, ORGANIZATION_EVENTS.pairingEnded],
  indexes: [{ fields: { unitId: 1, active: 1 } }],
  apply(doc, event) {
    if (event.type === ORGANIZATION_EVENTS.pairingEstablished) {
      const { pairingId, unitId, orgId } = event.data as PairingEstablishedV1;
      return { _id: pairingId, unitId, orgId, active: true };
    }
    const { pairingId } = event.data as PairingEndedV1;
    return doc ? { ...doc, active: false } : { _id: pairingId, unitId: '', orgId: '', active: false };
  },
};
