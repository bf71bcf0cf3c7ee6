import { DEFAULT_SETS, type IndicatorSet, setInForce } from './indicator-set';
import { isPeriodStart, periodStart, quarterOf, quartersOf } from './periods';
import { compareRankings, figureOf, rank, rankingOf, subjectsOf } from './score';
import { Tally } from './tally';

const at = (day: string) => `${day}T08:00:00.000Z`;
const ev = (type: string, data: unknown, day = '2026-11-10') => ({ type, data, occurredAt: at(day) });

/** Two branches, three members, a paired unit, and a quarter of service. */
function history(): Tally {
  const t = new Tally();
  const facts = [
    ev('organizations.PartyOrganizationFormed', {
      partyOrgId: 'b1',
      kind: 'branch',
      name: '一支部',
      parentId: 'c1',
      covers: ['g1'],
    }),
    ev('organizations.PartyOrganizationFormed', {
      partyOrgId: 'b2',
      kind: 'branch',
      name: '二支部',
      parentId: 'c1',
      covers: ['g2'],
    }),
    ev('organizations.PairingEstablished', { pairingId: 'p1', unitId: 'u1', orgId: 'c1', establishedOn: '2026-01-01' }),
    ev('members.MemberRegistered', {
      memberId: 'm1',
      name: '张三',
      branchId: 'b1',
      joinedPartyOn: '2000-01-01',
      employerUnitId: null,
    }),
    ev('members.MemberRegistered', {
      memberId: 'm2',
      name: '李四',
      branchId: 'b1',
      joinedPartyOn: '2000-01-01',
      employerUnitId: null,
    }),
    ev('members.MemberRegistered', {
      memberId: 'm3',
      name: '王五',
      branchId: 'b2',
      joinedPartyOn: '2000-01-01',
      employerUnitId: null,
    }),
    ev('volunteering.VolunteerHoursVerified', { memberId: 'm1', orgId: 'g1', category: 'elderly_care', hours: 10 }),
    ev('volunteering.VolunteerHoursVerified', { memberId: 'm2', orgId: 'g1', category: 'environment', hours: 4 }),
    ev('volunteering.MicroWishFulfilled', { wishId: 'w1', communityId: 'c1', memberId: 'm2', title: 'x' }),
    ev('volunteering.MicroWishFulfilled', { wishId: 'w2', communityId: 'c1', memberId: 'm2', title: 'y' }),
    ev('matching.NeedPosted', {
      needId: 'n1',
      communityId: 'c1',
      gridId: 'g2',
      title: '助老',
      category: 'elderly_care',
    }),
    ev('matching.ProjectCompleted', {
      projectId: 'pr1',
      needId: 'n1',
      unitId: 'u1',
      communityId: 'c1',
      participantMemberIds: ['m3'],
    }),
    ev('matching.ProjectEvaluated', {
      projectId: 'pr1',
      unitId: 'u1',
      communityId: 'c1',
      score: 5,
      comment: '',
      participantMemberIds: ['m3'],
    }),
    ev('organizations.JointMeetingSessionHeld', {
      sessionId: 's1',
      orgId: 'c1',
      heldOn: '2026-11-10',
      unitIds: ['u1'],
      partTimeMemberIds: ['m1'],
      decisions: 2,
    }),
    // another quarter: not in 2026Q4
    ev(
      'volunteering.VolunteerHoursVerified',
      { memberId: 'm3', orgId: 'g2', category: 'elderly_care', hours: 100 },
      '2026-08-01',
    ),
  ];
  for (const f of facts) t.apply(f);
  return t;
}

describe('periods', () => {
  it('name quarters and years, their first days and where sets may take effect', () => {
    expect(quarterOf('2026-11-10T08:00:00Z')).toBe('2026Q4');
    expect(periodStart('2026Q2')).toBe('2026-04-01');
    expect(periodStart('2027')).toBe('2027-01-01');
    expect(quartersOf('2026')).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4']);
    expect(isPeriodStart('2027-01-01', 'year')).toBe(true);
    expect(isPeriodStart('2027-04-01', 'year')).toBe(false);
    expect(isPeriodStart('2027-04-01', 'quarter')).toBe(true);
    expect(isPeriodStart('2027-04-02', 'quarter')).toBe(false);
  });
});

