/**
 * Which forums a merge reads, checked: the target and every source must exist (not_found),
 * no source twice and the target not among its own sources (validation).
 */
import type { MergeForum } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { requireMergeForum } from './store';

export interface MergeForums {
  target: MergeForum;
  sources: MergeForum[];
  /** A forum's village for people whose record names none (target or source). */
  villageOf(forumId: string): string | null;
}

export function mergeForums(ctx: Context, intoForumId: string, sourceForumIds: readonly string[]): MergeForums {
  const target = requireMergeForum(ctx, intoForumId);
  const seen = new Set<string>();
  const sources = sourceForumIds.map((id, i) => {
    if (id === intoForumId) {
      throw new AppError('validation', 'merge.source_is_target', `sourceForumIds[${i}] is the target forum itself`, [
        { path: ['sourceForumIds', String(i)], message: 'the target forum cannot be its own source' },
      ]);
    }
    if (seen.has(id)) {
      throw new AppError('validation', 'merge.source_twice', `sourceForumIds[${i}] is given twice`, [
        { path: ['sourceForumIds', String(i)], message: 'given twice' },
      ]);
    }
    seen.add(id);
    return requireMergeForum(ctx, id);
  });
  const all = new Map([target, ...sources].map((f) => [f.forumId, f]));
  return { target, sources, villageOf: (id) => all.get(id)?.village ?? null };
}
