import type { ConformsToContracts } from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import {
  type OrganizationDissolvedV1,
  type OrganizationMovedV1,
  type OrganizationRegisteredV1,
  type OrganizationRenamedV1,
  type OrgKind,
  type OrgStatus,
  PARENT_KIND,
} from '@gongjian/contracts';

/** What the handler looked up about a parent before deciding (from the organizations read model). */
export interface ParentFacts {
  id: string;
  kind: OrgKind;
  status: OrgStatus;
  /** Ids from the root down to the parent itself. */
  lineage: string[];
}

export type OrganizationCommand =
  | {
      type: 'RegisterOrganization';
      orgId: string;
      name: string;
      kind: OrgKind;
      parent: ParentFacts | null;
      /** 编码, when the office gave one */
      code?: string | null;
    }
  | { type: 'RenameOrganization'; name: string }
  | { type: 'MoveOrganization'; newParent: ParentFacts }
  | { type: 'DissolveOrganization'; activeChildren: number; activeUnits: number; openNeeds: number };

export type OrganizationEvent =
  | { type: 'organizations.OrganizationRegistered'; data: OrganizationRegisteredV1 }
  | { type: 'organizations.OrganizationRenamed'; data: OrganizationRenamedV1 }
  | { type: 'organizations.OrganizationMoved'; data: OrganizationMovedV1 }
  | { type: 'organizations.OrganizationDissolved'; data: OrganizationDissolvedV1 };

export type OrganizationState =
  | { exists: false }
  | { exists: true; orgId: string; name: string; kind: OrgKind; parentId: string | null; dissolved: boolean };

export const organizationStreamId = (orgId: string) => `organizations.org-${orgId}`;

/** The parent must be active and of the kind right above (a street under a district, …). */
function checkParent(kind: OrgKind, parent: ParentFacts | null, orgId: string): void {
  const expected = PARENT_KIND[kind];
  if (expected === null) {
    if (parent) throw new DomainRuleViolation('a district has no parent', 'invalid_parent', { field: 'parentId' });
    return;
  }
  if (!parent) {
    throw new DomainRuleViolation(`a ${kind} must have a ${expected} as parent`, 'invalid_parent', {
      field: 'parentId',
    });
  }
  if (parent.kind !== expected) {
    throw new DomainRuleViolation(`a ${kind} must be under a ${expected}, not a ${parent.kind}`, 'invalid_parent', {
      field: 'parentId',
      parentKind: parent.kind,
    });
  }
  if (parent.status !== 'active') {
    throw new DomainRuleViolation('the parent organisation is dissolved', 'organisation_dissolved', {
      field: 'parentId',
    });
  }
  if (parent.lineage.includes(orgId)) {
    throw new DomainRuleViolation('an organisation cannot be moved under itself or its own subtree', 'cycle', {
      field: 'parentId',
    });
  }
}

function active(state: OrganizationState) {
  if (!state.exists) throw new NotFound('organisation not found');
  if (state.dissolved) throw new InvalidStateTransition('the organisation is dissolved');
  return state;
}

export const organizationDecider: Decider<OrganizationCommand, OrganizationEvent, OrganizationState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterOrganization': {
        if (state.exists) throw new InvalidStateTransition('organisation already registered');
        checkParent(command.kind, command.parent, command.orgId);
        const data = {
          orgId: command.orgId,
          name: command.name,
          kind: command.kind,
          parentId: command.parent?.id ?? null,
          ...(command.code ? { code: command.code } : {}),
        };
        return [{ type: 'organizations.OrganizationRegistered', data }];
      }
      case 'RenameOrganization': {
        const org = active(state);
        if (org.name === command.name) return [];
        return [{ type: 'organizations.OrganizationRenamed', data: { orgId: org.orgId, name: command.name } }];
      }
      case 'MoveOrganization': {
        const org = active(state);
        if (org.parentId === null) throw new DomainRuleViolation('a district cannot be moved', 'invalid_parent');
        checkParent(org.kind, command.newParent, org.orgId);
        if (org.parentId === command.newParent.id) return [];
        return [
          {
            type: 'organizations.OrganizationMoved',
            data: { orgId: org.orgId, fromParentId: org.parentId, toParentId: command.newParent.id },
          },
        ];
      }
      case 'DissolveOrganization': {
        const org = active(state);
        const { activeChildren, activeUnits, openNeeds } = command;
        if (activeChildren + activeUnits + openNeeds > 0) {
          throw new DomainRuleViolation(
            'the organisation still has active organisations, units or open needs under it',
            'not_empty',
            {
              activeChildren,
              activeUnits,
              openNeeds,
            },
          );
        }
        return [{ type: 'organizations.OrganizationDissolved', data: { orgId: org.orgId } }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'organizations.OrganizationRegistered': {
        const { code: _code, ...data } = event.data;
        return { exists: true, ...data, dissolved: false };
      }
      case 'organizations.OrganizationRenamed':
        return state.exists ? { ...state, name: event.data.name } : state;
      case 'organizations.OrganizationMoved':
        return state.exists ? { ...state, parentId: event.data.toParentId } : state;
      case 'organizations.OrganizationDissolved':
        return state.exists ? { ...state, dissolved: true } : state;
    }
  },
};

/** 组织 — a district, street, community, grid or building of the hierarchy, bound once to its stream. */
export const organizationAggregate = defineAggregate({
  name: 'organisation',
  decider: organizationDecider,
  streamId: organizationStreamId,
});

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const organizationEventsConform: ConformsToContracts<OrganizationEvent> = true;
