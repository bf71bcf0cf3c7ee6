import { HOUSEHOLD_UNIT_SIZE, type HouseholdDuty } from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import { checkArea, type HouseholdArea } from './household.decider';
import { nextOnDuty } from './rota';

/** A household as a 联建单元 takes it: where it lives, and the unit it is in now (null: none). */
export interface HouseholdFacts {
  id: string;
  /** null: no such household */
  areaId: string | null;
  gridId: string | null;
  unitId: string | null;
}

export type HouseholdUnitCommand =
  | {
      type: 'FormHouseholdUnit';
      householdUnitId: string;
      name: string;
      where: HouseholdArea;
      households: HouseholdFacts[];
      on: string;
    }
  | { type: 'JoinHouseholdUnit'; household: HouseholdFacts; on: string }
  | { type: 'LeaveHouseholdUnit'; householdId: string; on: string }
  | { type: 'AssignRota'; month: string }
  | { type: 'RecordDuty'; dutyId: string; month: string; duty: HouseholdDuty; description: string; on: string };

export interface HouseholdUnitFormedData {
  householdUnitId: string;
  name: string;
  areaId: string;
  gridId: string;
  communityId: string;
  householdIds: string[];
  on: string;
}
export interface HouseholdJoinedData {
  householdUnitId: string;
  householdId: string;
  on: string;
}
export interface RotaAssignedData {
  householdUnitId: string;
  month: string;
  householdId: string;
}
export interface RotaDutyRecordedData {
  householdUnitId: string;
  dutyId: string;
  month: string;
  householdId: string;
  duty: HouseholdDuty;
  description: string;
  on: string;
}

export type HouseholdUnitEvent =
  | { type: 'organizations.HouseholdUnitFormed'; data: HouseholdUnitFormedData }
  | { type: 'organizations.HouseholdJoinedUnit'; data: HouseholdJoinedData }
  | { type: 'organizations.HouseholdLeftUnit'; data: HouseholdJoinedData }
  | { type: 'organizations.RotaAssigned'; data: RotaAssignedData }
  | { type: 'organizations.RotaDutyRecorded'; data: RotaDutyRecordedData };

export type HouseholdUnitState =
  | { exists: false }
  | {
      exists: true;
      householdUnitId: string;
      areaId: string;
      gridId: string;
      /** in the order they joined */
      households: string[];
      lastServed: Record<string, string>;
      /** month → the household on duty */
      rota: Record<string, string>;
      lastMonth: string | null;
    };

export const householdUnitStreamId = (householdUnitId: string) => `organizations.householdunit-${householdUnitId}`;

/** A household joins a unit of its own building or grid, and one unit at a time. */
function checkHousehold(
  household: HouseholdFacts,
  unit: { householdUnitId: string; areaId: string; gridId: string; areaIsGrid: boolean },
  field: string,
): void {
  if (household.areaId === null)
    throw new DomainRuleViolation(`${household.id} is not a registered household`, 'unknown_household', { field });
  const within = unit.areaIsGrid ? household.gridId === unit.gridId : household.areaId === unit.areaId;
  if (!within)
    throw new DomainRuleViolation(
      `the household ${household.id} lives outside the unit's building or grid`,
      'outside_area',
      {
        field,
      },
    );
  if (household.unitId && household.unitId !== unit.householdUnitId)
    throw new DomainRuleViolation(
      `the household ${household.id} is in the unit ${household.unitId}`,
      'in_another_unit',
      {
        field,
        householdUnitId: household.unitId,
      },
    );
}

function form(command: Extract<HouseholdUnitCommand, { type: 'FormHouseholdUnit' }>): HouseholdUnitEvent[] {
  const place = checkArea(command.where, 'areaId');
  const { min, max } = HOUSEHOLD_UNIT_SIZE;
  if (command.households.length < min || command.households.length > max)
    throw new DomainRuleViolation(`a 联建单元 is formed of ${min} to ${max} households`, 'unit_size', {
      field: 'householdIds',
      min,
      max,
    });
  const unit = { ...place, householdUnitId: command.householdUnitId, areaIsGrid: command.where.area!.kind === 'grid' };
  command.households.forEach((h, index) => checkHousehold(h, unit, `householdIds.${index}`));
  const data = {
    householdUnitId: command.householdUnitId,
    name: command.name,
    ...place,
    householdIds: command.households.map((h) => h.id),
    on: command.on,
  };
  return [{ type: 'organizations.HouseholdUnitFormed', data }];
}

function existing(state: HouseholdUnitState) {
  if (!state.exists) throw new NotFound('household unit not found');
  return state;
}

