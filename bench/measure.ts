export interface Figure {
  /** median events (or operations) per second */
  rate: number;
  unit: string;
  /** median wall time of one run of the whole workload */
  millis: number;
  runs: number[];
}

export interface Comparison {
  name: string;
  gongjian: Figure;
  baseline: Figure & { what: string };
  /** gongjian rate / baseline rate, from the medians */
  ratio: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `work` (which does `count` units) `repeat` times; returns the median rate per second. */
export async function rate(
  repeat: number,
  count: number,
  unit: string,
  work: (run: number) => Promise<void> | void,
): Promise<Figure> {
  const runs: number[] = [];
  const millis: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    await work(i);
    const elapsed = performance.now() - started;
    millis.push(Math.round(elapsed));
    runs.push(Math.round(count / (elapsed / 1000)));
  }
  return { rate: median(runs), unit, millis: median(millis), runs };
}

export function compare(name: string, gongjian: Figure, baseline: Figure, what: string): Comparison {
  return { name, gongjian, baseline: { ...baseline, what }, ratio: Number((gongjian.rate / baseline.rate).toFixed(3)) };
}
