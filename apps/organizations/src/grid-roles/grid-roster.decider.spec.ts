import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { gridRoleListDecider } from './grid-role-list.decider';
import { type GridRosterCommand, gridRosterDecider, type GridRosterEvent } from './grid-roster.decider';

const spec = deciderSpecification(gridRosterDecider);
const grid = { id: 'g', kind: 'grid', status: 'active', parentId: 'c' };
const worker = { id: 'wangwu', role: 'grid_worker', orgId: 'c', disabled: false };
type Assign = Extract<GridRosterCommand, { type: 'AssignGridRole' }>;
const assign = (over: Partial<Assign> = {}): GridRosterCommand => ({
  type: 'AssignGridRole',
  assignmentId: 'a1',
  grid,
  role: 'grid_worker',
  roleName: '网格员',
  holder: { kind: 'resident', name: '王五' },
  holderKnown: true,
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  ...over,
});
const assigned = (over: Partial<Assign> = {}): GridRosterEvent[] =>
  gridRosterDecider.decide(assign(over), fold(gridRosterDecider, []));
const refusal = (given: GridRosterEvent[], command: GridRosterCommand) => {
  try {
    gridRosterDecider.decide(command, fold(gridRosterDecider, given));
  } catch (error) {
    return error as DomainRuleViolation;
  }
  throw new Error('the command was not refused');
};

describe('grid roster decider (网格长, 网格员, 十员)', () => {
  it('gives a term to a resident or a member; a staff term may name its grid worker account (public)', () => {
    spec
      .given([])
      .when(assign())
      .then([
        {
          type: 'organizations.GridRoleAssigned',
          data: {
            assignmentId: 'a1',
            gridId: 'g',
            role: 'grid_worker',
            roleName: '网格员',
            holder: { kind: 'resident', name: '王五' },
            accountId: null,
            startsOn: '2027-01-01',
            endsOn: '2027-12-31',
          },
        },
      ]);
    const withAccount = assigned({ account: worker, accountIdGiven: 'wangwu' });
    expect(withAccount.map((e) => e.type)).toEqual([
      'organizations.GridRoleAssigned',
      'organizations.GridWorkerAssigned',
    ]);
    expect(withAccount[1].data).toEqual({
      assignmentId: 'a1',
      accountId: 'wangwu',
      gridId: 'g',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
    });
  });

  it("refuses a role the district's grids do not fill, a term ending before it starts, an unknown member", () => {
    expect(refusal([], assign({ role: 'astronaut', roleName: null }))).toMatchObject({
      code: 'unknown_role',
      details: { field: 'role' },
    });
    expect(refusal([], assign({ endsOn: '2026-12-31' }))).toMatchObject({
      code: 'invalid_term',
      details: { field: 'endsOn' },
    });
    expect(refusal([], assign({ holder: { kind: 'member', memberId: 'm' }, holderKnown: false }))).toMatchObject({
      code: 'unknown_member',
      details: { field: 'holder.memberId' },
    });
    spec
      .given([])
      .when(assign({ grid: { ...grid, status: 'dissolved' } }))
      .thenThrows(InvalidStateTransition);
  });

  it("names only a grid worker account of the grid's community, enabled, and only for 网格长 or 网格员", () => {
    const named = (account: Assign['account'], over: Partial<Assign> = {}) =>
      refusal([], assign({ account, accountIdGiven: 'x', ...over }));
    expect(named(worker, { role: 'policy_publicist', roleName: '惠民政策宣传员' })).toMatchObject({
      code: 'account_not_staff',
    });
    expect(named(null)).toMatchObject({ code: 'unknown_account' });
    expect(named({ ...worker, role: 'community_admin' })).toMatchObject({ code: 'not_grid_worker' });
    expect(named({ ...worker, disabled: true })).toMatchObject({ code: 'account_disabled' });
    expect(named({ ...worker, orgId: 'c2' })).toMatchObject({ code: 'account_outside_community' });
  });

  it('holds 网格长 and each of 十员 once at a time, 网格员 several, a holder and an account once', () => {
    const leader = assigned({ role: 'grid_leader', roleName: '网格长' });
    expect(
      refusal(
        leader,
        assign({
          assignmentId: 'a2',
          role: 'grid_leader',
          roleName: '网格长',
          holder: { kind: 'resident', name: '赵六' },
        }),
      ),
    ).toMatchObject({
      code: 'role_taken',
      details: { assignmentId: 'a1' },
    });
    // the next term may start the day after
    spec
      .given(leader)
      .when(
        assign({ assignmentId: 'a2', role: 'grid_leader', roleName: '网格长', startsOn: '2028-01-01', endsOn: null }),
      )
      .then((events) => expect(events).toHaveLength(1));
    const workers = assigned();
    spec
      .given(workers)
      .when(assign({ assignmentId: 'a2', holder: { kind: 'resident', name: '赵六' } }))
      .then((events) => expect(events).toHaveLength(1));
    expect(refusal(workers, assign({ assignmentId: 'a2' }))).toMatchObject({
      code: 'already_held',
      details: { field: 'holder' },
    });
    const withAccount = assigned({ account: worker, accountIdGiven: 'wangwu' });
    expect(
      refusal(
        withAccount,
        assign({
          assignmentId: 'a2',
          role: 'grid_leader',
          roleName: '网格长',
          account: worker,
          accountIdGiven: 'wangwu',
        }),
      ),
    ).toMatchObject({ code: 'already_held', details: { field: 'accountId' } });
  });

  it('ends a term early; the account is released from the grid (public)', () => {
    const withAccount = assigned({ account: worker, accountIdGiven: 'wangwu' });
    spec
      .given(withAccount)
      .when({ type: 'EndGridRole', assignmentId: 'a1', endsOn: '2027-06-30' })
      .then([
        { type: 'organizations.GridRoleEnded', data: { assignmentId: 'a1', gridId: 'g', endsOn: '2027-06-30' } },
        {
          type: 'organizations.GridWorkerReleased',
          data: { assignmentId: 'a1', accountId: 'wangwu', gridId: 'g', endsOn: '2027-06-30' },
        },
      ]);
    spec
      .given(withAccount)
      .when({ type: 'EndGridRole', assignmentId: 'a1', endsOn: '2028-01-01' })
      .thenThrows(InvalidStateTransition);
    spec
      .given(withAccount)
      .when({ type: 'EndGridRole', assignmentId: 'a1', endsOn: '2026-01-01' })
      .thenThrows(DomainRuleViolation);
    spec
      .given(withAccount)
      .when({ type: 'EndGridRole', assignmentId: 'nope', endsOn: '2027-06-30' })
      .thenThrows(NotFound);
  });
});

