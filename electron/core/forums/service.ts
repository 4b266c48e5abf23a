/** Handlers for the forums.* operations. */
import type { Forum, Handlers } from '../../../shared/contract';
import type { Context } from '../context';
import { notFound } from '../errors';
import { type ForumValues, findForum, insertForum, listForums, setForumFlags, updateForum } from './store';

type ForumHandlers = Pick<Handlers, Extract<keyof Handlers, `forums.${string}`>>;

export function forumsService(ctx: Context): ForumHandlers {
  const get = (id: string, opts?: { withDeleted?: boolean }): Forum => {
    const forum = findForum(ctx, id, opts);
    if (!forum) throw notFound('forum', id);
    return forum;
  };
  const changed = { entity: 'forum' } as const;

  return {
    'forums.list': ({ includeArchived }) => listForums(ctx, { archived: includeArchived, deleted: false }),
    'forums.listDeleted': () => listForums(ctx, { archived: true, deleted: true }),
    'forums.get': ({ id }) => get(id),

    'forums.create': (draft) =>
      ctx.write('forums.create', (emit) => {
        const id = ctx.newId();
        insertForum(ctx, id, draft, ctx.now());
        emit({ ...changed, id, forumId: id });
        return get(id);
      }),

    'forums.update': ({ id, patch }) =>
      ctx.write('forums.update', (emit) => {
        get(id);
        updateForum(ctx, id, patch, ctx.now());
        emit({ ...changed, id, forumId: id });
        return get(id);
      }),

    'forums.duplicate': ({ id }) =>
      ctx.write('forums.duplicate', (emit) => {
        const source = get(id);
        const copyId = ctx.newId();
        const at = ctx.now();
        const { id: _id, archived: _a, createdAt: _c, updatedAt: _u, attendeeCount: _n, checkedInCount: _k, ...values } = source;
        const copy: ForumValues = { ...values, status: 'planned', startTime: values.startTime, endTime: values.endTime };
        insertForum(ctx, copyId, copy, at);
        ctx
          .sql(
            `INSERT INTO attendance (forum_id, person_id, registered_at, checked_in_at)
             SELECT ?, person_id, ?, NULL FROM attendance WHERE forum_id = ?`,
          )
          .run(copyId, at, id);
        emit({ ...changed, id: copyId, forumId: copyId });
        return get(copyId);
      }),

    'forums.setArchived': ({ id, archived }) =>
      ctx.write('forums.setArchived', (emit) => {
        get(id);
        setForumFlags(ctx, id, { archived }, ctx.now());
        emit({ ...changed, id, forumId: id });
        return get(id);
      }),

    'forums.delete': ({ id }) =>
      ctx.write('forums.delete', (emit) => {
        get(id);
        setForumFlags(ctx, id, { deletedAt: ctx.now() }, ctx.now());
        emit({ ...changed, id, forumId: id });
        return { ok: true as const };
      }),

    'forums.restore': ({ id }) =>
      ctx.write('forums.restore', (emit) => {
        get(id, { withDeleted: true });
        setForumFlags(ctx, id, { deletedAt: null }, ctx.now());
        emit({ ...changed, id, forumId: id });
        return get(id);
      }),
  };
}
