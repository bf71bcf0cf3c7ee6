import type { PairingEndedV1, PairingEstablishedV1 } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

export interface PairingDocument extends ReadModelDocument {
  unitId: string;
  orgId: string;
  establishedOn: string;
  endedOn: string | null;
  status: 'active' | 'ended';
}

export const PAIRINGS_COLLECTION = 'organizations.pairings';

export const pairingsProjection: Projection<PairingDocument> = {
  name: 'organizations.pairings',
  collection: PAIRINGS_COLLECTION,
  handles: ['organizations.PairingEstablished', 'organizations.PairingEnded'],
  indexes: [{ fields: { unitId: 1, status: 1 } }, { fields: { orgId: 1, status: 1 } }],
  apply(doc, event) {
    if (event.type === 'organizations.PairingEstablished') {
      const { pairingId, unitId, orgId, establishedOn } = event.data as PairingEstablishedV1;
      return { _id: pairingId, unitId, orgId, establishedOn, endedOn: null, status: 'active' };
    }
    return doc && { ...doc, status: 'ended', endedOn: (event.data as PairingEndedV1).endedOn };
  },
};

export function toPairingResource({ _id, ...rest }: PairingDocument) {
  return { id: _id, ...rest };
}
