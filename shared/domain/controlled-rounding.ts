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
import { BoundedFlow } from './flow-network';

const bounds = (count: number, parts: number) => ({ low: Math.floor(count / parts), high: Math.ceil(count / parts) });

/** `table` holds whole non-negative counts, `parts` ≥ 1. */
export function controlledRounding(table: readonly (readonly number[])[], parts: number): number[][] {
  const rows = table.length;
  const columns = table[0]?.length ?? 0;
  const source = 0;
  const sink = 1;
  const row = (i: number) => 2 + i;
  const column = (j: number) => 2 + rows + j;
  const flow = new BoundedFlow(2 + rows + columns);
  // An edge that must carry table/parts rounded down or up.
  const rounded = (from: number, to: number, count: number) => {
    const { low, high } = bounds(count, parts);
    return flow.edge(from, to, low, high);
  };
  const cells = table.map((line, i) => line.map((count, j) => rounded(row(i), column(j), count)));
  table.forEach((line, i) => {
    rounded(source, row(i), line.reduce((a, b) => a + b, 0));
  });
  for (let j = 0; j < columns; j++) rounded(column(j), sink, table.reduce((sum, line) => sum + (line[j] ?? 0), 0));
  rounded(
    sink,
    source,
    table.reduce((sum, line) => sum + line.reduce((a, b) => a + b, 0), 0),
  );
  if (!flow.solve()) {
    // Cannot happen for a two-way table (see the header); a bug if it does.
    throw new Error('controlled rounding found no feasible table');
  }
  return cells.map((line) => line.map((e) => flow.flow(e)));
}
