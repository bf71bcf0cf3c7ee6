import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { HouseholdEvent } from './household.decider';

export interface HouseholdDocument extends ReadModelDocument {
  label: string;
  areaId: string;
  gridId: string;
  communityId: string;
  registeredAt: string;
}

export const HOUSEHOLDS_COLLECTION = 'organizations.households';

export const householdsProjection: Projection<HouseholdDocument> = {
  name: 'organizations.households',
  collection: HOUSEHOLDS_COLLECTION,
  handles: ['organizations.HouseholdRegistered'],
  indexes: [{ fields: { areaId: 1 } }, { fields: { gridId: 1 } }, { fields: { communityId: 1 } }],
  apply(_doc, envelope) {
    const { householdId, ...data } = (envelope as EventEnvelope & HouseholdEvent).data;
    return { _id: householdId, ...data, registeredAt: envelope.occurredAt };
  },
};

export function toHouseholdResource({ _id, ...rest }: HouseholdDocument) {
  return { id: _id, ...rest };
}
