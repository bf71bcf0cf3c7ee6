import type { Highs, ModelData } from 'highs';
import type { ArcList } from './transportation';

/** The transportation problem of transportation.ts, with amounts as given (decimals allowed). */
export interface LpInput {
  supplies: ArrayLike<number>;
  capacities: ArrayLike<number>;
  arcs: ArcList | Array<{ need: number; offer: number; score: number }>;
}

/**
 * The same transportation problem as an LP for the `highs` solver — maximise Σ score·x over one
 * column per arc, one row per need (Σ x ≤ supply) and one per offer (Σ x ≤ capacity), x ≥ 0 —
 * used by the property tests and the benchmark to check that the flow solver reaches the LP
 * optimum. The model is passed as sparse columns (every column has two 1s), not as CPLEX LP
 * text: a district has over a million arcs, and the text of that LP is hundreds of megabytes
 * for highs to parse inside its 2 GB of WASM memory.
 */
export function transportationModel(input: LpInput, highs: Pick<Highs, 'constants' | 'infinity'>): ModelData {
  const { need, offer, score } = arcList(input.arcs);
  const n = input.supplies.length;
  const columns = need.length;
  const starts = new Int32Array(columns + 1);
  const indices = new Int32Array(2 * columns);
  for (let k = 0; k < columns; k++) {
    starts[k + 1] = 2 * (k + 1);
    indices[2 * k] = need[k];
    indices[2 * k + 1] = n + offer[k];
  }
  const rows = n + input.capacities.length;
  const rowUpper = new Float64Array(rows);
  rowUpper.set(Array.from(input.supplies));
  rowUpper.set(Array.from(input.capacities), n);
  return {
    numCols: columns,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(score),
    colLower: new Float64Array(columns),
    colUpper: new Float64Array(columns).fill(highs.infinity),
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper,
    matrix: {
      format: 'csc',
      numRows: rows,
      numCols: columns,
      starts,
      indices,
      values: new Float64Array(2 * columns).fill(1),
    },
  };
}

export interface LpSolution {
  objective: number;
  /** the simplex (or IPM) iterations highs reported */
  iterations: number;
  /** WASM linear memory after the solve, bytes */
  memoryBytes: number;
}

let runtime: Promise<Highs> | null = null;

/** Solves the LP with highs (its WASM runtime is loaded once); throws unless highs proves an optimum. */
export async function solveLp(input: LpInput): Promise<number> {
  return (await solveLpDetailed(input)).objective;
}

export async function solveLpDetailed(input: LpInput): Promise<LpSolution> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  runtime ??= (require('highs') as () => Promise<Highs>)();
  const highs = await runtime;
  if (arcList(input.arcs).need.length === 0) return { objective: 0, iterations: 0, memoryBytes: highs.memoryBytes };
  return highs.withModel(transportationModel(input, highs), (model) => {
    model.options.set({ output_flag: false });
    model.run();
    const status = model.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal) throw new Error(`highs: model status ${status}`);
    return {
      objective: model.getObjectiveValue(),
      iterations: Number(model.info.get('simplex_iteration_count')),
      memoryBytes: highs.memoryBytes,
    };
  });
}

function arcList(arcs: LpInput['arcs']): ArcList {
  if (!Array.isArray(arcs)) return arcs as ArcList;
  return { need: arcs.map((a) => a.need), offer: arcs.map((a) => a.offer), score: arcs.map((a) => a.score) };
}
