import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import type { HouseholdFacts } from '../households/household-unit.decider';
import type { PlaceFacts } from '../party-organizations/party-organization.decider';

/** How many households one 党员中心户 looks after, at most. */
export const CENTRAL_HOUSEHOLD_MAX = 30;

export type CentralHouseholdCommand =
  | {
      type: 'DesignateCentralHousehold';
      memberId: string;
      /** the member's branch now (null: the member is unknown), as the directory has it */
      branch: PlaceFacts | null;
      memberKnown: boolean;
      households: HouseholdFacts[];
      on: string;
    }
  | { type: 'ChangeHouseholds'; branch: PlaceFacts | null; households: HouseholdFacts[] }
  | { type: 'RevokeCentralHousehold'; reason: 'revoked' | 'transferred'; on: string };

export interface CentralHouseholdDesignatedData {
  memberId: string;
  branchId: string;
  communityId: string;
  householdIds: string[];
  /** the grids of the households (what a grid worker's scope is checked against) */
  gridIds: string[];
  on: string;
}
export interface CentralHouseholdChangedData {
  memberId: string;
  householdIds: string[];
  gridIds: string[];
  added: string[];
  removed: string[];
}
export interface CentralHouseholdRevokedData {
  memberId: string;
  reason: 'revoked' | 'transferred';
  on: string;
}

export type CentralHouseholdEvent =
  | { type: 'organizations.CentralHouseholdDesignated'; data: CentralHouseholdDesignatedData }
  | { type: 'organizations.CentralHouseholdChanged'; data: CentralHouseholdChangedData }
  | { type: 'organizations.CentralHouseholdRevoked'; data: CentralHouseholdRevokedData };

export type CentralHouseholdState =
  { exists: false } | { exists: true; memberId: string; branchId: string; householdIds: string[]; revoked: boolean };

export const centralHouseholdStreamId = (memberId: string) => `organizations.centralhousehold-${memberId}`;

/**
 * The households a 党员中心户 looks after: 1 to 30 registered households of the grids of the
 * member's own party branch (a 网格党支部: a unit's branch has no grid to look after).
 */
function checkHouseholds(branch: PlaceFacts | null, households: HouseholdFacts[]): string[] {
  if (!branch || branch.kind !== 'branch')
    throw new DomainRuleViolation("a 党员中心户 is a member of a grid's party branch (党支部)", 'not_in_party_branch', {
      field: 'memberId',
    });
  if (branch.status !== 'active')
    throw new DomainRuleViolation("the member's branch is dissolved", 'organisation_dissolved', { field: 'memberId' });
  if (households.length === 0 || households.length > CENTRAL_HOUSEHOLD_MAX)
    throw new DomainRuleViolation(
      `a 党员中心户 looks after 1 to ${CENTRAL_HOUSEHOLD_MAX} households`,
      'household_count',
      { field: 'householdIds', max: CENTRAL_HOUSEHOLD_MAX },
    );
  for (const [index, household] of households.entries()) {
    const field = `householdIds.${index}`;
    if (household.areaId === null)
      throw new DomainRuleViolation(`${household.id} is not a registered household`, 'unknown_household', { field });
    if (!(branch.covers ?? []).includes(household.gridId!))
      throw new DomainRuleViolation(
        `the household ${household.id} lives outside the grids of the member's branch`,
        'outside_branch',
        { field },
      );
  }
  return [...new Set(households.map((h) => h.gridId!))];
}

/** 党员中心户 — a member of a grid's branch and the households they look after (seed 001), per member. */
export const centralHouseholdDecider: Decider<CentralHouseholdCommand, CentralHouseholdEvent, CentralHouseholdState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (command.type === 'DesignateCentralHousehold') {
      if (state.exists && !state.revoked) throw new InvalidStateTransition('the member is a 党员中心户 already');
      if (!command.memberKnown)
        throw new DomainRuleViolation(`${command.memberId} is not a registered party member`, 'unknown_member', {
          field: 'memberId',
        });
      const gridIds = checkHouseholds(command.branch, command.households);
      const data = {
        memberId: command.memberId,
        branchId: command.branch!.id,
        communityId: command.branch!.parentId!,
        householdIds: command.households.map((h) => h.id),
        gridIds,
        on: command.on,
      };
      return [{ type: 'organizations.CentralHouseholdDesignated', data }];
    }
    if (!state.exists) throw new NotFound('the member is not a 党员中心户');
    if (state.revoked) throw new InvalidStateTransition('the member is no longer a 党员中心户');
    const memberId = state.memberId;
    if (command.type === 'RevokeCentralHousehold')
      return [
        { type: 'organizations.CentralHouseholdRevoked', data: { memberId, reason: command.reason, on: command.on } },
      ];
    const gridIds = checkHouseholds(command.branch, command.households);
    const householdIds = command.households.map((h) => h.id);
    const added = householdIds.filter((id) => !state.householdIds.includes(id));
    const removed = state.householdIds.filter((id) => !householdIds.includes(id));
    if (added.length === 0 && removed.length === 0) return [];
    return [
      { type: 'organizations.CentralHouseholdChanged', data: { memberId, householdIds, gridIds, added, removed } },
    ];
  },
  evolve(state, event) {
    switch (event.type) {
      case 'organizations.CentralHouseholdDesignated': {
        const { memberId, branchId, householdIds } = event.data;
        return { exists: true, memberId, branchId, householdIds, revoked: false };
      }
      case 'organizations.CentralHouseholdChanged':
        return state.exists ? { ...state, householdIds: event.data.householdIds } : state;
      case 'organizations.CentralHouseholdRevoked':
        return state.exists ? { ...state, revoked: true } : state;
    }
  },
};

export const centralHouseholdAggregate = defineAggregate({
  name: 'central household',
  decider: centralHouseholdDecider,
  streamId: centralHouseholdStreamId,
});
