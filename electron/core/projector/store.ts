/** The projector view, kept as JSON on the forum row (`forum.projector`). */
import { ProjectorView } from '../../../shared/contract';
import type { Context } from '../context';

const WELCOME: ProjectorView = ProjectorView.parse({ mode: 'welcome' });

/** The stored view, or undefined when the forum is not there (or in the trash). */
export function readView(ctx: Context, forumId: string): ProjectorView | undefined {
  const stored = ctx.sql('SELECT projector FROM forum WHERE id = ? AND deleted_at IS NULL').pluck().get(forumId) as string | undefined;
  if (stored === undefined) return undefined;
  // A database written by a newer version may hold a mode this one does not know: show the
  // welcome screen rather than nothing, and leave the stored value for that version.
  try {
    const parsed = ProjectorView.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : WELCOME;
  } catch {
    return WELCOME;
  }
}

export function writeView(ctx: Context, forumId: string, view: ProjectorView): void {
  ctx.sql('UPDATE forum SET projector = ? WHERE id = ?').run(JSON.stringify(view), forumId);
}
