/** Where a keyboard or drag move puts an issue in the priority list: the new order of issue ids. */

/** One place up (-1) or down (+1); null at either end. */
export function shiftOrder(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  return moveTo(ids, from, to);
}

/** Dropped on another row: takes that row's place, the rows between shift by one. */
export function dropOrder(ids: readonly string[], dragged: string, onto: string): string[] | null {
  const from = ids.indexOf(dragged);
  const to = ids.indexOf(onto);
  if (from < 0 || to < 0 || from === to) return null;
  return moveTo(ids, from, to);
}

function moveTo(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as string);
  return next;
}
