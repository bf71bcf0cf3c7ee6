import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { GridRoleEntry, GridRoleListEvent } from './grid-role-list.decider';
import type { GridRosterEvent, Holder } from './grid-roster.decider';

/** A district's list of 十员 (absent: the default, 东大街's). */
export interface GridRoleListDocument extends ReadModelDocument {
  roles: GridRoleEntry[];
  setAt: string;
}

export const GRID_ROLE_LISTS_COLLECTION = 'organizations.grid-role-lists';

export const gridRoleListsProjection: Projection<GridRoleListDocument> = {
  name: 'organizations.grid-role-lists',
  collection: GRID_ROLE_LISTS_COLLECTION,
  handles: ['organizations.GridRoleListSet'],
  apply(_doc, envelope) {
    const event = envelope as EventEnvelope & GridRoleListEvent;
    return { _id: event.data.districtId, roles: event.data.roles, setAt: event.occurredAt };
  },
};

export interface RosterTerm {
  assignmentId: string;
  role: string;
  roleName: string;
  holder: Holder;
  accountId: string | null;
  startsOn: string;
  endsOn: string | null;
}

/** One grid's roster: every term, past, running and to come, in the order they were assigned. */
export interface GridRosterDocument extends ReadModelDocument {
  terms: RosterTerm[];
}

export const GRID_ROSTERS_COLLECTION = 'organizations.grid-rosters';

export const gridRostersProjection: Projection<GridRosterDocument> = {
  name: 'organizations.grid-rosters',
  collection: GRID_ROSTERS_COLLECTION,
  handles: ['organizations.GridRoleAssigned', 'organizations.GridRoleEnded'],
  indexes: [{ fields: { 'terms.accountId': 1 } }, { fields: { 'terms.holder.memberId': 1 } }],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & GridRosterEvent;
    switch (event.type) {
      case 'organizations.GridRoleAssigned': {
        const { gridId, ...term } = event.data;
        return { _id: gridId, terms: [...(doc?.terms ?? []), term] };
      }
      case 'organizations.GridRoleEnded': {
        const { assignmentId, endsOn } = event.data;
        return doc && { ...doc, terms: doc.terms.map((t) => (t.assignmentId === assignmentId ? { ...t, endsOn } : t)) };
      }
      default:
        return null;
    }
  },
};
