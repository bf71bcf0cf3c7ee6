import {
  type ConformsToContracts,
  GRID_EVENTS,
  PARTY_ORG_PLACES,
  type PartyOrganizationCoverageChangedV1,
  type PartyOrganizationDissolvedV1,
  type PartyOrganizationFormedV1,
  type PartyOrganizationRenamedV1,
  type PartyOrgKind,
} from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';

/** An organisation as the decider takes it: known or not (null), its kind, status and parent. */
export interface PlaceFacts {
  id: string;
  kind: string;
  status: string;
  parentId: string | null;
  /** a branch's grids (for a party group's parent) */
  covers?: string[];
}

/** An area to cover, with the active party organisation of the same kind covering it now, if any. */
export interface CoveredFacts {
  id: string;
  area: PlaceFacts | null;
  takenBy: string | null;
}

export type PartyOrganizationCommand =
  | {
      type: 'FormPartyOrganization';
      partyOrgId: string;
      kind: PartyOrgKind;
      name: string;
      parent: PlaceFacts | null;
      parentIdGiven: string;
      covers: CoveredFacts[];
      code?: string | null;
    }
  | { type: 'RenamePartyOrganization'; name: string }
  /**
   * `parent`: the parent as it is now; `inUse`: for a branch, the grids of buildings its party
   * groups cover (a grid they need cannot be given up)
   */
  | { type: 'ChangeCoverage'; parent: PlaceFacts | null; covers: CoveredFacts[]; inUse: string[] }
  /** `members`: party members whose branch it is; `activeGroups`: a branch's active party groups */
  | { type: 'DissolvePartyOrganization'; members: number; activeGroups: number }
  /** `memberBranchId`: the member's branch now (null: unknown member); `otherGroupId`: another group they sit in */
  | { type: 'AddGroupMember'; memberId: string; memberBranchId: string | null; otherGroupId: string | null; on: string }
  | { type: 'RemoveGroupMember'; memberId: string; reason: GroupLeaveReason; on: string };

/** Why a member left a party group: taken off by an admin, or their branch changed (组织关系转接). */
export type GroupLeaveReason = 'removed' | 'transferred';

export interface GroupMemberAddedData {
  partyOrgId: string;
  memberId: string;
  on: string;
}
export interface GroupMemberRemovedData extends GroupMemberAddedData {
  reason: GroupLeaveReason;
}

export type PartyOrganizationEvent =
  | { type: typeof GRID_EVENTS.partyOrgFormed; data: PartyOrganizationFormedV1 }
  | { type: typeof GRID_EVENTS.partyOrgRenamed; data: PartyOrganizationRenamedV1 }
  | { type: typeof GRID_EVENTS.partyOrgCoverageChanged; data: PartyOrganizationCoverageChangedV1 }
  | { type: typeof GRID_EVENTS.partyOrgDissolved; data: PartyOrganizationDissolvedV1 }
  | { type: 'organizations.PartyGroupMemberAdded'; data: GroupMemberAddedData }
  | { type: 'organizations.PartyGroupMemberRemoved'; data: GroupMemberRemovedData };

export type PartyOrganizationState =
  | { exists: false }
  | {
      exists: true;
      partyOrgId: string;
      kind: PartyOrgKind;
      name: string;
      parentId: string;
      covers: string[];
      memberIds: string[];
      dissolved: boolean;
    };

export const partyOrganizationStreamId = (partyOrgId: string) => `organizations.partyorg-${partyOrgId}`;

const KIND_WORDS: Record<PartyOrgKind, string> = { branch: 'a party branch', party_group: 'a party group' };

