import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { CentralHouseholdEvent } from './central-household.decider';

/** A 党员中心户 (one document per member): the households looked after, now. */
export interface CentralHouseholdDocument extends ReadModelDocument {
  branchId: string;
  communityId: string;
  householdIds: string[];
  gridIds: string[];
  status: 'active' | 'revoked';
  designatedOn: string;
  revokedOn: string | null;
  revokedFor: 'revoked' | 'transferred' | null;
}

export const CENTRAL_HOUSEHOLDS_COLLECTION = 'organizations.central-households';

export const centralHouseholdsProjection: Projection<CentralHouseholdDocument> = {
  name: 'organizations.central-households',
  collection: CENTRAL_HOUSEHOLDS_COLLECTION,
  handles: [
    'organizations.CentralHouseholdDesignated',
    'organizations.CentralHouseholdChanged',
    'organizations.CentralHouseholdRevoked',
  ],
  indexes: [{ fields: { branchId: 1 } }, { fields: { gridIds: 1 } }, { fields: { householdIds: 1 } }],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & CentralHouseholdEvent;
    switch (event.type) {
      case 'organizations.CentralHouseholdDesignated': {
        const { memberId, branchId, communityId, householdIds, gridIds, on } = event.data;
        return {
          _id: memberId,
          branchId,
          communityId,
          householdIds,
          gridIds,
          status: 'active',
          designatedOn: on,
          revokedOn: null,
          revokedFor: null,
        };
      }
      case 'organizations.CentralHouseholdChanged':
        return doc && { ...doc, householdIds: event.data.householdIds, gridIds: event.data.gridIds };
      case 'organizations.CentralHouseholdRevoked':
        return doc && { ...doc, status: 'revoked', revokedOn: event.data.on, revokedFor: event.data.reason };
    }
  },
};