describe('the tally of public events', () => {
  it('credits members, their branches, the unit that served and the branch over the need’s grid', () => {
    const t = history();
    expect(Object.fromEntries(t.values('m:m1', '2026Q4'))).toEqual({
      volunteer_hours: 10,
      'volunteer_hours|elderly_care': 10,
    });
    expect(Object.fromEntries(t.values('o:b1', '2026Q4'))).toMatchObject({
      volunteer_hours: 14,
      wishes_fulfilled: 2,
      meetings_held: 1,
    });
    // a part-time member's appointment is no member: the units present attended
    expect(t.values('o:b1', '2026Q4').has('meetings_attended')).toBe(false);
    expect(Object.fromEntries(t.values('o:u1', '2026Q4'))).toMatchObject({
      projects_completed: 1,
      needs_served: 1,
      evaluation_points: 2,
      meetings_attended: 1,
    });
    // b2: its member served in the project, and the need was in its grid
    expect(Object.fromEntries(t.values('o:b2', '2026Q4'))).toMatchObject({ projects_completed: 1, needs_served: 1 });
    expect(t.values('m:m3', '2026').get('volunteer_hours')).toBe(100);
    expect(subjectsOf(t, 'bastion').sort()).toEqual(['b1', 'b2', 'u1']);
  });

  it('follows a member’s transfer: later service counts for the new branch', () => {
    const t = history();
    t.apply(ev('members.MemberTransferred', { memberId: 'm1', fromBranchId: 'b1', toBranchId: 'b2' }));
    t.apply(
      ev('volunteering.VolunteerHoursVerified', { memberId: 'm1', orgId: 'g2', category: 'environment', hours: 3 }),
    );
    expect(t.values('o:b2', '2026Q4').get('volunteer_hours')).toBe(3);
    expect(t.values('o:b1', '2026Q4').get('volunteer_hours')).toBe(14);
  });
});

describe('figures', () => {
  it('the pioneer default reproduces the members service’s weights (2 an hour, 10 a wish, 15 a project, 5 an evaluation point)', () => {
    const t = history();
    const figure = figureOf('m3', t.values('m:m3', '2026Q4'), DEFAULT_SETS.pioneer);
    expect(figure.index).toBe(15 + 2 * 5);
    expect(figure.breakdown.map((b) => [b.measure, b.value, b.points])).toEqual([
      ['volunteer_hours', 0, 0],
      ['wishes_fulfilled', 0, 0],
      ['projects_served', 1, 15],
      ['evaluation_points', 2, 10],
    ]);
  });

  it('caps an indicator’s points, filters by category, and never goes below 0', () => {
    const values = new Map([
      ['volunteer_hours', 14],
      ['volunteer_hours|elderly_care', 10],
      ['evaluation_points', -10],
    ]);
    const set = {
      indicators: [
        { measure: 'volunteer_hours' as const, category: 'elderly_care', weight: 3, cap: 20 },
        { measure: 'evaluation_points' as const, category: null, weight: 1, cap: null },
      ],
    };
    const figure = figureOf('x', values, set);
    expect(figure.breakdown.map((b) => b.points)).toEqual([20, -10]);
    expect(figure.index).toBe(10);
    expect(figureOf('y', new Map([['evaluation_points', -10]]), set).index).toBe(0);
  });

  it('ranks highest first, equal indices sharing a place', () => {
    const f = (subjectId: string, index: number) => ({ subjectId, index, breakdown: [] });
    expect(rank([f('a', 5), f('b', 9), f('c', 5), f('d', 1)]).map((r) => [r.subjectId, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('a draft’s ranking beside the published one: who moves, by how much, and why', () => {
    const t = history();
    const draft: IndicatorSet = {
      ...DEFAULT_SETS.pioneer,
      setId: 'd',
      status: 'draft',
      indicators: [
        { measure: 'volunteer_hours', category: null, weight: 5, cap: null },
        { measure: 'wishes_fulfilled', category: null, weight: 1, cap: null },
      ],
    };
    const subjects = subjectsOf(t, 'pioneer');
    const before = rankingOf(t, DEFAULT_SETS.pioneer, '2026Q4', subjects);
    const after = rankingOf(t, draft, '2026Q4', subjects);
    expect(before.map((r) => [r.subjectId, r.index])).toEqual([
      ['m2', 28],
      ['m3', 25],
      ['m1', 20],
    ]);
    const moves = compareRankings(before, after);
    const m1 = moves.find((m) => m.subjectId === 'm1')!;
    expect(m1).toMatchObject({ before: { rank: 3, index: 20 }, after: { rank: 1, index: 50 }, places: 2, points: 30 });
    expect(m1.why).toEqual([{ measure: 'volunteer_hours', category: null, before: 20, after: 50 }]);
    expect(moves.find((m) => m.subjectId === 'm2')!.why).toEqual([
      { measure: 'volunteer_hours', category: null, before: 8, after: 20 },
      { measure: 'wishes_fulfilled', category: null, before: 20, after: 2 },
    ]);
    expect(moves[0].subjectId).toBe('m1');
    expect(moves.find((m) => m.subjectId === 'm3')).toMatchObject({ places: -1, points: -25 });
  });

  it('the set in force for a period is the latest published on or before its first day', () => {
    const later = { ...DEFAULT_SETS.pioneer, setId: 'new', effectiveFrom: '2027-01-01' };
    const draft = { ...DEFAULT_SETS.pioneer, setId: 'draft', status: 'draft' as const, effectiveFrom: null };
    const sets = [DEFAULT_SETS.pioneer, later, draft];
    expect(setInForce(sets, '2026-10-01')?.setId).toBe('pioneer-default');
    expect(setInForce(sets, '2027-01-01')?.setId).toBe('new');
  });
});
