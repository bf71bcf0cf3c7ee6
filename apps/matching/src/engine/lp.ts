import type { TransportationInput } from './transportation';

/**
 * The same transportation problem as an LP in CPLEX format, for the `highs` solver: used by the
 * property tests and the benchmark to check that the flow solver reaches the LP optimum.
 */
export function transportationLp({ supplies, capacities, arcs }: TransportationInput): string {
  const x = (k: number) => `x${k}`;
  const lines = ['Maximize', ` obj: ${arcs.map((a, k) => `${a.score} ${x(k)}`).join(' + ') || '0 x0'}`, 'Subject To'];
  supplies.forEach((supply, i) => {
    const terms = arcs.flatMap((a, k) => (a.need === i ? [x(k)] : []));
    if (terms.length) lines.push(` n${i}: ${terms.join(' + ')} <= ${supply}`);
  });
  capacities.forEach((capacity, j) => {
    const terms = arcs.flatMap((a, k) => (a.offer === j ? [x(k)] : []));
    if (terms.length) lines.push(` o${j}: ${terms.join(' + ')} <= ${capacity}`);
  });
  lines.push('Bounds', ...arcs.map((_, k) => ` ${x(k)} >= 0`), 'End');
  return lines.join('\n');
}

type Highs = { solve(lp: string): { Status: string; ObjectiveValue: number } };
let highs: Promise<Highs> | null = null;

/** Lazily loads the highs WASM solver (once). */
export async function solveLp(input: TransportationInput): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  highs ??= (require('highs') as () => Promise<Highs>)();
  const result = (await highs).solve(transportationLp(input));
  if (result.Status !== 'Optimal') throw new Error(`highs: ${result.Status}`);
  return result.ObjectiveValue;
}
