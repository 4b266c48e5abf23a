/**
 * Merging two issues the room says are the same, and splitting one that turned out to be
 * several. Both keep history: a merged issue keeps its row (`merged_into`), split parts name
 * their origin (`split_from`). Run inside `ctx.write`.
 */
import type { ParsedInput } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { appendDetails, detailsOf } from './details';
import { requireInForum } from '../guard';
import { checkLinks } from './links';
import { type IssueFieldPatch, activeIssueIds, moveLiveReferences, renumber, updateIssueFields } from './store';
import { createIssue, patchIssue, requireActiveIssue } from './write-issue';

export function mergeIssues(ctx: Context, survivorId: string, mergedId: string): void {
  if (survivorId === mergedId) throw new AppError('validation', 'issue.merge_same', 'An issue cannot be merged into itself');
  const survivor = requireActiveIssue(ctx, survivorId);
  const merged = requireActiveIssue(ctx, mergedId);
  // The survivor's forum is the one written to: an issue of another forum cannot be merged into it.
  requireInForum(ctx, survivor.forum_id, 'issue', merged.id);

  const details = detailsOf(ctx, { issueId: mergedId })(mergedId);
  appendDetails(ctx, survivorId, 'cause', details.cause.map((d) => d.text));
  appendDetails(ctx, survivorId, 'potential', details.potential.map((d) => d.text));
  appendDetails(ctx, survivorId, 'need', details.need.map((d) => d.text));

  // What the survivor left empty it takes from the merged issue; nothing of the survivor is overwritten.
  const fill: IssueFieldPatch = {};
  if (survivor.description === null && merged.description !== null) fill.description = merged.description;
  if (survivor.category === null && merged.category !== null) fill.category = merged.category;
  if (survivor.raised_by_person_id === null && merged.raised_by_person_id !== null) fill.raisedByPersonId = merged.raised_by_person_id;
  if (survivor.group_id === null && merged.group_id !== null) fill.groupId = merged.group_id;
  if (survivor.agenda_item_id === null && merged.agenda_item_id !== null) fill.agendaItemId = merged.agenda_item_id;
  const at = ctx.now();
  updateIssueFields(ctx, survivorId, fill, at);

  ctx.sql('UPDATE issue SET merged_into = ?, updated_at = ? WHERE id = ?').run(survivorId, at, mergedId);
  moveLiveReferences(ctx, mergedId, survivorId);
  renumber(ctx, activeIssueIds(ctx, survivor.forum_id));
}

type SplitInput = ParsedInput<'issues.split'>;

/**
 * The original stays on the list (with `original` applied to it) and the parts follow it, in
 * the order given. Keeping the original means nothing that refers to it breaks; a facilitator
 * who wants it gone deletes it afterwards. Returns the new ids.
 */
export function splitIssue(ctx: Context, { id, parts, original }: SplitInput): string[] {
  const source = requireActiveIssue(ctx, id);
  if (original) patchIssue(ctx, source, original);
  const base = requireActiveIssue(ctx, id);

  const created = parts.map((part) => {
    const category = part.category === undefined ? base.category : part.category;
    checkLinks(ctx, base.forum_id, { category });
    return createIssue(ctx, {
      forumId: base.forum_id,
      title: part.title,
      description: part.description,
      category,
      causes: part.causes,
      potentials: part.potentials,
      needs: part.needs,
      raisedByPersonId: base.raised_by_person_id,
      groupId: base.group_id,
      agendaItemId: base.agenda_item_id,
      splitFrom: base.id,
      position: Number.MAX_SAFE_INTEGER, // placed by the renumbering below
    });
  });

  const order = activeIssueIds(ctx, base.forum_id).filter((x) => !created.includes(x));
  order.splice(order.indexOf(base.id) + 1, 0, ...created);
  renumber(ctx, order);
  return created;
}
