/** Handlers for the priorities.* operations; the rules are in shared/contract/priorities.ts. */
import type { Context } from '../context';
import { requireForum } from '../guard';
import type { HandlersFor } from '../handlers';
import { adoptFromPoll } from './adopt';
import { setManualList } from './manual';
import { readList } from './store';

export function prioritiesService(ctx: Context): HandlersFor<'priorities'> {
  return {
    'priorities.get': ({ forumId }) => {
      requireForum(ctx, forumId);
      return readList(ctx, forumId);
    },

    'priorities.adoptFromPoll': (input) =>
      ctx.write('priorities.adoptFromPoll', (emit) => {
        const { forumId, resolutionId } = adoptFromPoll(ctx, input);
        emit({ entity: 'resolution', id: resolutionId, forumId });
        emit({ entity: 'priority', id: forumId, forumId });
        return readList(ctx, forumId);
      }),

    'priorities.set': ({ forumId, issueIds }) =>
      ctx.write('priorities.set', (emit) => {
        requireForum(ctx, forumId);
        setManualList(ctx, forumId, issueIds);
        emit({ entity: 'priority', id: forumId, forumId });
        return readList(ctx, forumId);
      }),
  };
}
