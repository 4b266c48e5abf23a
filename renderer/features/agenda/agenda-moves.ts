/**
 * Where keyboard and drag moves put an item, as `agenda.move` arguments. The server owns the
 * rules (one level of nesting, no item with sub-items under another): these only propose a
 * place, and a refusal comes back as the server's message.
 */
import type { AgendaItem } from '../../api/queries/agenda';

export interface MoveTarget {
  id: string;
  parentId: string | null;
  index: number;
}

const siblings = (items: readonly AgendaItem[], item: AgendaItem) => items.filter((i) => i.parentId === item.parentId);

/** Tab: under the sibling just above, as its last sub-item. */
export function indentTarget(items: readonly AgendaItem[], item: AgendaItem): MoveTarget | null {
  const above = siblings(items, item).find((s) => s.position === item.position - 1);
  if (!above) return null;
  return { id: item.id, parentId: above.id, index: items.filter((i) => i.parentId === above.id).length };
}

/** Shift+Tab: out of its parent, to the top level right after the parent's section. */
export function outdentTarget(items: readonly AgendaItem[], item: AgendaItem): MoveTarget | null {
  const parent = items.find((i) => i.id === item.parentId);
  if (!parent) return null;
  return { id: item.id, parentId: null, index: parent.position + 1 };
}

/** Alt+↑ / Alt+↓: one place up or down among its siblings (a section moves with its sub-items). */
export function shiftTarget(items: readonly AgendaItem[], item: AgendaItem, delta: -1 | 1): MoveTarget | null {
  const index = item.position + delta;
  if (index < 0 || index >= siblings(items, item).length) return null;
  return { id: item.id, parentId: item.parentId, index };
}

/** Drop on another row: take that row's place under that row's parent. */
export function dropTarget(dragged: AgendaItem, onto: AgendaItem): MoveTarget | null {
  if (dragged.id === onto.id) return null;
  return { id: dragged.id, parentId: onto.parentId, index: onto.position };
}
