/**
 * Query keys, shaped so a change event can invalidate exactly what it touches: the first
 * element is the kind of data (a `QueryRoot`), the second (where present) the forum. The roots
 * are one closed list, registered with TanStack Query, so a key with an unknown root does not
 * compile anywhere in the renderer; `INVALIDATES` says for every entity of the change events
 * which roots go stale, and an entity without its entry does not compile either.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ChangeEvent, Entity } from '../../shared/contract';

export const QUERY_ROOTS = [
  'forums',
  'trash',
  'forum',
  'attendance',
  'search',
  'representation',
  'backups',
  'agenda',
  'projector',
  'issues',
  'notes',
  'resolutions',
  'speakers',
  'equity',
  'groups',
  'polls',
  'priorities',
  'projects',
  'minutes',
  'merge',
  'people',
  'room',
] as const;
export type QueryRoot = (typeof QUERY_ROOTS)[number];

declare module '@tanstack/react-query' {
  interface Register {
    queryKey: readonly [QueryRoot, ...unknown[]];
  }
}

export const keys = {
  forums: (includeArchived: boolean) => ['forums', includeArchived] as const,
  trash: () => ['trash'] as const,
  forum: (id: string) => ['forum', id] as const,
  attendance: (forumId: string) => ['attendance', forumId] as const,
  search: (forumId: string, query: string) => ['search', forumId, query] as const,
  representation: (forumId: string, basis: string) => ['representation', forumId, basis] as const,
  backups: () => ['backups'] as const,
};

/**
 * What a change makes stale: roots refreshed for every forum (`everywhere`), and roots refreshed
 * for the event's forum only (`ofForum`; for every forum when the event names none).
 */
export interface Stale {
  everywhere?: readonly QueryRoot[];
  ofForum?: readonly QueryRoot[];
}

/** Every list that shows the data the minutes are built from refreshes the minutes too. */
export const INVALIDATES: Readonly<Record<Entity, Stale | 'everything'>> = {
  // Expected sectors live on the forum and change the representation warnings.
  forum: { everywhere: ['forums', 'trash'], ofForum: ['forum', 'representation', 'minutes'] },
  // A person shows up in every forum they attend, so every list that names people is stale.
  person: { everywhere: ['forums', 'forum', 'attendance', 'search', 'representation', 'speakers', 'equity', 'groups', 'notes', 'minutes', 'people'] },
  // Counts on the forum list, the forum header and the projector follow attendance; check-ins
  // also change the speakers' roster, equity attendee shares and unassigned people.
  attendance: {
    everywhere: ['forums'],
    ofForum: ['forum', 'attendance', 'search', 'representation', 'speakers', 'equity', 'groups', 'minutes'],
  },
  // The current item decides defaults for notes, issues and speeches, and the projector shows it.
  agenda_item: { ofForum: ['agenda', 'notes', 'issues', 'speakers', 'projector', 'minutes'] },
  projector: { ofForum: ['projector'] },
  issue: { ofForum: ['issues', 'search', 'projector', 'minutes'] },
  note: { ofForum: ['notes', 'resolutions', 'search', 'minutes'] },
  resolution: { ofForum: ['notes', 'resolutions', 'search', 'minutes'] },
  speech: { ofForum: ['speakers', 'equity', 'projector', 'minutes'] },
  speaker_queue: { ofForum: ['speakers', 'equity', 'projector', 'minutes'] },
  small_group: { ofForum: ['groups', 'issues', 'notes', 'equity'] },
  poll: { ofForum: ['polls', 'projector', 'minutes', 'room'] },
  priority: { ofForum: ['priorities', 'polls', 'resolutions', 'notes', 'minutes'] },
  project: { ofForum: ['projects', 'minutes'] },
  // The note-taker's own edits; changes to the data they are built from come as the entities above.
  minutes: { ofForum: ['minutes'] },
  // The merge trace (where the target's records came from); merge.apply announces the attendees,
  // issues and priority list it wrote with their own entities.
  merge: { ofForum: ['merge'] },
  // The room (issue 13): phones joined, ballots received, what phones sent.
  room: { ofForum: ['room'] },
  // An idea sent from a phone, re-linked when its agenda item is deleted or restored.
  room_submission: { ofForum: ['room'] },
  // A restored backup: every forum may differ.
  '*': 'everything',
};

export function invalidateFor(client: QueryClient, event: ChangeEvent): void {
  // An entity newer than this code (a host from another build) refreshes everything.
  const stale = INVALIDATES[event.entity] ?? 'everything';
  if (stale === 'everything') {
    void client.invalidateQueries();
    return;
  }
  for (const root of stale.everywhere ?? []) void client.invalidateQueries({ queryKey: [root] });
  for (const root of stale.ofForum ?? []) {
    void client.invalidateQueries({ queryKey: event.forumId ? [root, event.forumId] : [root] });
  }
}
