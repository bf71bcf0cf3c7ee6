import type { EventEnvelope } from '@gongjian/eventing';
import {
  GRID_EVENTS,
  ORGANIZATION_EVENTS,
  type OrganizationMovedV1,
  type OrganizationRegisteredV1,
  type OrganizationRenamedV1,
  type OrgKind,
  type OrgStatus,
  type PartyOrganizationCoverageChangedV1,
  type PartyOrganizationFormedV1,
  type PartyOrganizationRenamedV1,
  type PartyOrgKind,
  type UnitEditedV1,
  type UnitRegisteredV1,
  type UnitSector,
} from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * One organisation, unit or party organisation as every service knows it, from the organizations
 * events. A party organisation (issue 18) hangs under its community (a 党支部) or its branch (a
 * 党小组), so the walks up and down the tree (scope, subtrees) hold it where its members are.
 */
export interface DirectoryEntry extends ReadModelDocument {
  name: string;
  kind: OrgKind | 'unit' | PartyOrgKind;
  /**
   * Parent organisation; for a unit, the community or street it is located in; for a branch, its
   * community; for a party group, its branch.
   */
  parentId: string | null;
  /** a party organisation's areas: the grids of a branch, the buildings of a party group */
  covers?: string[];
  status: OrgStatus;
  sector?: UnitSector;
  /** 编码 — the office's own code (issue 17), when it gave one */
  code?: string;
  registeredAt: string;
}

export const directoryCollection = (service: string) => `${service}.org-directory`;

/**
 * Each service keeps its own copy of the organisation tree from public events (DESIGN §3: no
 * service reads another's database), for scope checks and proximity. Folded per stream.
 */
export function orgDirectoryProjection(service: string): Projection<DirectoryEntry> {
  return {
    name: `${service}.org-directory`,
    collection: directoryCollection(service),
    handles: [
      ORGANIZATION_EVENTS.registered,
      ORGANIZATION_EVENTS.renamed,
      ORGANIZATION_EVENTS.moved,
      ORGANIZATION_EVENTS.dissolved,
      ORGANIZATION_EVENTS.unitRegistered,
      ORGANIZATION_EVENTS.unitEdited,
      GRID_EVENTS.partyOrgFormed,
      GRID_EVENTS.partyOrgRenamed,
      GRID_EVENTS.partyOrgCoverageChanged,
      GRID_EVENTS.partyOrgDissolved,
    ],
    indexes: [{ fields: { parentId: 1, status: 1 } }, { fields: { kind: 1 } }, { fields: { covers: 1 } }],
    apply(doc, event: EventEnvelope) {
      switch (event.type) {
        case ORGANIZATION_EVENTS.registered: {
          const { orgId, name, kind, parentId, code } = event.data as OrganizationRegisteredV1;
          return {
            _id: orgId,
            name,
            kind,
            parentId,
            status: 'active',
            ...(code ? { code } : {}),
            registeredAt: event.occurredAt,
          };
        }
        case ORGANIZATION_EVENTS.unitRegistered: {
          const { unitId, name, sector, locatedIn, code } = event.data as UnitRegisteredV1;
          return {
            _id: unitId,
            name,
            kind: 'unit',
            sector,
            parentId: locatedIn,
            status: 'active',
            ...(code ? { code } : {}),
            registeredAt: event.occurredAt,
          };
        }
        case ORGANIZATION_EVENTS.unitEdited: {
          const { name, sector, locatedIn } = event.data as UnitEditedV1;
          return doc && { ...doc, name, sector, parentId: locatedIn };
        }
        case ORGANIZATION_EVENTS.renamed:
          return doc && { ...doc, name: (event.data as OrganizationRenamedV1).name };
        case ORGANIZATION_EVENTS.moved:
          return doc && { ...doc, parentId: (event.data as OrganizationMovedV1).toParentId };
        case ORGANIZATION_EVENTS.dissolved:
        case GRID_EVENTS.partyOrgDissolved:
          return doc && { ...doc, status: 'dissolved' };
        case GRID_EVENTS.partyOrgFormed: {
          const { partyOrgId, name, kind, parentId, covers, code } = event.data as PartyOrganizationFormedV1;
          return {
            _id: partyOrgId,
            name,
            kind,
            parentId,
            covers,
            status: 'active',
            ...(code ? { code } : {}),
            registeredAt: event.occurredAt,
          };
        }
        case GRID_EVENTS.partyOrgRenamed:
          return doc && { ...doc, name: (event.data as PartyOrganizationRenamedV1).name };
        case GRID_EVENTS.partyOrgCoverageChanged:
          return doc && { ...doc, covers: (event.data as PartyOrganizationCoverageChangedV1).covers };
        default:
          return null;
      }
    },
  };
}