describe('grid role list decider (十员 of a district)', () => {
  const listSpec = deciderSpecification(gridRoleListDecider);
  const district = { id: 'd', kind: 'district', status: 'active', parentId: null };
  const set = (roles: Array<{ code: string; name: string }>, over = {}) => ({
    type: 'SetGridRoleList' as const,
    districtId: 'd',
    district,
    roles,
    ...over,
  });

  it("sets a district's list; the same list again changes nothing", () => {
    const roles = [{ code: 'safety_patroller', name: '安全生产巡逻员' }];
    listSpec
      .given([])
      .when(set(roles))
      .then([{ type: 'organizations.GridRoleListSet', data: { districtId: 'd', roles } }]);
    listSpec
      .given([{ type: 'organizations.GridRoleListSet', data: { districtId: 'd', roles } }])
      .when(set(roles))
      .then([]);
  });

  it('the same list with its keys in another order (as the log may hand it back) changes nothing; another order of roles does', () => {
    const roles = [
      { code: 'safety_patroller', name: '安全生产巡逻员' },
      { code: 'a_role', name: '甲' },
    ];
    const stored = roles.map(({ code, name }) => ({ name, code }));
    listSpec
      .given([{ type: 'organizations.GridRoleListSet', data: { districtId: 'd', roles: stored } }])
      .when(set(roles))
      .then([]);
    listSpec
      .given([{ type: 'organizations.GridRoleListSet', data: { districtId: 'd', roles: stored } }])
      .when(set([...roles].reverse()))
      .then([{ type: 'organizations.GridRoleListSet', data: { districtId: 'd', roles: [...roles].reverse() } }]);
  });

  it('refuses a code or name twice, the staff roles, a place that is not a district', () => {
    const twice = [
      { code: 'a_role', name: '甲' },
      { code: 'a_role', name: '乙' },
    ];
    listSpec.given([]).when(set(twice)).thenThrows(DomainRuleViolation, /twice/);
    listSpec
      .given([])
      .when(set([{ code: 'grid_leader', name: '网格长' }]))
      .thenThrows(DomainRuleViolation, /every grid has/);
    listSpec
      .given([])
      .when(set([{ code: 'x_y', name: 'x' }], { district: { ...district, kind: 'street' } }))
      .thenThrows(DomainRuleViolation, /not a known district/);
  });
});
