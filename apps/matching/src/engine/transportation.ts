/**
 * The transportation problem of a matching run (DESIGN §5): maximise Σ score·x(need, offer)
 * subject to Σ_offers x ≤ need remaining, Σ_needs x ≤ offer remaining, x ≥ 0, over eligible
 * pairs. Solved exactly by a primal network simplex (Kelly–O'Neill / LEMON style: a spanning-tree
 * basis, block-search pricing, strongly feasible trees against cycling) on the network
 *
 *   need i ──(−score)──▶ offer j        one arc per eligible pair, uncapacitated
 *   need i ──(0)──▶ slack               supply left unassigned
 *   slack  ──(0)──▶ offer j             capacity left unused
 *
 * with supply `supplies[i]` at need i and demand `capacities[j]` at offer j; the slack node is the
 * root of the basis. A minimum-cost flow of it is a maximum-score assignment.
 *
 * Exact: amounts are integers (callers scale decimals) and scores are taken at a resolution of
 * 1e-6 (what scoring.ts rounds to), as integer costs, so every reduced cost and potential is an
 * exact integer in a double — no tolerance decides optimality and the optimum is integral.
 *
 * Deterministic: arcs are priced in the order given (callers sort needs and offers by id and list
 * arcs by need, then offer), a pivot takes the most negative reduced cost of its block and the first
 * such arc on ties, and the leaving arc is the last blocking arc of the cycle (Cunningham's rule);
 * so the assignment is a function of the id-sorted input alone — the same input gives the same
 * assignment, including which of several equally good optima is returned.
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
  /** how many basis changes the simplex made (for the benchmark) */
  pivots: number;
}

/** Scores are compared at this resolution, as integers. */
export const SCORE_RESOLUTION = 1e6;

export function solveTransportation(input: TransportationInput): TransportationResult {
  const { arcs } = input;
  const { flows, objective, pivots } = solveTransportationArcs(input.supplies, input.capacities, {
    need: arcs.map((a) => a.need),
    offer: arcs.map((a) => a.offer),
    score: arcs.map((a) => a.score),
  });
  return { flows: Array.from(flows), objective, pivots };
}

/** Arcs as parallel arrays: arc k goes from need `need[k]` to offer `offer[k]` with `score[k]`. */
export interface ArcList {
  need: ArrayLike<number>;
  offer: ArrayLike<number>;
  score: ArrayLike<number>;
}

/** The same solver for callers that build millions of arcs (a district run): no object per arc. */
export function solveTransportationArcs(
  supplies: ArrayLike<number>,
  capacities: ArrayLike<number>,
  arcs: ArcList,
): { flows: Float64Array; objective: number; pivots: number } {
  validate(supplies, capacities, arcs);
  const network = buildNetwork(supplies, capacities, arcs);
  const pivots = new NetworkSimplex(network).run();
  const flows = new Float64Array(arcs.need.length);
  let objective = 0;
  for (let e = 0; e < network.pairArcs; e++) {
    const k = network.arcOf[e];
    flows[k] = network.flow[e];
    objective += flows[k] * arcs.score[k];
  }
  return { flows, objective, pivots };
}

function validate(supplies: ArrayLike<number>, capacities: ArrayLike<number>, arcs: ArcList): void {
  const amounts = (xs: ArrayLike<number>) =>
    Array.prototype.every.call(xs, (x: number) => Number.isSafeInteger(x) && x >= 0);
  if (!amounts(supplies) || !amounts(capacities))
    throw new RangeError('transportation: supplies and capacities must be non-negative integers');
  if (arcs.offer.length !== arcs.need.length || arcs.score.length !== arcs.need.length)
    throw new RangeError('transportation: arc lists of different lengths');
  for (let k = 0; k < arcs.need.length; k++) {
    const need = arcs.need[k];
    const offer = arcs.offer[k];
    if (!(Number.isInteger(need) && need >= 0 && need < supplies.length))
      throw new RangeError(`transportation: arc ${k} from a need outside the instance`);
    if (!(Number.isInteger(offer) && offer >= 0 && offer < capacities.length))
      throw new RangeError(`transportation: arc ${k} to an offer outside the instance`);
    if (!Number.isFinite(arcs.score[k])) throw new RangeError('transportation: scores must be finite');
  }
}

/** Arc e < pairArcs is a pair; then one slack arc per need (need → root), one per offer (root → offer). */
interface Network {
  nodes: number;
  root: number;
  pairArcs: number;
  arcOf: Int32Array; // pair arc → index in the caller's `arcs`
  source: Int32Array;
  target: Int32Array;
  cost: Float64Array;
  flow: Float64Array;
  supply: Float64Array; // per node: + supply at needs, − capacity at offers
}