function rota(state: Extract<HouseholdUnitState, { exists: true }>, month: string): HouseholdUnitEvent[] {
  if (state.lastMonth !== null && month <= state.lastMonth)
    throw new DomainRuleViolation(`the rota is set up to ${state.lastMonth}: name a later month`, 'month_not_after', {
      field: 'month',
      lastMonth: state.lastMonth,
    });
  const householdId = nextOnDuty(state);
  if (householdId === null)
    throw new DomainRuleViolation('the unit has no household to take its turn', 'unit_empty', { field: 'month' });
  return [{ type: 'organizations.RotaAssigned', data: { householdUnitId: state.householdUnitId, month, householdId } }];
}

function duty(
  state: Extract<HouseholdUnitState, { exists: true }>,
  command: Extract<HouseholdUnitCommand, { type: 'RecordDuty' }>,
): HouseholdUnitEvent[] {
  const householdId = state.rota[command.month];
  if (!householdId)
    throw new DomainRuleViolation(`no household is on duty in ${command.month}`, 'month_not_assigned', {
      field: 'month',
    });
  if (command.on.slice(0, 7) !== command.month)
    throw new DomainRuleViolation(`the duty was done outside ${command.month}`, 'outside_month', { field: 'on' });
  const { dutyId, month, description, on } = command;
  const data = {
    householdUnitId: state.householdUnitId,
    dutyId,
    month,
    householdId,
    duty: command.duty,
    description,
    on,
  };
  return [{ type: 'organizations.RotaDutyRecorded', data }];
}

/**
 * 联建单元 (seed 004, 江油): 10–20 households of a building or grid, a 轮值户 each month chosen
 * fairly (rota.ts), and what the household on duty did (五联创建). Households join and leave; the
 * rota goes on with those there.
 */
export const householdUnitDecider: Decider<HouseholdUnitCommand, HouseholdUnitEvent, HouseholdUnitState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    if (command.type === 'FormHouseholdUnit') {
      if (state.exists) throw new InvalidStateTransition('household unit already formed');
      return form(command);
    }
    const unit = existing(state);
    const householdUnitId = unit.householdUnitId;
    switch (command.type) {
      case 'JoinHouseholdUnit': {
        const id = command.household.id;
        if (unit.households.includes(id)) throw new InvalidStateTransition('the household is already in this unit');
        if (unit.households.length >= HOUSEHOLD_UNIT_SIZE.max)
          throw new DomainRuleViolation(`a 联建单元 has at most ${HOUSEHOLD_UNIT_SIZE.max} households`, 'unit_full', {
            field: 'householdId',
          });
        const areaIsGrid = unit.areaId === unit.gridId;
        checkHousehold(command.household, { ...unit, areaIsGrid }, 'householdId');
        return [
          { type: 'organizations.HouseholdJoinedUnit', data: { householdUnitId, householdId: id, on: command.on } },
        ];
      }
      case 'LeaveHouseholdUnit':
        if (!unit.households.includes(command.householdId))
          throw new InvalidStateTransition('the household is not in this unit');
        return [
          {
            type: 'organizations.HouseholdLeftUnit',
            data: { householdUnitId, householdId: command.householdId, on: command.on },
          },
        ];
      case 'AssignRota':
        return rota(unit, command.month);
      case 'RecordDuty':
        return duty(unit, command);
    }
  },

  evolve(state, event) {
    if (event.type === 'organizations.HouseholdUnitFormed') {
      const { householdUnitId, areaId, gridId, householdIds } = event.data;
      return {
        exists: true,
        householdUnitId,
        areaId,
        gridId,
        households: householdIds,
        lastServed: {},
        rota: {},
        lastMonth: null,
      };
    }
    if (!state.exists) return state;
    switch (event.type) {
      case 'organizations.HouseholdJoinedUnit':
        return { ...state, households: [...state.households, event.data.householdId] };
      case 'organizations.HouseholdLeftUnit':
        return { ...state, households: state.households.filter((h) => h !== event.data.householdId) };
      case 'organizations.RotaAssigned': {
        const { month, householdId } = event.data;
        return {
          ...state,
          lastServed: { ...state.lastServed, [householdId]: month },
          rota: { ...state.rota, [month]: householdId },
          lastMonth: month,
        };
      }
      case 'organizations.RotaDutyRecorded':
        return state;
    }
  },
};

export const householdUnitAggregate = defineAggregate({
  name: 'household unit',
  decider: householdUnitDecider,
  streamId: householdUnitStreamId,
});
