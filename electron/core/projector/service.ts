/** Handlers for the projector.* operations. */
import type { Context } from '../context';
import { notFound } from '../errors';
import { requireForum, requireInForum } from '../guard';
import type { HandlersFor } from '../handlers';
import { readView, writeView } from './store';

export function projectorService(ctx: Context): HandlersFor<'projector'> {
  const view = (forumId: string) => {
    const found = readView(ctx, forumId);
    if (!found) throw notFound('forum', forumId);
    return found;
  };

  return {
    'projector.get': ({ forumId }) => ({ forumId, view: view(forumId) }),

    // Not a forum change: the projector is display state, so the forum's updated time and the
    // forum lists stay as they are; only windows showing the projector react.
    'projector.set': ({ forumId, view: next }) =>
      ctx.write('projector.set', (emit) => {
        requireForum(ctx, forumId);
        if (next.mode === 'poll') requireInForum(ctx, forumId, 'poll', next.pollId, ['view', 'pollId']);
        writeView(ctx, forumId, next);
        emit({ entity: 'projector', id: forumId, forumId });
        return { forumId, view: next };
      }),
  };
}
