import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { householdDecider } from './household.decider';
import {
  type HouseholdFacts,
  type HouseholdUnitCommand,
  householdUnitDecider,
  type HouseholdUnitEvent,
} from './household-unit.decider';

const spec = deciderSpecification(householdUnitDecider);
const building = { id: 'b', kind: 'building', status: 'active', parentId: 'g' };
const where = { area: building, areaIdGiven: 'b', gridId: 'g', communityId: 'c' };
const household = (i: number, over: Partial<HouseholdFacts> = {}): HouseholdFacts => ({
  id: `h${i}`,
  areaId: 'b',
  gridId: 'g',
  unitId: null,
  ...over,
});
const ten = Array.from({ length: 10 }, (_, i) => household(i));
const form = (households: HouseholdFacts[] = ten, over: Partial<HouseholdUnitCommand> = {}) =>
  ({
    type: 'FormHouseholdUnit',
    householdUnitId: 'u',
    name: '1单元',
    where,
    households,
    on: '2027-01-02',
    ...over,
  }) as HouseholdUnitCommand;
const formed = (ids = ten.map((h) => h.id)): HouseholdUnitEvent => ({
  type: 'organizations.HouseholdUnitFormed',
  data: {
    householdUnitId: 'u',
    name: '1单元',
    areaId: 'b',
    gridId: 'g',
    communityId: 'c',
    householdIds: ids,
    on: '2027-01-02',
  },
});
const rota = (month: string, householdId: string): HouseholdUnitEvent => ({
  type: 'organizations.RotaAssigned',
  data: { householdUnitId: 'u', month, householdId },
});
const refusal = (given: HouseholdUnitEvent[], command: HouseholdUnitCommand) => {
  try {
    householdUnitDecider.decide(command, fold(householdUnitDecider, given));
  } catch (error) {
    return error as DomainRuleViolation;
  }
  throw new Error('the command was not refused');
};