function buildNetwork(supplies: ArrayLike<number>, capacities: ArrayLike<number>, arcs: ArcList): Network {
  const n = supplies.length;
  const m = capacities.length;
  const root = n + m;
  // a pair that cannot carry anything (no supply, no capacity) or gains nothing (score ≤ 0) is left
  // out: some optimum never uses it, and leaving it out keeps the initial basis strongly feasible
  const count = arcs.need.length;
  const keep = (k: number, cost: number) => cost > 0 && supplies[arcs.need[k]] !== 0 && capacities[arcs.offer[k]] !== 0;
  let pairArcs = 0;
  let maxCost = 0;
  for (let k = 0; k < count; k++) {
    const cost = Math.round(arcs.score[k] * SCORE_RESOLUTION);
    if (!keep(k, cost)) continue;
    pairArcs += 1;
    if (cost > maxCost) maxCost = cost;
  }
  if (maxCost * (n + m + 1) > Number.MAX_SAFE_INTEGER / 4)
    throw new RangeError('transportation: scores too large for exact integer potentials');
  const total = pairArcs + n + m;
  const network: Network = {
    nodes: n + m + 1,
    root,
    pairArcs,
    arcOf: new Int32Array(pairArcs),
    source: new Int32Array(total),
    target: new Int32Array(total),
    cost: new Float64Array(total),
    flow: new Float64Array(total),
    supply: new Float64Array(n + m + 1),
  };
  for (let k = 0, e = 0; k < count; k++) {
    const cost = Math.round(arcs.score[k] * SCORE_RESOLUTION);
    if (!keep(k, cost)) continue;
    network.arcOf[e] = k;
    network.source[e] = arcs.need[k];
    network.target[e] = n + arcs.offer[k];
    network.cost[e++] = -cost;
  }
  for (let i = 0; i < n; i++) {
    network.source[pairArcs + i] = i;
    network.target[pairArcs + i] = root;
    network.supply[i] = supplies[i];
  }
  for (let j = 0; j < m; j++) {
    network.source[pairArcs + n + j] = root;
    network.target[pairArcs + n + j] = n + j;
    network.supply[n + j] = -capacities[j];
  }
  return network;
}

/**
 * The basis is a spanning tree rooted at the slack node, kept as parent pointers (with the tree arc
 * to the parent and its direction), depths, and child lists (first child, siblings) so that a
 * subtree can be walked to shift its potentials when it is re-hung.
 */
class NetworkSimplex {
  private readonly parent: Int32Array;
  private readonly pred: Int32Array;
  /** 1 when the tree arc to the parent points up (node → parent) */
  private readonly up: Uint8Array;
  private readonly depth: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly prevSibling: Int32Array;
  private readonly potential: Float64Array;
  private readonly blockSize: number;
  private nextArc = 0;

  constructor(private readonly net: Network) {
    const size = net.nodes;
    this.parent = new Int32Array(size).fill(-1);
    this.pred = new Int32Array(size).fill(-1);
    this.up = new Uint8Array(size);
    this.depth = new Int32Array(size);
    this.firstChild = new Int32Array(size).fill(-1);
    this.nextSibling = new Int32Array(size).fill(-1);
    this.prevSibling = new Int32Array(size).fill(-1);
    this.potential = new Float64Array(size);
    this.blockSize = Math.max(10, Math.floor(Math.sqrt(net.source.length)));
    this.initialBasis();
  }

  /**
   * Every need ships its supply to the slack node and the slack node fills every offer: all
   * potentials 0. Tree arcs with zero flow point up (a need without supply), or hang a node no
   * pair touches (an offer without capacity), so the basis is strongly feasible.
   */
  private initialBasis(): void {
    const { root, pairArcs, supply, flow, source } = this.net;
    for (let v = root - 1; v >= 0; v--) {
      const arc = pairArcs + v;
      this.parent[v] = root;
      this.pred[v] = arc;
      this.up[v] = source[arc] === v ? 1 : 0;
      this.depth[v] = 1;
      flow[arc] = Math.abs(supply[v]);
      this.addChild(root, v);
    }
  }

  /** Pivots until no arc has a negative reduced cost; returns the number of pivots. */
  run(): number {
    let pivots = 0;
    for (let entering = this.findEnteringArc(); entering >= 0; entering = this.findEnteringArc()) {
      this.pivot(entering);
      pivots++;
    }
    return pivots;
  }

