import type { Context } from '../context';

/**
 * Whether a forum exists and is not in the trash: the rows of a trashed forum (its agreements,
 * lessons) are not found either. Writes into a forum check it with the guard's requireForum.
 */
export function forumLive(ctx: Context, id: string): boolean {
  return ctx.sql('SELECT 1 FROM forum WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined;
}
