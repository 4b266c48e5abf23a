/**
 * A flow network with whole-number capacities and a max-flow (Edmonds–Karp): what controlled
 * rounding (controlled-rounding.ts) and the group split's transport problems (group-split.ts)
 * are solved with. Lower bounds on edges are reduced to plain capacities by the caller.
 */

export interface Edge {
  to: number;
  capacity: number;
  /** Index of the reverse edge in `graph[to]`. */
  reverse: number;
}

export class FlowNetwork {
  readonly graph: Edge[][];
  constructor(size: number) {
    this.graph = Array.from({ length: size }, () => []);
  }

  add(from: number, to: number, capacity: number): Edge {
    const forward: Edge = { to, capacity, reverse: this.nodes(to).length };
    this.nodes(from).push(forward);
    this.nodes(to).push({ to: from, capacity: 0, reverse: this.nodes(from).length - 1 });
    return forward;
  }

  nodes(index: number): Edge[] {
    const edges = this.graph[index];
    if (!edges) throw new Error(`no node ${index}`);
    return edges;
  }

  /** Edmonds–Karp: shortest augmenting paths; the networks here have a few hundred edges. */
  maxFlow(source: number, sink: number): number {
    let total = 0;
    for (;;) {
      const via: ({ from: number; edge: Edge } | null)[] = this.graph.map(() => null);
      const queue = [source];
      const seen = new Set([source]);
      while (queue.length > 0 && !seen.has(sink)) {
        const node = queue.shift() as number;
        for (const edge of this.nodes(node)) {
          if (edge.capacity > 0 && !seen.has(edge.to)) {
            seen.add(edge.to);
            via[edge.to] = { from: node, edge };
            queue.push(edge.to);
          }
        }
      }
      if (!seen.has(sink)) return total;
      let push = Number.POSITIVE_INFINITY;
      for (let node = sink; node !== source; ) {
        const step = via[node] as { from: number; edge: Edge };
        push = Math.min(push, step.edge.capacity);
        node = step.from;
      }
      for (let node = sink; node !== source; ) {
        const step = via[node] as { from: number; edge: Edge };
        step.edge.capacity -= push;
        const back = this.nodes(step.edge.to)[step.edge.reverse] as Edge;
        back.capacity += push;
        node = step.from;
      }
      total += push;
    }
  }
}


/** An edge that must carry between `low` and `high`. */
export interface BoundedEdge {
  low: number;
  high: number;
  edge: Edge;
}

/**
 * A circulation with lower and upper bounds on its edges, solved by max-flow on the usual
 * reduction: each edge's lower bound is forced through a super source and sink, its room
 * (high − low) is the plain capacity. Feasible when the max-flow saturates what is forced.
 */
export class BoundedFlow {
  private readonly network: FlowNetwork;
  private readonly excess: number[];
  constructor(private readonly size: number) {
    this.network = new FlowNetwork(size + 2);
    this.excess = new Array<number>(size + 2).fill(0);
  }

  edge(from: number, to: number, low: number, high: number): BoundedEdge {
    this.excess[to] = (this.excess[to] ?? 0) + low;
    this.excess[from] = (this.excess[from] ?? 0) - low;
    return { low, high, edge: this.network.add(from, to, high - low) };
  }

  /** Whether a circulation within every edge's bounds exists; after it, `flow` reads it. */
  solve(): boolean {
    const superSource = this.size;
    const superSink = this.size + 1;
    let required = 0;
    this.excess.forEach((amount, node) => {
      if (amount > 0) {
        this.network.add(superSource, node, amount);
        required += amount;
      } else if (amount < 0) {
        this.network.add(node, superSink, -amount);
      }
    });
    return this.network.maxFlow(superSource, superSink) === required;
  }

  /** What flows through the edge: its lower bound plus the room it used. */
  flow(e: BoundedEdge): number {
    return e.high - e.edge.capacity;
  }
}

/**
 * A table x with whole numbers, 0 ≤ x[i][j] ≤ caps[i][j], every row summing to exactly
 * `rows[i]` and every column sum within `columns[j]` (low…high); null when there is none.
 * (source → row, exactly rows[i] → cell, up to caps → column, low…high → sink → source.)
 */
export function transport(rows: readonly number[], caps: readonly (readonly number[])[], columns: readonly { low: number; high: number }[]): number[][] | null {
  const source = 0;
  const sink = 1;
  const row = (i: number) => 2 + i;
  const column = (j: number) => 2 + rows.length + j;
  const flow = new BoundedFlow(2 + rows.length + columns.length);
  rows.forEach((n, i) => {
    flow.edge(source, row(i), n, n);
  });
  const cells = caps.map((line, i) => line.map((cap, j) => flow.edge(row(i), column(j), 0, cap)));
  columns.forEach(({ low, high }, j) => {
    flow.edge(column(j), sink, Math.max(0, low), Math.max(0, low, high));
  });
  const total = rows.reduce((a, b) => a + b, 0);
  flow.edge(sink, source, total, total);
  if (!flow.solve()) return null;
  return cells.map((line) => line.map((e) => flow.flow(e)));
}
