/**
 * The transportation problem of a matching run (DESIGN §5): maximise Σ score·x(need, offer)
 * subject to Σ_offers x ≤ need remaining, Σ_needs x ≤ offer remaining, x ≥ 0, over eligible
 * pairs. Solved exactly as a min-cost flow (source → need → offer → sink, cost = −score) by
 * successive shortest paths with Johnson potentials (Dijkstra), stopping when no path has a
 * positive profit. Amounts are integers (callers scale decimals), so the optimum is integral.
 *
 * Deterministic: nodes and arcs are visited in the order given (callers sort by id), and Dijkstra
 * breaks distance ties by node index — the same input gives the same assignment.
 */
export interface TransportationInput {
  supplies: number[]; // per need: remaining amount (integer)
  capacities: number[]; // per offer: remaining amount (integer)
  arcs: Array<{ need: number; offer: number; score: number }>;
}

export interface TransportationResult {
  /** flow per arc, same order as `arcs` */
  flows: number[];
  objective: number;
}

const EPS = 1e-12;

interface Edge {
  to: number;
  cap: number;
  cost: number;
  rev: number;
}

export function solveTransportation({ supplies, capacities, arcs }: TransportationInput): TransportationResult {
  const n = supplies.length;
  const m = capacities.length;
  const source = n + m;
  const sink = source + 1;
  const graph: Edge[][] = Array.from({ length: n + m + 2 }, () => []);
  const addEdge = (from: number, to: number, cap: number, cost: number): number => {
    graph[from].push({ to, cap, cost, rev: graph[to].length });
    graph[to].push({ to: from, cap: 0, cost: -cost, rev: graph[from].length - 1 });
    return graph[from].length - 1;
  };
  for (let i = 0; i < n; i++) if (supplies[i] > 0) addEdge(source, i, supplies[i], 0);
  const arcIndex = arcs.map((arc) => addEdge(arc.need, n + arc.offer, Infinity, -arc.score));
  for (let j = 0; j < m; j++) if (capacities[j] > 0) addEdge(n + j, sink, capacities[j], 0);

  // initial potentials: the graph is a DAG (source → needs → offers → sink) with negative arc
  // costs only between needs and offers, so shortest distances come from one pass in that order
  const potential = new Array<number>(n + m + 2).fill(0);
  for (const arc of arcs) potential[n + arc.offer] = Math.min(potential[n + arc.offer], -arc.score);
  potential[sink] = Math.min(0, ...potential.slice(n, n + m));

  const dist = new Array<number>(n + m + 2);
  const prevNode = new Array<number>(n + m + 2);
  const prevEdge = new Array<number>(n + m + 2);
  for (;;) {
    dijkstra(graph, source, potential, dist, prevNode, prevEdge);
    if (dist[sink] === Infinity) break;
    // p' = p + min(dist, dist[sink]) keeps every residual reduced cost ≥ 0, reachable or not
    for (let v = 0; v < graph.length; v++) potential[v] += Math.min(dist[v], dist[sink]);
    const pathCost = potential[sink] - potential[source];
    if (pathCost >= -EPS) break; // no augmenting path with positive profit remains
    let push = Infinity;
    for (let v = sink; v !== source; v = prevNode[v]) push = Math.min(push, graph[prevNode[v]][prevEdge[v]].cap);
    for (let v = sink; v !== source; v = prevNode[v]) {
      const edge = graph[prevNode[v]][prevEdge[v]];
      edge.cap -= push;
      graph[v][edge.rev].cap += push;
    }
  }
  const flows = arcs.map((arc, k) => {
    const edge = graph[arc.need][arcIndex[k]];
    return graph[edge.to][edge.rev].cap; // flow = capacity of the reverse edge
  });
  return { flows, objective: flows.reduce((sum, f, k) => sum + f * arcs[k].score, 0) };
}

/** Dijkstra on reduced costs with a binary heap; ties by node index for determinism. */
function dijkstra(
  graph: Edge[][],
  source: number,
  potential: number[],
  dist: number[],
  prevNode: number[],
  prevEdge: number[],
): void {
  dist.fill(Infinity);
  dist[source] = 0;
  const heap = new MinHeap();
  heap.push(0, source);
  while (heap.size > 0) {
    const [d, u] = heap.pop();
    if (d > dist[u] + EPS) continue;
    const edges = graph[u];
    for (let k = 0; k < edges.length; k++) {
      const e = edges[k];
      if (e.cap <= 0) continue;
      const reduced = e.cost + potential[u] - potential[e.to];
      const nd = d + Math.max(0, reduced); // reduced costs are ≥ 0 up to rounding
      if (nd < dist[e.to] - EPS) {
        dist[e.to] = nd;
        prevNode[e.to] = u;
        prevEdge[e.to] = k;
        heap.push(nd, e.to);
      }
    }
  }
}

class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    this.keys.push(key);
    this.values.push(value);
    let i = this.keys.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number] {
    const top: [number, number] = [this.keys[0], this.values[0]];
    const lastKey = this.keys.pop()!;
    const lastValue = this.values.pop()!;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.values[0] = lastValue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < this.keys.length && this.less(l, smallest)) smallest = l;
        if (r < this.keys.length && this.less(r, smallest)) smallest = r;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    return (
      this.keys[a] < this.keys[b] - EPS ||
      (Math.abs(this.keys[a] - this.keys[b]) <= EPS && this.values[a] < this.values[b])
    );
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]];
    [this.values[a], this.values[b]] = [this.values[b], this.values[a]];
  }
}
