import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import {
  type CentralHouseholdCommand,
  centralHouseholdDecider,
  type CentralHouseholdEvent,
} from './central-household.decider';

const spec = deciderSpecification(centralHouseholdDecider);
const branch = { id: 'br', kind: 'branch', status: 'active', parentId: 'c', covers: ['g1', 'g2'] };
const h = (id: string, gridId = 'g1') => ({ id, areaId: `b-${gridId}`, gridId, unitId: null });
const designate = (over: Partial<Extract<CentralHouseholdCommand, { type: 'DesignateCentralHousehold' }>> = {}) =>
  ({
    type: 'DesignateCentralHousehold',
    memberId: 'm',
    branch,
    memberKnown: true,
    households: [h('h1'), h('h2', 'g2')],
    on: '2027-01-05',
    ...over,
  }) as CentralHouseholdCommand;
const designated: CentralHouseholdEvent = {
  type: 'organizations.CentralHouseholdDesignated',
  data: {
    memberId: 'm',
    branchId: 'br',
    communityId: 'c',
    householdIds: ['h1', 'h2'],
    gridIds: ['g1', 'g2'],
    on: '2027-01-05',
  },
};
const refusal = (given: CentralHouseholdEvent[], command: CentralHouseholdCommand) => {
  try {
    centralHouseholdDecider.decide(command, fold(centralHouseholdDecider, given));
  } catch (error) {
    return error as DomainRuleViolation;
  }
  throw new Error('the command was not refused');
};

describe('党员中心户 decider', () => {
  it("makes a member of a grid's branch a 党员中心户 with households of the branch's grids", () => {
    spec.given([]).when(designate()).then([designated]);
    spec.given([designated]).when(designate()).thenThrows(InvalidStateTransition);
  });

  it("refuses an unknown member, a unit's branch, households outside the branch's grids, none or too many", () => {
    expect(refusal([], designate({ memberKnown: false }))).toMatchObject({ code: 'unknown_member' });
    expect(
      refusal([], designate({ branch: { id: 'u', kind: 'unit', status: 'active', parentId: 'c' } })),
    ).toMatchObject({
      code: 'not_in_party_branch',
    });
    expect(refusal([], designate({ households: [h('h1'), h('h9', 'g9')] }))).toMatchObject({
      code: 'outside_branch',
      details: { field: 'householdIds.1' },
    });
    expect(refusal([], designate({ households: [] }))).toMatchObject({ code: 'household_count' });
    const many = Array.from({ length: 31 }, (_, i) => h(`h${i}`));
    expect(refusal([], designate({ households: many }))).toMatchObject({ code: 'household_count' });
    expect(
      refusal([], designate({ households: [{ id: 'x', areaId: null, gridId: null, unitId: null }] })),
    ).toMatchObject({
      code: 'unknown_household',
    });
  });

  it('changes the households looked after, revokes, and may designate again after', () => {
    spec
      .given([designated])
      .when({ type: 'ChangeHouseholds', branch, households: [h('h1'), h('h3')] })
      .then([
        {
          type: 'organizations.CentralHouseholdChanged',
          data: { memberId: 'm', householdIds: ['h1', 'h3'], gridIds: ['g1'], added: ['h3'], removed: ['h2'] },
        },
      ]);
    spec
      .given([designated])
      .when({ type: 'ChangeHouseholds', branch, households: [h('h1'), h('h2', 'g2')] })
      .then([]);
    const revoked: CentralHouseholdEvent = {
      type: 'organizations.CentralHouseholdRevoked',
      data: { memberId: 'm', reason: 'transferred', on: '2027-03-01' },
    };
    spec
      .given([designated])
      .when({ type: 'RevokeCentralHousehold', reason: 'transferred', on: '2027-03-01' })
      .then([revoked]);
    spec
      .given([designated, revoked])
      .when({ type: 'RevokeCentralHousehold', reason: 'revoked', on: '2027-03-02' })
      .thenThrows(InvalidStateTransition);
    spec.given([designated, revoked]).when(designate()).then([designated]);
    spec.given([]).when({ type: 'RevokeCentralHousehold', reason: 'revoked', on: '2027-03-02' }).thenThrows(NotFound);
  });
});
