/** Handler for representation.summary: the pure figures over a forum's attendees. */
import type { Handlers } from '../../../shared/contract';
import { representation } from '../../../shared/domain/representation';
import type { Context } from '../context';
import { notFound } from '../errors';
import { findForum } from '../forums/store';
import { listAttendees } from '../people/store';

export function representationService(ctx: Context): Pick<Handlers, 'representation.summary'> {
  return {
    'representation.summary': ({ forumId, basis }) => {
      const forum = findForum(ctx, forumId);
      if (!forum) throw notFound('forum', forumId);
      const attendees = listAttendees(ctx, forumId).filter((a) => basis === 'registered' || a.checkedInAt !== null);
      return representation(forum, attendees.map((a) => a.person), basis);
    },
  };
}
