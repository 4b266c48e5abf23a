/**
 * Controlled rounding of a table divided by a whole number: given counts `table[i][j]` and
 * `parts`, find whole numbers x[i][j] such that every cell, every row sum, every column sum
 * and the grand total is table/parts rounded down or up. Such a rounding always exists for a
 * two-way table (Causey, Cox & Ernst 1985): the fractional table is a feasible circulation in
 * the network source → row → cell → column → sink → source with those floor/ceil bounds on
 * the edges, and a network with whole-number bounds that has a feasible flow has a whole one
 * (Hoffman). We find it with a max-flow on the usual lower-bound reduction.
 *
 * group-split.ts takes one group's share of what is left this way, group after group, which is
 * what makes every group's count of each cell, row and column differ by at most one.
 */

interface Edge {
  to: number;
  capacity: number;
  /** Index of the reverse edge in `graph[to]`. */
  reverse: number;
}

class FlowNetwork {
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

const bounds = (count: number, parts: number) => ({ low: Math.floor(count / parts), high: Math.ceil(count / parts) });

/** `table` holds whole non-negative counts, `parts` ≥ 1. */
export function controlledRounding(table: readonly (readonly number[])[], parts: number): number[][] {
  const rows = table.length;
  const columns = table[0]?.length ?? 0;
  const source = 0;
  const sink = 1;
  const row = (i: number) => 2 + i;
  const column = (j: number) => 2 + rows + j;
  const superSource = 2 + rows + columns;
  const superSink = superSource + 1;
  const network = new FlowNetwork(superSink + 1);
  const excess = new Array<number>(superSink + 1).fill(0);

  // An edge that must carry between low and high: low is forced through the super nodes.
  const bounded = (from: number, to: number, count: number) => {
    const { low, high } = bounds(count, parts);
    excess[to] = (excess[to] ?? 0) + low;
    excess[from] = (excess[from] ?? 0) - low;
    return { low, room: high - low, edge: network.add(from, to, high - low) };
  };

  const cells = table.map((line, i) => line.map((count, j) => bounded(row(i), column(j), count)));
  table.forEach((line, i) => {
    bounded(source, row(i), line.reduce((a, b) => a + b, 0));
  });
  for (let j = 0; j < columns; j++) bounded(column(j), sink, table.reduce((sum, line) => sum + (line[j] ?? 0), 0));
  bounded(
    sink,
    source,
    table.reduce((sum, line) => sum + line.reduce((a, b) => a + b, 0), 0),
  );

  let required = 0;
  excess.forEach((amount, node) => {
    if (amount > 0) {
      network.add(superSource, node, amount);
      required += amount;
    } else if (amount < 0) {
      network.add(node, superSink, -amount);
    }
  });
  if (network.maxFlow(superSource, superSink) !== required) {
    // Cannot happen for a two-way table (see the header); a bug if it does.
    throw new Error('controlled rounding found no feasible table');
  }
  // What flowed through a cell's edge on top of its lower bound is what used up its room.
  return cells.map((line) => line.map(({ low, room, edge }) => low + room - edge.capacity));
}
