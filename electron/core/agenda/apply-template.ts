/** Filling a forum's agenda from a template, optionally replacing an agenda nothing refers to yet. */
import type { ChangeEvent } from '../../../shared/contract';
import { type AgendaLanguage, type AgendaTemplateChild, type AgendaTemplateId, findAgendaTemplate } from '../../../shared/domain/agenda-templates';
import type { Context } from '../context';
import { AppError } from '../errors';
import { countReferences, forgetInDrafts } from './references';
import { insertRow, rowsOf, setCurrentItemId } from './store';

export function applyTemplate(
  ctx: Context,
  input: { forumId: string; template: AgendaTemplateId; lang: AgendaLanguage; replace: boolean },
  emit: (event: ChangeEvent) => void,
): void {
  const { forumId, lang } = input;
  const existing = rowsOf(ctx, forumId);
  if (existing.length > 0) {
    if (!input.replace) {
      throw new AppError('conflict', 'agenda.not_empty', 'This forum already has an agenda: replace it, or add items one by one', {
        itemCount: existing.length,
      });
    }
    // Replacing would detach what was recorded under the old items; that is a job for delete, one item at a time, with undo.
    const references = countReferences(
      ctx,
      existing.map((r) => r.id),
    );
    if (Object.keys(references).length > 0) {
      throw new AppError('conflict', 'agenda.referenced', 'Notes or issues already refer to this agenda, so it cannot be replaced', {
        references,
      });
    }
    setCurrentItemId(ctx, forumId, null);
    for (const row of existing) forgetInDrafts(ctx, row.id);
    ctx.sql('DELETE FROM agenda_item WHERE forum_id = ?').run(forumId);
    for (const row of existing) emit({ entity: 'agenda_item', id: row.id, forumId });
  }

  const at = ctx.now();
  const add = (parentId: string | null, position: number, item: AgendaTemplateChild) => {
    const id = ctx.newId();
    insertRow(ctx, {
      id,
      forumId,
      parentId,
      position,
      title: item.title[lang],
      description: item.description?.[lang] ?? null,
      plannedMinutes: item.plannedMinutes,
      createdAt: at,
    });
    emit({ entity: 'agenda_item', id, forumId });
    return id;
  };
  for (const [i, item] of findAgendaTemplate(input.template).items.entries()) {
    const id = add(null, i, item);
    for (const [j, child] of item.children.entries()) add(id, j, child);
  }
}
