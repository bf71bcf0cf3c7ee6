import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import type { PlaceFacts } from '../party-organizations/party-organization.decider';

/** Where a household lives as the handler found it: the building or grid, and its grid and community. */
export interface HouseholdArea {
  area: PlaceFacts | null;
  areaIdGiven: string;
  gridId: string | null;
  communityId: string | null;
}

export type HouseholdCommand = {
  type: 'RegisterHousehold';
  householdId: string;
  label: string;
  where: HouseholdArea;
  /** whether another household of the area bears the label */
  labelTaken: boolean;
};

export interface HouseholdRegisteredData {
  householdId: string;
  /** 门牌 — the door, as the office writes it (3单元502室): no name, no phone */
  label: string;
  areaId: string;
  gridId: string;
  communityId: string;
}

export type HouseholdEvent = { type: 'organizations.HouseholdRegistered'; data: HouseholdRegisteredData };
export type HouseholdState = { exists: false } | ({ exists: true } & HouseholdRegisteredData);

export const householdStreamId = (householdId: string) => `organizations.household-${householdId}`;

/**
 * The area of the grid tier a command names — a building, or a grid (平房 without buildings) —
 * known and active (the codes of requireActive), with its grid and community.
 */
export function checkArea(
  where: HouseholdArea,
  field: string,
): { areaId: string; gridId: string; communityId: string } {
  const { area } = where;
  if (!area || (area.kind !== 'building' && area.kind !== 'grid') || !where.gridId || !where.communityId)
    throw new DomainRuleViolation(`${where.areaIdGiven} is not a known building or grid`, 'unknown_organisation', {
      field,
    });
  if (area.status !== 'active')
    throw new DomainRuleViolation(`the ${area.kind} ${area.id} is dissolved`, 'organisation_dissolved', { field });
  return { areaId: area.id, gridId: where.gridId, communityId: where.communityId };
}

/** 户 — a household of a building or grid, by its door (the 联建单元 and 党员中心户 name it). */
export const householdDecider: Decider<HouseholdCommand, HouseholdEvent, HouseholdState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (state.exists) throw new InvalidStateTransition('household already registered');
    const place = checkArea(command.where, 'areaId');
    if (command.labelTaken)
      throw new DomainRuleViolation(`a household of this area is already labelled ${command.label}`, 'label_taken', {
        field: 'label',
      });
    const data = { householdId: command.householdId, label: command.label, ...place };
    return [{ type: 'organizations.HouseholdRegistered', data }];
  },
  evolve: (_state, event) => ({ exists: true, ...event.data }),
};

export const householdAggregate = defineAggregate({
  name: 'household',
  decider: householdDecider,
  streamId: householdStreamId,
});