describe('联建单元 decider', () => {
  it('forms a unit of 10 to 20 households of its building, each in no other unit', () => {
    spec.given([]).when(form()).then([formed()]);
    expect(refusal([], form(ten.slice(0, 9)))).toMatchObject({ code: 'unit_size', details: { min: 10, max: 20 } });
    const many = Array.from({ length: 21 }, (_, i) => household(i));
    expect(refusal([], form(many))).toMatchObject({ code: 'unit_size' });
    const elsewhere = [...ten.slice(0, 9), household(9, { areaId: 'b2' })];
    expect(refusal([], form(elsewhere))).toMatchObject({ code: 'outside_area', details: { field: 'householdIds.9' } });
    const taken = [household(0, { unitId: 'u2' }), ...ten.slice(1)];
    expect(refusal([], form(taken))).toMatchObject({ code: 'in_another_unit', details: { householdUnitId: 'u2' } });
    const unknown = [household(0, { areaId: null, gridId: null }), ...ten.slice(1)];
    expect(refusal([], form(unknown))).toMatchObject({ code: 'unknown_household' });
    expect(refusal([], form(ten, { where: { ...where, area: null } } as never))).toMatchObject({
      code: 'unknown_organisation',
      details: { field: 'areaId' },
    });
  });

  it("takes any household of a grid's buildings when the unit is the grid's", () => {
    const gridWhere = {
      area: { id: 'g', kind: 'grid', status: 'active', parentId: 'c' },
      areaIdGiven: 'g',
      gridId: 'g',
      communityId: 'c',
    };
    const mixed = ten.map((h, i) => ({ ...h, areaId: i % 2 ? 'b' : 'b2' }));
    spec
      .given([])
      .when(form(mixed, { where: gridWhere } as never))
      .then((events) => expect(events[0].data).toMatchObject({ areaId: 'g', gridId: 'g' }));
  });

  it('lets households join (up to 20) and leave', () => {
    const join = (h: HouseholdFacts): HouseholdUnitCommand => ({
      type: 'JoinHouseholdUnit',
      household: h,
      on: '2027-02-01',
    });
    spec
      .given([formed()])
      .when(join(household(10)))
      .then([
        {
          type: 'organizations.HouseholdJoinedUnit',
          data: { householdUnitId: 'u', householdId: 'h10', on: '2027-02-01' },
        },
      ]);
    spec
      .given([formed()])
      .when(join(household(3)))
      .thenThrows(InvalidStateTransition);
    const full = formed(Array.from({ length: 20 }, (_, i) => `h${i}`));
    expect(refusal([full], join(household(20)))).toMatchObject({ code: 'unit_full' });
    spec
      .given([formed()])
      .when({ type: 'LeaveHouseholdUnit', householdId: 'h3', on: '2027-03-01' })
      .then([
        {
          type: 'organizations.HouseholdLeftUnit',
          data: { householdUnitId: 'u', householdId: 'h3', on: '2027-03-01' },
        },
      ]);
    spec
      .given([formed()])
      .when({ type: 'LeaveHouseholdUnit', householdId: 'h99', on: '2027-03-01' })
      .thenThrows(InvalidStateTransition);
    spec.given([]).when({ type: 'AssignRota', month: '2027-01' }).thenThrows(NotFound);
  });

  it('chooses each month a household whose turn it is, months only forward', () => {
    spec
      .given([formed()])
      .when({ type: 'AssignRota', month: '2027-01' })
      .then([rota('2027-01', 'h0')]);
    spec
      .given([formed(), rota('2027-01', 'h0')])
      .when({ type: 'AssignRota', month: '2027-02' })
      .then([rota('2027-02', 'h1')]);
    expect(refusal([formed(), rota('2027-03', 'h0')], { type: 'AssignRota', month: '2027-03' })).toMatchObject({
      code: 'month_not_after',
      details: { field: 'month', lastMonth: '2027-03' },
    });
    const emptied = ten.map((h): HouseholdUnitEvent => ({
      type: 'organizations.HouseholdLeftUnit',
      data: { householdUnitId: 'u', householdId: h.id, on: '2027-01-03' },
    }));
    expect(refusal([formed(), ...emptied], { type: 'AssignRota', month: '2027-02' })).toMatchObject({
      code: 'unit_empty',
    });
  });

  it("records the month's duties of the household on duty, within the month", () => {
    const duty = (over: Partial<Extract<HouseholdUnitCommand, { type: 'RecordDuty' }>> = {}): HouseholdUnitCommand => ({
      type: 'RecordDuty',
      dutyId: 'd',
      month: '2027-01',
      duty: 'environment',
      description: '清理楼道杂物',
      on: '2027-01-15',
      ...over,
    });
    spec
      .given([formed(), rota('2027-01', 'h0')])
      .when(duty())
      .then([
        {
          type: 'organizations.RotaDutyRecorded',
          data: {
            householdUnitId: 'u',
            dutyId: 'd',
            month: '2027-01',
            householdId: 'h0',
            duty: 'environment',
            description: '清理楼道杂物',
            on: '2027-01-15',
          },
        },
      ]);
    expect(refusal([formed()], duty())).toMatchObject({ code: 'month_not_assigned' });
    expect(refusal([formed(), rota('2027-01', 'h0')], duty({ on: '2027-02-01' }))).toMatchObject({
      code: 'outside_month',
      details: { field: 'on' },
    });
  });
});

describe('household decider', () => {
  const hSpec = deciderSpecification(householdDecider);
  it('registers a household by its door in a building or grid, a door once per area', () => {
    hSpec
      .given([])
      .when({ type: 'RegisterHousehold', householdId: 'h', label: '1单元101', where, labelTaken: false })
      .then([
        {
          type: 'organizations.HouseholdRegistered',
          data: { householdId: 'h', label: '1单元101', areaId: 'b', gridId: 'g', communityId: 'c' },
        },
      ]);
    hSpec
      .given([])
      .when({ type: 'RegisterHousehold', householdId: 'h', label: '1单元101', where, labelTaken: true })
      .thenThrows(DomainRuleViolation, /already labelled/);
    hSpec
      .given([])
      .when({
        type: 'RegisterHousehold',
        householdId: 'h',
        label: 'x',
        where: { ...where, area: { ...building, kind: 'community' } },
        labelTaken: false,
      })
      .thenThrows(DomainRuleViolation, /not a known building or grid/);
    hSpec
      .given([])
      .when({
        type: 'RegisterHousehold',
        householdId: 'h',
        label: 'x',
        where: { ...where, area: { ...building, status: 'dissolved' } },
        labelTaken: false,
      })
      .thenThrows(DomainRuleViolation, /dissolved/);
  });
});