/** A branch hangs under an active community, a party group under an active branch. */
function checkParent(kind: PartyOrgKind, parent: PlaceFacts | null, parentId: string): PlaceFacts {
  const expected = PARTY_ORG_PLACES[kind].parent;
  if (!parent)
    throw new DomainRuleViolation(`${parentId} is not a known ${expected}`, `unknown_${expected}`, {
      field: 'parentId',
    });
  if (parent.kind !== expected)
    throw new DomainRuleViolation(
      `${KIND_WORDS[kind]} hangs under a ${expected}, not a ${parent.kind}`,
      'invalid_parent',
      {
        field: 'parentId',
      },
    );
  if (parent.status !== 'active')
    throw new DomainRuleViolation(`the ${expected} ${parentId} is dissolved`, 'organisation_dissolved', {
      field: 'parentId',
    });
  return parent;
}

/**
 * What a party organisation covers (DESIGN §8): a branch, one grid or more of its own community,
 * each covered by no other active branch; a party group, buildings of its branch's grids, each in
 * no other active group (a functional 党小组 may cover none, seed 004).
 */
function checkCoverage(kind: PartyOrgKind, parent: PlaceFacts, covers: CoveredFacts[], self: string): string[] {
  const area = PARTY_ORG_PLACES[kind].covers;
  if (kind === 'branch' && covers.length === 0)
    throw new DomainRuleViolation('a party branch covers at least one grid', 'no_coverage', { field: 'covers' });
  for (const [index, { id, area: place, takenBy }] of covers.entries()) {
    const field = `covers.${index}`;
    if (!place || place.kind !== area)
      throw new DomainRuleViolation(`${id} is not a known ${area}`, `unknown_${area}`, { field });
    if (place.status !== 'active')
      throw new DomainRuleViolation(`the ${area} ${id} is dissolved`, 'organisation_dissolved', { field });
    const within = kind === 'branch' ? place.parentId === parent.id : (parent.covers ?? []).includes(place.parentId!);
    if (!within)
      throw new DomainRuleViolation(
        kind === 'branch'
          ? `the grid ${id} lies outside the branch's community`
          : `the building ${id} lies outside the grids of the party group's branch`,
        'outside_parent',
        { field },
      );
    if (takenBy && takenBy !== self)
      throw new DomainRuleViolation(`${id} is already covered by ${takenBy}`, 'already_covered', {
        field,
        coveredBy: takenBy,
      });
  }
  return covers.map((c) => c.id);
}

function active(state: PartyOrganizationState) {
  if (!state.exists) throw new NotFound('party organisation not found');
  if (state.dissolved) throw new InvalidStateTransition('the party organisation is dissolved');
  return state;
}

function group(state: PartyOrganizationState) {
  const org = active(state);
  if (org.kind !== 'party_group')
    throw new DomainRuleViolation(
      'members sit in a party group; a branch holds them by their organisation relationship',
      'not_a_party_group',
    );
  return org;
}

function decideMembership(
  command: Extract<PartyOrganizationCommand, { type: 'AddGroupMember' | 'RemoveGroupMember' }>,
  state: PartyOrganizationState,
): PartyOrganizationEvent[] {
  const org = group(state);
  const { memberId, on } = command;
  if (command.type === 'RemoveGroupMember') {
    if (!org.memberIds.includes(memberId))
      throw new InvalidStateTransition('the member does not sit in this party group');
    const data = { partyOrgId: org.partyOrgId, memberId, on, reason: command.reason };
    return [{ type: 'organizations.PartyGroupMemberRemoved', data }];
  }
  if (command.memberBranchId === null)
    throw new DomainRuleViolation(`${memberId} is not a registered party member`, 'unknown_member', {
      field: 'memberId',
    });
  if (command.memberBranchId !== org.parentId)
    throw new DomainRuleViolation('a party group seats members of its own branch only', 'not_in_branch', {
      field: 'memberId',
    });
  if (org.memberIds.includes(memberId)) throw new InvalidStateTransition('the member already sits in this party group');
  if (command.otherGroupId)
    throw new DomainRuleViolation(`the member sits in the party group ${command.otherGroupId}`, 'already_in_group', {
      field: 'memberId',
      partyGroupId: command.otherGroupId,
    });
  return [{ type: 'organizations.PartyGroupMemberAdded', data: { partyOrgId: org.partyOrgId, memberId, on } }];
}

