import fc from 'fast-check';
import { generateDistrict } from '../../../../bench/district';
import { runMatchingBefore } from '../../../../bench/matching-before/engine';
import { type NeedInput, type OfferInput, runMatching } from './engine';
import { DEFAULT_WEIGHTS, type Weights } from './scoring';

/**
 * The engine of issue 23 (typed arrays, org ids as numbers) gives what the engine before it gave
 * (bench/matching-before, frozen): the same pairs in the same order, the same scores and
 * breakdowns, the same chosen quantities — so the same optimum among equal ones — the same
 * objective, exclusions and capacities, and the same JSON text (what a run records).
 */
const same = (needs: NeedInput[], offers: OfferInput[], weights: Weights = DEFAULT_WEIGHTS) => {
  const outcome = (run: (n: NeedInput[], o: OfferInput[], w: Weights) => { pairs: Iterable<unknown> }) => {
    try {
      const result = run(needs, offers, weights);
      return { ...result, pairs: [...result.pairs] };
    } catch (error) {
      return { refused: String(error) }; // a date that does not parse scores NaN: the solver refuses
    }
  };
  const result = outcome(runMatching);
  const before = outcome(runMatchingBefore);
  expect(result).toEqual(before);
  expect(JSON.stringify(result)).toBe(JSON.stringify(before));
};

const orgs = ['d', 'd2', 's1', 's2', 'c1', 'c2', 'c3', 'g1', 'g2'];
const day = fc.integer({ min: 0, max: 90 }).map((d) => new Date(Date.UTC(2026, 11, 1) + d * 86_400_000));
const date = fc.oneof(
  { weight: 60, arbitrary: day.map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constant('not a date') }, // NaN once parsed: never excluded by the window rule
);
const window = fc.tuple(date, date, fc.boolean()).map(([a, b, ordered]) => {
  const [from, to] = ordered && a > b ? [b, a] : [a, b]; // sometimes a window that ends before it starts
  return { from, to };
});
const category = fc.constantFrom('elderly_care' as const, 'education' as const, 'legal' as const);
const quantity = fc.record({
  amount: fc.integer({ min: 0, max: 4000 }).map((a) => a / 100),
  unit: fc.constantFrom('person_hours' as const, 'items' as const),
});
const tags = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }); // repeats too
// mostly district → street → community, sometimes missing levels or in any order
const lineage: fc.Arbitrary<string[]> = fc.oneof(
  fc.constantFrom<string[]>(['d', 's1', 'c1'], ['d', 's1', 'c2'], ['d', 's2', 'c3'], ['d', 's1'], ['d2', 's2', 'c3']),
  fc.shuffledSubarray(orgs.slice(0, 7), { maxLength: 4 }),
);
const needs = fc.array(
  fc.record({
    communityId: fc.constantFrom('c1', 'c2', 'c3'),
    gridId: fc.option(fc.constantFrom('g1', 'g2')),
    category,
    tags,
    remaining: quantity,
    window,
    urgency: fc.constantFrom('low' as const, 'normal' as const, 'high' as const, 'critical' as const),
    lineage,
  }),
  { minLength: 1, maxLength: 14 },
);
const offers = fc.array(
  fc.record({
    unitId: fc.constantFrom('u1', 'u2'),
    category,
    tags,
    remaining: quantity,
    window,
    serviceArea: fc.subarray(orgs, { maxLength: 3 }),
    unitLineage: lineage,
    pairedOrgIds: fc.subarray(orgs, { maxLength: 3 }),
    meanEvaluation: fc.option(fc.integer({ min: 100, max: 500 }).map((e) => e / 100)),
  }),
  { minLength: 1, maxLength: 14 },
);
const weights = fc.record({
  base: fc.integer({ min: 0, max: 4 }),
  tags: fc.double({ min: 0, max: 5, noNaN: true }),
  proximity: fc.double({ min: 0, max: 5, noNaN: true }),
  pairing: fc.integer({ min: 0, max: 4 }),
  urgency: fc.double({ min: 0, max: 3, noNaN: true }),
  window: fc.double({ min: 0, max: 3, noNaN: true }),
  evaluation: fc.double({ min: 0, max: 3, noNaN: true }),
});

describe('the engine against the engine before issue 23', () => {
  it('gives the same result on generated instances, with any weights', () =>
    fc.assert(
      fc.property(needs, offers, fc.option(weights, { nil: undefined }), (ns, os, w) => {
        same(
          ns.map((n, i) => ({ ...n, id: `n${i}` })),
          os.map((o, j) => ({ ...o, id: `o${j}` })),
          w,
        );
      }),
      { numRuns: 400 },
    ));

  it.each([1, 2, 3, 20261125])('gives the same result on a generated district (seed %d)', (seed) => {
    const district = generateDistrict({ needs: 600, offers: 150, communities: 12, streets: 3 }, seed);
    same(district.needs, district.offers);
  });
});
