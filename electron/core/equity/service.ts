/** Handler for equity.summary: the pure figures (shared/domain/equity.ts) over a forum's speeches. */
import type { PersonRef } from '../../../shared/contract';
import { type EquityPerson, equity, writtenShares } from '../../../shared/domain/equity';
import type { Context } from '../context';
import { requireForum } from '../guard';
import type { HandlersFor } from '../handlers';
import { findPerson, listAttendees } from '../people/store';
import { writtenContributions } from '../room/submissions';
import { listSpeeches } from '../speakers/store';

export function equityService(ctx: Context): HandlersFor<'equity'> {
  return {
    'equity.summary': ({ forumId, agendaItemId }) => {
      requireForum(ctx, forumId);
      const at = ctx.now();
      // The room is who has checked in; the same people whatever agenda item is asked about.
      const attendees = listAttendees(ctx, forumId)
        .filter((a) => a.checkedInAt !== null)
        .map((a) => a.person);
      const speeches = listSpeeches(ctx, forumId, agendaItemId, at);

      const people = new Map<string, EquityPerson>(attendees.map((p) => [p.id, p]));
      const refs = new Map<string, PersonRef>();
      for (const { person } of speeches) {
        if (!person) continue;
        refs.set(person.id, person);
        if (!people.has(person.id)) {
          const found = findPerson(ctx, person.id);
          if (found) people.set(found.id, found);
        }
      }
      const writers = writtenContributions(ctx, forumId, agendaItemId);
      for (const id of writers) {
        if (id === null || people.has(id)) continue;
        const found = findPerson(ctx, id);
        if (found) people.set(found.id, found);
      }
      const figures = equity(
        attendees,
        speeches.map((s) => ({ person: s.person ? (people.get(s.person.id) ?? null) : null, durationMs: s.durationMs })),
      );
      return {
        forumId,
        agendaItemId: agendaItemId ?? null,
        at,
        ...figures,
        written: writtenShares(
          attendees,
          writers.map((id) => (id === null ? null : (people.get(id) ?? null))),
        ),
        speakers: figures.speakers.flatMap(({ personId, ...rest }) => {
          const person = refs.get(personId);
          return person ? [{ person, ...rest }] : [];
        }),
      };
    },
  };
}