  /** Block search: scan blocks of ≈√arcs arcs round-robin, take the best of the first block with a candidate. */
  private findEnteringArc(): number {
    const { source, target, cost } = this.net;
    const pi = this.potential;
    const count = source.length;
    let best = 0;
    let entering = -1;
    let left = this.blockSize;
    let e = this.nextArc;
    // the arcs from `nextArc` round to it again, in blocks of `blockSize` that run on past the end
    for (let unscanned = count; unscanned > 0;) {
      const end = e + Math.min(left, unscanned, count - e);
      unscanned -= end - e;
      left -= end - e;
      for (; e < end; e++) {
        const reduced = cost[e] + pi[source[e]] - pi[target[e]];
        if (reduced < best) {
          best = reduced;
          entering = e;
        }
      }
      if (e === count) e = 0;
      if (left === 0) {
        if (entering >= 0) {
          this.nextArc = e;
          return entering;
        }
        left = this.blockSize;
      }
    }
    return entering;
  }

  private pivot(entering: number): void {
    const { source, target, flow, cost } = this.net;
    const { parent, pred, up } = this;
    const from = source[entering];
    const to = target[entering];
    const join = this.joinNode(from, to);
    // Flow goes round the cycle from → to → … → join → … → from. Going up from `to`, an arc
    // pointing up gains flow and one pointing down loses it; going up from `from`, the reverse.
    // The leaving arc is the last blocking arc met from the join (ties: the `to` side, nearest
    // the join), which keeps the tree strongly feasible.
    let delta = Infinity;
    let leaving = -1;
    let onFromSide = false;
    for (let v = from; v !== join; v = parent[v]) {
      if (up[v] === 1 && flow[pred[v]] < delta) {
        delta = flow[pred[v]];
        leaving = v;
        onFromSide = true;
      }
    }
    for (let v = to; v !== join; v = parent[v]) {
      if (up[v] === 0 && flow[pred[v]] <= delta) {
        delta = flow[pred[v]];
        leaving = v;
        onFromSide = false;
      }
    }
    // every cycle has a backward arc: no directed cycle exists (nothing flows into a need)
    if (leaving < 0) throw new Error('transportation: unbounded cycle');
    if (delta > 0) {
      flow[entering] += delta;
      for (let v = from; v !== join; v = parent[v]) flow[pred[v]] += up[v] === 1 ? -delta : delta;
      for (let v = to; v !== join; v = parent[v]) flow[pred[v]] += up[v] === 1 ? delta : -delta;
    }
    const moved = onFromSide ? from : to;
    const anchor = onFromSide ? to : from;
    this.rehang(moved, anchor, entering, leaving);
    // shift the moved subtree so that the entering arc's reduced cost becomes 0
    const pi = this.potential;
    const sigma = onFromSide ? pi[to] - cost[entering] - pi[from] : pi[from] + cost[entering] - pi[to];
    this.shiftSubtree(moved, sigma);
  }

  private joinNode(a: number, b: number): number {
    const { parent, depth } = this;
    while (depth[a] > depth[b]) a = parent[a];
    while (depth[b] > depth[a]) b = parent[b];
    while (a !== b) {
      a = parent[a];
      b = parent[b];
    }
    return a;
  }

  /**
   * Drops the tree arc above `leaving` and hangs the subtree it cut off from `anchor` by the
   * entering arc: the path from `moved` up to `leaving` (the stem) reverses its parent links.
   */
  private rehang(moved: number, anchor: number, entering: number, leaving: number): void {
    const { parent, pred, up } = this;
    let child = moved;
    let newParent = anchor;
    let newPred = entering;
    let newUp = this.net.source[entering] === moved ? 1 : 0;
    for (;;) {
      const oldParent = parent[child];
      const oldPred = pred[child];
      const oldUp = up[child];
      this.removeChild(oldParent, child);
      this.addChild(newParent, child);
      parent[child] = newParent;
      pred[child] = newPred;
      up[child] = newUp;
      if (child === leaving) return;
      newParent = child;
      newPred = oldPred;
      newUp = oldUp ^ 1;
      child = oldParent;
    }
  }

  /** Adds `sigma` to the potentials of the subtree of `top` and recomputes its depths (pre-order walk). */
  private shiftSubtree(top: number, sigma: number): void {
    const { parent, depth, firstChild, nextSibling } = this;
    const pi = this.potential;
    let v = top;
    for (;;) {
      pi[v] += sigma;
      depth[v] = depth[parent[v]] + 1;
      if (firstChild[v] >= 0) {
        v = firstChild[v];
        continue;
      }
      while (v !== top && nextSibling[v] < 0) v = parent[v];
      if (v === top) return;
      v = nextSibling[v];
    }
  }

  private addChild(p: number, v: number): void {
    const first = this.firstChild[p];
    this.nextSibling[v] = first;
    this.prevSibling[v] = -1;
    if (first >= 0) this.prevSibling[first] = v;
    this.firstChild[p] = v;
  }

  private removeChild(p: number, v: number): void {
    const prev = this.prevSibling[v];
    const next = this.nextSibling[v];
    if (prev >= 0) this.nextSibling[prev] = next;
    else this.firstChild[p] = next;
    if (next >= 0) this.prevSibling[next] = prev;
  }
}
