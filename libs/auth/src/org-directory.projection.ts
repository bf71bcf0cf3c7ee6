import type { EventEnvelope } from '@gongjian/eventing';
import {
  ORGANIZATION_EVENTS,
  type OrganizationMovedV1,
  type OrganizationRegisteredV1,
  type OrganizationRenamedV1,
  type OrgKind,
  type OrgStatus,
  type UnitEditedV1,
  type UnitRegisteredV1,
  type UnitSector,
} from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/** One organisation or unit as every service knows it, from the organizations events. */
export interface DirectoryEntry extends ReadModelDocument {
  name: string;
  kind: OrgKind | 'unit';
  /** Parent organisation; for a unit, the community or street it is located in. */
  parentId: string | null;
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
    ],
    indexes: [{ fields: { parentId: 1, status: 1 } }, { fields: { kind: 1 } }],
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
          return doc && { ...doc, status: 'dissolved' };
        default:
          return null;
      }
    },
  };
}
