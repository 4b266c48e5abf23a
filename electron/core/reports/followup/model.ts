/**
 * The follow-up part of a forum's minutes: the plan's projects from the earlier forums with their
 * status as of the forum's day (updates reported later are left out, so the minutes say what the
 * room heard), and the lessons recorded in the forum.
 */
import type { MinutesModel } from '../../../../shared/contract';
import type { Context } from '../../context';
import { listLessons } from '../../followup/lessons';
import { buildFollowUpView } from '../../followup/view';

export function followUpMinutes(ctx: Context, forumId: string, forumDate: string): MinutesModel['followUp'] {
  const link = ctx.sql('SELECT agenda_item_id FROM follow_up WHERE forum_id = ?').get(forumId) as { agenda_item_id: string | null } | undefined;
  const lessons = listLessons(ctx, forumId);
  if (link === undefined && lessons.length === 0) return null;
  const view = buildFollowUpView(ctx, forumId, { asOf: forumDate, today: forumDate });
  return { agendaItemId: link?.agenda_item_id ?? null, view: { ...view, projects: view.projects.filter((p) => p.forumId !== forumId) }, lessons };
}
