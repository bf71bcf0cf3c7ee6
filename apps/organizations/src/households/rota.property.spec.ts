import fc from 'fast-check';
import { fold } from '@gongjian/eventing';
import { type HouseholdUnitEvent, householdUnitDecider, type HouseholdUnitState } from './household-unit.decider';
import { monthAfter, nextOnDuty } from './rota';

/**
 * 轮值户 fairness (issue 18, seed 004), as a property over any life of a 联建单元: households join
 * and leave between the months, and each month one is chosen. Fair: when a household serves a
 * second time, every household of the unit at that moment has served since its first time — no
 * household twice before every other has served — and a newcomer is never passed over for one
 * that has served. Checked on the decider itself (AssignRota through evolve), not on a copy.
 */
type Step = { kind: 'join'; household: number } | { kind: 'leave'; pick: number } | { kind: 'rota' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('join' as const), household: fc.integer({ min: 0, max: 40 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave' as const), pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('rota' as const) }) },
);

const formed = (households: string[]): HouseholdUnitEvent => ({
  type: 'organizations.HouseholdUnitFormed',
  data: {
    householdUnitId: 'u',
    name: '3号楼联建单元',
    areaId: 'b',
    gridId: 'g',
    communityId: 'c',
    householdIds: households,
    on: '2027-01-01',
  },
});

interface Served {
  month: number;
  household: string;
  /** the unit's households when it was chosen */
  present: string[];
}

/** Runs the steps through the decider, returning every choice with who was there. */
function live(initial: string[], steps: Step[]): Served[] {
  const events: HouseholdUnitEvent[] = [formed(initial)];
  const served: Served[] = [];
  let month = '2027-01';
  let state: HouseholdUnitState = fold(householdUnitDecider, events);
  const apply = (produced: HouseholdUnitEvent[]) => {
    for (const e of produced) state = householdUnitDecider.evolve(state, e);
  };
  for (const s of steps) {
    if (!state.exists) throw new Error('the unit vanished');
    if (s.kind === 'join') {
      const id = `h${s.household}`;
      if (state.households.includes(id) || state.households.length >= 20) continue;
      const household = { id, areaId: 'b', gridId: 'g', unitId: null };
      apply(householdUnitDecider.decide({ type: 'JoinHouseholdUnit', household, on: '2027-01-01' }, state));
    } else if (s.kind === 'leave') {
      if (state.households.length === 0) continue;
      const householdId = state.households[s.pick % state.households.length];
      apply(householdUnitDecider.decide({ type: 'LeaveHouseholdUnit', householdId, on: '2027-01-01' }, state));
    } else {
      if (state.households.length === 0) continue;
      const present = [...state.households];
      const [event] = householdUnitDecider.decide({ type: 'AssignRota', month }, state);
      apply([event]);
      served.push({ month: served.length, household: (event.data as { householdId: string }).householdId, present });
      month = monthAfter(month);
    }
  }
  return served;
}

describe('轮值户: the monthly rota of a 联建单元 is fair (fast-check)', () => {
  const initial = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 10, maxLength: 20 });
  const run = { numRuns: 300, seed: 18_004 };

  it('serves no household twice before every other household there has served', () => {
    fc.assert(
      fc.property(initial, fc.array(step, { minLength: 40, maxLength: 150 }), (ids, steps) => {
        const served = live(
          ids.map((i) => `h${i}`),
          steps,
        );
        const last = new Map<string, number>();
        return served.every((turn) => {
          // chosen among those present
          if (!turn.present.includes(turn.household)) return false;
          const previous = last.get(turn.household);
          last.set(turn.household, turn.month);
          // everyone else there has served since its previous turn
          return previous === undefined || turn.present.every((h) => h === turn.household || last.get(h)! > previous);
        });
      }),
      run,
    );
  });

  it('gives a newcomer its turn before anyone who has served takes a second one', () => {
    fc.assert(
      fc.property(initial, fc.array(step, { minLength: 40, maxLength: 150 }), (ids, steps) => {
        const served = live(
          ids.map((i) => `h${i}`),
          steps,
        );
        const seen = new Set<string>();
        return served.every((turn) => {
          const fresh = turn.present.filter((h) => !seen.has(h));
          seen.add(turn.household);
          return fresh.length === 0 || fresh.includes(turn.household);
        });
      }),
      run,
    );
  });

  it('goes round in the order households joined while nobody comes or goes', () => {
    const households = Array.from({ length: 12 }, (_, i) => `h${i}`);
    const served = live(
      households,
      Array.from({ length: 36 }, () => ({ kind: 'rota' as const })),
    );
    expect(served.map((t) => t.household)).toEqual([...households, ...households, ...households]);
    expect(nextOnDuty({ households: [], lastServed: {} })).toBeNull();
  });
});
