import type { HouseholdDuty } from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { HouseholdUnitEvent } from './household-unit.decider';

export interface RotaMonth {
  month: string;
  householdId: string;
  duties: Array<{ dutyId: string; duty: HouseholdDuty; description: string; on: string }>;
}

/** A 联建单元: its households (in the order they joined), those that left, its rota month by month. */
export interface HouseholdUnitDocument extends ReadModelDocument {
  name: string;
  areaId: string;
  gridId: string;
  communityId: string;
  householdIds: string[];
  joined: Record<string, string>;
  left: Array<{ householdId: string; joinedOn: string; leftOn: string }>;
  /** each household's last month on duty */
  lastServed: Record<string, string>;
  rota: RotaMonth[];
  formedOn: string;
}

export const HOUSEHOLD_UNITS_COLLECTION = 'organizations.household-units';

export const householdUnitsProjection: Projection<HouseholdUnitDocument> = {
  name: 'organizations.household-units',
  collection: HOUSEHOLD_UNITS_COLLECTION,
  handles: [
    'organizations.HouseholdUnitFormed',
    'organizations.HouseholdJoinedUnit',
    'organizations.HouseholdLeftUnit',
    'organizations.RotaAssigned',
    'organizations.RotaDutyRecorded',
  ],
  indexes: [{ fields: { householdIds: 1 } }, { fields: { gridId: 1 } }, { fields: { communityId: 1 } }],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & HouseholdUnitEvent;
    if (event.type === 'organizations.HouseholdUnitFormed') {
      const { householdUnitId, name, areaId, gridId, communityId, householdIds, on } = event.data;
      const joined = Object.fromEntries(householdIds.map((id) => [id, on]));
      return {
        _id: householdUnitId,
        name,
        areaId,
        gridId,
        communityId,
        householdIds,
        joined,
        left: [],
        lastServed: {},
        rota: [],
        formedOn: on,
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case 'organizations.HouseholdJoinedUnit': {
        const { householdId, on } = event.data;
        return {
          ...doc,
          householdIds: [...doc.householdIds, householdId],
          joined: { ...doc.joined, [householdId]: on },
        };
      }
      case 'organizations.HouseholdLeftUnit': {
        const { householdId, on } = event.data;
        const { [householdId]: joinedOn, ...joined } = doc.joined;
        return {
          ...doc,
          householdIds: doc.householdIds.filter((id) => id !== householdId),
          joined,
          left: [...doc.left, { householdId, joinedOn, leftOn: on }],
        };
      }
      case 'organizations.RotaAssigned': {
        const { month, householdId } = event.data;
        return {
          ...doc,
          lastServed: { ...doc.lastServed, [householdId]: month },
          rota: [...doc.rota, { month, householdId, duties: [] }],
        };
      }
      case 'organizations.RotaDutyRecorded': {
        const { month, dutyId, duty, description, on } = event.data;
        const rota = doc.rota.map((m) =>
          m.month === month ? { ...m, duties: [...m.duties, { dutyId, duty, description, on }] } : m,
        );
        return { ...doc, rota };
      }
    }
  },
};