export const partyOrganizationDecider: Decider<
  PartyOrganizationCommand,
  PartyOrganizationEvent,
  PartyOrganizationState
> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    switch (command.type) {
      case 'FormPartyOrganization': {
        if (state.exists) throw new InvalidStateTransition('party organisation already formed');
        const parent = checkParent(command.kind, command.parent, command.parentIdGiven);
        const covers = checkCoverage(command.kind, parent, command.covers, command.partyOrgId);
        const data: PartyOrganizationFormedV1 = {
          partyOrgId: command.partyOrgId,
          kind: command.kind,
          name: command.name,
          parentId: parent.id,
          covers,
          ...(command.code ? { code: command.code } : {}),
        };
        return [{ type: GRID_EVENTS.partyOrgFormed, data }];
      }
      case 'RenamePartyOrganization': {
        const org = active(state);
        if (org.name === command.name) return [];
        return [{ type: GRID_EVENTS.partyOrgRenamed, data: { partyOrgId: org.partyOrgId, name: command.name } }];
      }
      case 'ChangeCoverage': {
        const org = active(state);
        const parent = checkParent(org.kind, command.parent, org.parentId);
        const covers = checkCoverage(org.kind, parent, command.covers, org.partyOrgId);
        const added = covers.filter((id) => !org.covers.includes(id));
        const removed = org.covers.filter((id) => !covers.includes(id));
        const needed = removed.filter((id) => command.inUse.includes(id));
        if (needed.length > 0)
          throw new DomainRuleViolation(
            `the party groups of this branch cover buildings of ${needed.join(', ')}`,
            'coverage_in_use',
            { field: 'covers', gridIds: needed },
          );
        if (added.length === 0 && removed.length === 0) return [];
        const data = { partyOrgId: org.partyOrgId, covers, added, removed };
        return [{ type: GRID_EVENTS.partyOrgCoverageChanged, data }];
      }
      case 'DissolvePartyOrganization': {
        const org = active(state);
        const { members, activeGroups } = command;
        if (org.kind === 'branch' && members + activeGroups > 0)
          throw new DomainRuleViolation(
            'the branch still holds party members or active party groups: transfer and dissolve them first',
            'not_empty',
            { members, activeGroups },
          );
        return [{ type: GRID_EVENTS.partyOrgDissolved, data: { partyOrgId: org.partyOrgId } }];
      }
      case 'AddGroupMember':
      case 'RemoveGroupMember':
        return decideMembership(command, state);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case GRID_EVENTS.partyOrgFormed: {
        const { partyOrgId, kind, name, parentId, covers } = event.data;
        return { exists: true, partyOrgId, kind, name, parentId, covers, memberIds: [], dissolved: false };
      }
      case GRID_EVENTS.partyOrgRenamed:
        return state.exists ? { ...state, name: event.data.name } : state;
      case GRID_EVENTS.partyOrgCoverageChanged:
        return state.exists ? { ...state, covers: event.data.covers } : state;
      case GRID_EVENTS.partyOrgDissolved:
        return state.exists ? { ...state, dissolved: true } : state;
      case 'organizations.PartyGroupMemberAdded':
        return state.exists ? { ...state, memberIds: [...state.memberIds, event.data.memberId] } : state;
      case 'organizations.PartyGroupMemberRemoved':
        return state.exists
          ? { ...state, memberIds: state.memberIds.filter((id) => id !== event.data.memberId) }
          : state;
    }
  },
};

/** 党组织 — a party branch (党支部) or a party group (党小组), bound once to its stream. */
export const partyOrganizationAggregate = defineAggregate({
  name: 'party organisation',
  decider: partyOrganizationDecider,
  streamId: partyOrganizationStreamId,
});

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const partyOrganizationEventsConform: ConformsToContracts<PartyOrganizationEvent> = true;
