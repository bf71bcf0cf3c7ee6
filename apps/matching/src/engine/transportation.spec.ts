import fc from 'fast-check';
import { solveLp } from './lp';
import { solveTransportation, type TransportationInput } from './transportation';

const instance = fc
  .record({ needs: fc.integer({ min: 1, max: 8 }), offers: fc.integer({ min: 1, max: 8 }) })
  .chain(({ needs, offers }) =>
    fc.record({
      supplies: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: needs, maxLength: needs }),
      capacities: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: offers, maxLength: offers }),
      arcs: fc.uniqueArray(
        fc.record({
          need: fc.integer({ min: 0, max: needs - 1 }),
          offer: fc.integer({ min: 0, max: offers - 1 }),
          score: fc.double({ min: 0.01, max: 10, noNaN: true }).map((s) => Math.round(s * 1000) / 1000),
        }),
        { selector: (a) => `${a.need}:${a.offer}`, maxLength: needs * offers },
      ),
    }),
  );

describe('transportation solver (min-cost flow)', () => {
  it('respects every supply and capacity and uses only given arcs', () =>
    fc.assert(
      fc.property(instance, (input: TransportationInput) => {
        const { flows } = solveTransportation(input);
        expect(flows.every((f) => Number.isInteger(f) && f >= 0)).toBe(true);
        input.supplies.forEach((s, i) =>
          expect(flows.reduce((n, f, k) => n + (input.arcs[k].need === i ? f : 0), 0)).toBeLessThanOrEqual(s),
        );
        input.capacities.forEach((c, j) =>
          expect(flows.reduce((n, f, k) => n + (input.arcs[k].offer === j ? f : 0), 0)).toBeLessThanOrEqual(c),
        );
      }),
      { numRuns: 300 },
    ));

  it('reaches the LP optimum computed by highs', async () =>
    fc.assert(
      fc.asyncProperty(instance, async (input: TransportationInput) => {
        const { objective } = solveTransportation(input);
        const optimum = await solveLp(input);
        expect(Math.abs(objective - optimum)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(optimum)));
      }),
      { numRuns: 200 },
    ));

  it('gives the same assignment for the same input', () =>
    fc.assert(
      fc.property(instance, (input: TransportationInput) => {
        expect(solveTransportation(input)).toEqual(solveTransportation(structuredClone(input)));
      }),
    ));

  it('prefers the higher score when capacity is short', () => {
    const result = solveTransportation({
      supplies: [5, 5],
      capacities: [5],
      arcs: [
        { need: 0, offer: 0, score: 1 },
        { need: 1, offer: 0, score: 2 },
      ],
    });
    expect(result.flows).toEqual([0, 5]);
    expect(result.objective).toBe(10);
  });
});
