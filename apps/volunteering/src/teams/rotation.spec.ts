import fc from 'fast-check';
import { InvalidStateTransition } from '@gongjian/eventing';
import { loadsOf, rotate, rotateWithActivities, rotationDecider } from './rotation';

const ids = (prefix: string, max: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: max })
    .map((xs) => xs.map((x) => `${prefix}-${x}`));
const quarter = fc
  .tuple(fc.integer({ min: 2020, max: 2040 }), fc.integer({ min: 1, max: 4 }))
  .map(([y, q]) => `${y}Q${q}`);

describe('quarterly rotation', () => {
  it('assigns every grid exactly once, with loads within one of each other', () => {
    fc.assert(
      fc.property(quarter, ids('t', 12), ids('g', 60), (q, teams, grids) => {
        const assignments = rotate(q, teams, grids);
        expect(assignments.map((a) => a.gridId).sort()).toEqual([...grids].sort());
        const loads = Object.values(loadsOf(teams, assignments));
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        expect(assignments.every((a) => teams.includes(a.teamId))).toBe(true);
      }),
    );
  });

  it('is deterministic whatever the order of its input, and moves every grid to another team next quarter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2040 }), ids('t', 8), ids('g', 40), (year, teams, grids) => {
        const q1 = rotate(`${year}Q1`, teams, grids);
        expect(rotate(`${year}Q1`, [...teams].reverse(), [...grids].reverse())).toEqual(q1);
        if (teams.length < 2) return;
        const q2 = rotate(`${year}Q2`, teams, grids);
        for (const a of q2) expect(a.teamId).not.toBe(q1.find((b) => b.gridId === a.gridId)!.teamId);
      }),
    );
  });

  it('sends teams to activities too: every grid and activity once, loads over both within one', () => {
    fc.assert(
      fc.property(quarter, ids('t', 12), ids('g', 30), ids('a', 30), (q, teams, grids, activities) => {
        const { assignments, activityAssignments } = rotateWithActivities(q, teams, grids, activities);
        expect(assignments).toEqual(rotate(q, teams, grids));
        expect(activityAssignments!.map((a) => a.activityId).sort()).toEqual([...activities].sort());
        const loads = Object.values(loadsOf(teams, assignments, activityAssignments));
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        expect(loads.reduce((sum, l) => sum + l, 0)).toBe(grids.length + activities.length);
      }),
    );
  });

  it('publishes a rotation of activities alone, and refuses one with nothing to serve', () => {
    const base = {
      type: 'PublishRotation' as const,
      orgId: 'c',
      quarter: '2027Q1',
      teamIds: ['t1', 't2'],
      gridIds: [],
    };
    const [event] = rotationDecider.decide({ ...base, activityIds: ['a1', 'a2'] }, rotationDecider.initialState());
    expect(event.data).toMatchObject({ assignments: [], loads: { t1: 1, t2: 1 } });
    expect(event.data.activityAssignments).toHaveLength(2);
    expect(() => rotationDecider.decide(base, rotationDecider.initialState())).toThrow(/no grids/);
  });

  it('publishes once per organisation and quarter', () => {
    const command = { type: 'PublishRotation' as const, orgId: 'c', quarter: '2027Q1', teamIds: ['t'], gridIds: ['g'] };
    const [event] = rotationDecider.decide(command, rotationDecider.initialState());
    expect(() =>
      rotationDecider.decide(command, rotationDecider.evolve(rotationDecider.initialState(), event)),
    ).toThrow(InvalidStateTransition);
  });
});
