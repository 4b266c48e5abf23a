/**
 * Lessons learned (บทเรียน), recorded in a forum about one of its plan's projects or the plan as a
 * whole. Handlers for the lessons.* operations; each change emits `{ entity: 'lesson', id, forumId }`.
 */
import type { Lesson } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { forumLive } from './forum-live';
import type { HandlersFor } from '../handlers';
import { findProjectRow } from '../projects/store';
import { planChain } from './store';

interface LessonRow {
  id: string;
  forum_id: string;
  project_id: string | null;
  project_title: string | null;
  kind: Lesson['kind'];
  text: string;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const SELECT = 'SELECT l.*, pr.title AS project_title FROM lesson l LEFT JOIN project pr ON pr.id = l.project_id';

const toLesson = (r: LessonRow): Lesson => ({
  id: r.id,
  forumId: r.forum_id,
  projectId: r.project_id,
  projectTitle: r.project_title,
  kind: r.kind,
  text: r.text,
  position: r.position,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listLessons(ctx: Context, forumId: string): Lesson[] {
  return (ctx.sql(`${SELECT} WHERE l.forum_id = ? AND l.deleted_at IS NULL ORDER BY l.position, l.created_at`).all(forumId) as LessonRow[]).map(toLesson);
}

const lessonRow = (ctx: Context, id: string) => (ctx.sql(`${SELECT} WHERE l.id = ?`).get(id) as LessonRow | undefined) ?? null;

export function lessonsService(ctx: Context): HandlersFor<'lessons'> {
  const active = (id: string) => {
    const row = lessonRow(ctx, id);
    if (!row || row.deleted_at !== null || !forumLive(ctx, row.forum_id)) throw notFound('lesson', id);
    return row;
  };
  /** A lesson's project is one of the plan the forum follows: its own or an earlier forum's. */
  const checkProject = (forumId: string, projectId: string | null) => {
    if (projectId === null) return;
    const project = findProjectRow(ctx, projectId);
    if (!project || project.deleted_at !== null) throw notFound('project', projectId);
    if (!planChain(ctx, forumId).forums.some((f) => f.forumId === project.forum_id)) {
      throw new AppError('validation', 'lesson.project_other_plan', 'the project is not of this forum or a forum it follows up', [
        { path: ['projectId'], message: 'not in the plan this forum follows' },
      ]);
    }
  };

  return {
    'lessons.list': ({ forumId }) => {
      if (!forumLive(ctx, forumId)) throw notFound('forum', forumId);
      return listLessons(ctx, forumId);
    },

    'lessons.create': ({ forumId, projectId, kind, text }) =>
      ctx.write('lessons.create', (emit) => {
        if (!forumLive(ctx, forumId)) throw notFound('forum', forumId);
        checkProject(forumId, projectId);
        const id = ctx.newId();
        const at = ctx.now();
        const position = ctx.sql('SELECT count(*) FROM lesson WHERE forum_id = ?').pluck().get(forumId) as number;
        ctx
          .sql('INSERT INTO lesson (id, forum_id, project_id, kind, text, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(id, forumId, projectId, kind, text, position, at, at);
        emit({ entity: 'lesson', id, forumId });
        return toLesson(active(id));
      }),

    'lessons.update': ({ id, patch }) =>
      ctx.write('lessons.update', (emit) => {
        const row = active(id);
        if (patch.projectId !== undefined) checkProject(row.forum_id, patch.projectId);
        ctx
          .sql('UPDATE lesson SET kind = ?, text = ?, project_id = ?, updated_at = ? WHERE id = ?')
          .run(patch.kind ?? row.kind, patch.text ?? row.text, patch.projectId === undefined ? row.project_id : patch.projectId, ctx.now(), id);
        emit({ entity: 'lesson', id, forumId: row.forum_id });
        return toLesson(active(id));
      }),

    'lessons.delete': ({ id }) =>
      ctx.write('lessons.delete', (emit) => {
        const row = active(id);
        ctx.sql('UPDATE lesson SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
        emit({ entity: 'lesson', id, forumId: row.forum_id });
        return { ok: true as const };
      }),

    'lessons.restore': ({ id }) =>
      ctx.write('lessons.restore', (emit) => {
        const row = lessonRow(ctx, id);
        if (!row || !forumLive(ctx, row.forum_id)) throw notFound('lesson', id);
        if (row.deleted_at === null) throw new AppError('conflict', 'lesson.not_deleted', `lesson ${id} is not in the trash`, { id });
        ctx.sql('UPDATE lesson SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(ctx.now(), id);
        emit({ entity: 'lesson', id, forumId: row.forum_id });
        return toLesson(active(id));
      }),
  };
}
