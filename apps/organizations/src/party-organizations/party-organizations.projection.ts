import {
  type BranchFormation,
  GRID_EVENTS,
  type OrgStatus,
  type PartyOrgAction,
  type PartyOrgKind,
} from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { PartyOrganizationEvent } from './party-organization.decider';

/** A party branch or party group as its list shows it: what it covers, and a group's members. */
export interface PartyOrganizationDocument extends ReadModelDocument {
  kind: PartyOrgKind;
  name: string;
  parentId: string;
  covers: string[];
  /** a party group's members (a branch's are the members whose branch it is: members service) */
  memberIds: string[];
  status: OrgStatus;
  code?: string;
  formedAt: string;
}

export const PARTY_ORGANIZATIONS_COLLECTION = 'organizations.party-organizations';

export const partyOrganizationsProjection: Projection<PartyOrganizationDocument> = {
  name: 'organizations.party-organizations',
  collection: PARTY_ORGANIZATIONS_COLLECTION,
  handles: [
    GRID_EVENTS.partyOrgFormed,
    GRID_EVENTS.partyOrgRenamed,
    GRID_EVENTS.partyOrgCoverageChanged,
    GRID_EVENTS.partyOrgDissolved,
    'organizations.PartyGroupMemberAdded',
    'organizations.PartyGroupMemberRemoved',
  ],
  indexes: [{ fields: { parentId: 1 } }, { fields: { covers: 1 } }, { fields: { memberIds: 1 } }],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & PartyOrganizationEvent;
    switch (event.type) {
      case GRID_EVENTS.partyOrgFormed: {
        const { partyOrgId, kind, name, parentId, covers, code } = event.data;
        return {
          _id: partyOrgId,
          kind,
          name,
          parentId,
          covers,
          memberIds: [],
          status: 'active',
          ...(code ? { code } : {}),
          formedAt: event.occurredAt,
        };
      }
      case GRID_EVENTS.partyOrgRenamed:
        return doc && { ...doc, name: event.data.name };
      case GRID_EVENTS.partyOrgCoverageChanged:
        return doc && { ...doc, covers: event.data.covers };
      case GRID_EVENTS.partyOrgDissolved:
        return doc && { ...doc, status: 'dissolved' };
      case 'organizations.PartyGroupMemberAdded':
        return doc && { ...doc, memberIds: [...doc.memberIds, event.data.memberId] };
      case 'organizations.PartyGroupMemberRemoved':
        return doc && { ...doc, memberIds: doc.memberIds.filter((id) => id !== event.data.memberId) };
    }
  },
};

/** 单独建 when a branch covers one grid, 联合建 when it covers several (a party group: null). */
export function formationOf(doc: Pick<PartyOrganizationDocument, 'kind' | 'covers'>): BranchFormation | null {
  if (doc.kind !== 'branch') return null;
  return doc.covers.length > 1 ? 'joint' : 'single';
}

/** The resource: the document, `_id` as `id`, its formation, and (read-side) how many members its branch holds. */
export function toPartyOrganizationResource(
  { _id, ...rest }: PartyOrganizationDocument,
  extra: { members: number; groups: number; lineage: string[]; actions: PartyOrgAction[] },
) {
  return { id: _id, ...rest, formation: formationOf(rest), ...extra };
}
