/** Handlers for the merge.* operations (village forums into a tambon forum); rules in shared/contract/merge.ts. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';
import { applyMerge } from './apply';
import { planMerge } from './plan';
import { mergePriorities } from './rankings';
import { readSources } from './sources';
import { otherForums, requireMergeForum } from './store';

export function mergeService(ctx: Context): HandlersFor<'merge'> {
  return {
    'merge.candidates': ({ forumId }) => {
      requireMergeForum(ctx, forumId);
      return otherForums(ctx, forumId);
    },

    // Read only: nothing is written until the facilitator confirms with merge.apply.
    'merge.plan': ({ intoForumId, sourceForumIds }) => planMerge(ctx, intoForumId, sourceForumIds),

    'merge.apply': (input) =>
      ctx.write('merge.apply', (emit) => {
        const forumId = input.intoForumId;
        const outcome = applyMerge(ctx, input);
        emit({ entity: 'merge', id: forumId, forumId });
        if (outcome.added.attendees > 0) emit({ entity: 'attendance', id: null, forumId });
        if (outcome.added.issues + outcome.added.issuesJoined > 0) emit({ entity: 'issue', id: null, forumId });
        if (outcome.priorityListWritten) emit({ entity: 'priority', id: forumId, forumId });
        if (outcome.plansAdded.projects > 0) emit({ entity: 'project', id: null, forumId });
        if (outcome.plansAdded.agreements > 0) emit({ entity: 'agreement', id: null, forumId });
        return { intoForumId: forumId, sourceForumIds: input.sourceForumIds, ...outcome, priorities: mergePriorities(ctx, forumId) };
      }),

    'merge.sources': ({ forumId }) => {
      requireMergeForum(ctx, forumId);
      return readSources(ctx, forumId);
    },

    'merge.priorities': ({ forumId }) => {
      requireMergeForum(ctx, forumId);
      return mergePriorities(ctx, forumId);
    },
  };
}
