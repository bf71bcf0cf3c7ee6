import fc from 'fast-check';
import { exclusion, type NeedInput, type OfferInput, runMatching } from './engine';
import { solveLp } from './lp';
import { DEFAULT_WEIGHTS } from './scoring';

const need = (id: string, over: Partial<NeedInput> = {}): NeedInput => ({
  id,
  communityId: 'c1',
  gridId: 'g1',
  category: 'elderly_care',
  tags: ['助餐'],
  remaining: { amount: 10, unit: 'person_hours' },
  window: { from: '2026-12-01', to: '2026-12-31' },
  urgency: 'normal',
  lineage: ['d', 's1', 'c1'],
  ...over,
});
const offer = (id: string, over: Partial<OfferInput> = {}): OfferInput => ({
  id,
  unitId: 'u1',
  category: 'elderly_care',
  tags: ['助餐'],
  remaining: { amount: 10, unit: 'person_hours' },
  window: { from: '2026-11-01', to: '2027-01-31' },
  serviceArea: ['s1'],
  unitLineage: ['d', 's1', 'c1'],
  pairedOrgIds: [],
  meanEvaluation: null,
  ...over,
});

describe('eligibility (DESIGN §5)', () => {
  it.each([
    ['category', { category: 'education' as const }],
    ['unit', { remaining: { amount: 5, unit: 'yuan' as const } }],
    ['window', { window: { from: '2027-02-01', to: '2027-03-01' } }],
    ['area', { serviceArea: ['s2'] }],
  ])('excludes a pair by %s', (rule, over) => expect(exclusion(need('n'), offer('o', over))).toBe(rule));

  it('covers a whole subtree by one service-area id', () => {
    expect(exclusion(need('n'), offer('o', { serviceArea: ['d'] }))).toBeNull();
    expect(exclusion(need('n'), offer('o', { serviceArea: ['c1'] }))).toBeNull();
  });
});

describe('a matching run', () => {
  it('prefers the paired, nearer, better-matching unit and explains unmatched needs', () => {
    const result = runMatching(
      [need('n1'), need('n2', { category: 'legal' })],
      [offer('o-far', { unitLineage: ['d', 's2', 'c9'], tags: [] }), offer('o-near', { pairedOrgIds: ['g1'] })],
      DEFAULT_WEIGHTS,
    );
    const chosen = result.pairs.chosen();
    expect(chosen).toEqual([expect.objectContaining({ needId: 'n1', offerId: 'o-near', quantity: 10 })]);
    expect(result.pairs.toArray().filter((p) => p.quantity > 0)).toEqual(chosen);
    const near = [...result.pairs].find((p) => p.offerId === 'o-near')!;
    expect(near.breakdown).toMatchObject({ pairing: 2, proximity: 2, tags: 3 });
    expect(result.unmatched).toEqual([{ needId: 'n2', excludedBy: { category: 2, unit: 0, window: 0, area: 0 } }]);
  });

  const instances = fc.record({
    needs: fc.array(
      fc.record({
        category: fc.constantFrom('elderly_care' as const, 'education' as const),
        amount: fc.integer({ min: 1, max: 40 }),
        community: fc.constantFrom('c1', 'c2', 'c3'),
        tags: fc.subarray(['a', 'b', 'c']),
        urgency: fc.constantFrom('low' as const, 'high' as const),
      }),
      { minLength: 1, maxLength: 10 },
    ),
    offers: fc.array(
      fc.record({
        category: fc.constantFrom('elderly_care' as const, 'education' as const),
        amount: fc.integer({ min: 1, max: 40 }),
        area: fc.constantFrom('s1', 'c1', 'c3', 'd'),
        tags: fc.subarray(['a', 'b', 'c']),
        paired: fc.boolean(),
      }),
      { minLength: 1, maxLength: 10 },
    ),
  });
  const build = (x: any) => ({
    needs: x.needs.map((n: any, i: number) =>
      need(`n${i}`, {
        category: n.category,
        tags: n.tags,
        urgency: n.urgency,
        remaining: { amount: n.amount, unit: 'person_hours' },
        communityId: n.community,
        lineage: ['d', n.community === 'c3' ? 's2' : 's1', n.community],
      }),
    ),
    offers: x.offers.map((o: any, j: number) =>
      offer(`o${j}`, {
        category: o.category,
        tags: o.tags,
        serviceArea: [o.area],
        remaining: { amount: o.amount, unit: 'person_hours' },
        pairedOrgIds: o.paired ? ['c1'] : [],
      }),
    ),
  });

  it('assigns only eligible pairs, never beyond a remaining quantity, at the LP optimum, deterministically', async () =>
    fc.assert(
      fc.asyncProperty(instances, async (x) => {
        const { needs, offers } = build(x);
        const run = runMatching(needs, offers, DEFAULT_WEIGHTS);
        const result = { ...run, pairs: run.pairs.toArray() };
        expect(JSON.stringify(run)).toBe(JSON.stringify(result));
        for (const p of run.pairs.chosen()) {
          expect(
            exclusion(
              needs.find((n: NeedInput) => n.id === p.needId)!,
              offers.find((o: OfferInput) => o.id === p.offerId)!,
            ),
          ).toBeNull();
        }
        for (const n of needs)
          expect(result.pairs.filter((p) => p.needId === n.id).reduce((s, p) => s + p.quantity, 0)).toBeLessThanOrEqual(
            n.remaining.amount,
          );
        for (const o of offers)
          expect(
            result.pairs.filter((p) => p.offerId === o.id).reduce((s, p) => s + p.quantity, 0),
          ).toBeLessThanOrEqual(o.remaining.amount);
        const index = (id: string, list: { id: string }[]) =>
          [...list].sort((a, b) => a.id.localeCompare(b.id)).findIndex((e) => e.id === id);
        const optimum = await solveLp({
          supplies: [...needs].sort((a, b) => a.id.localeCompare(b.id)).map((n) => n.remaining.amount),
          capacities: [...offers].sort((a, b) => a.id.localeCompare(b.id)).map((o) => o.remaining.amount),
          arcs: result.pairs.map((p) => ({
            need: index(p.needId, needs),
            offer: index(p.offerId, offers),
            score: p.score,
          })),
        });
        expect(Math.abs(result.objective - optimum)).toBeLessThanOrEqual(1e-6 * Math.max(1, optimum));
        const again = runMatching([...needs].reverse(), [...offers].reverse(), DEFAULT_WEIGHTS);
        expect({ ...again, pairs: again.pairs.toArray() }).toEqual(result);
      }),
      { numRuns: 150 },
    ));
});
