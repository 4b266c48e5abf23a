/**
 * Query keys, shaped so a change event can invalidate exactly what it touches: the first
 * element is the kind of data, the second (where present) the forum.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ChangeEvent } from '../../shared/contract';

export const keys = {
  forums: (includeArchived: boolean) => ['forums', includeArchived] as const,
  trash: () => ['trash'] as const,
  forum: (id: string) => ['forum', id] as const,
  attendance: (forumId: string) => ['attendance', forumId] as const,
  search: (forumId: string, query: string) => ['search', forumId, query] as const,
  representation: (forumId: string, basis: string) => ['representation', forumId, basis] as const,
  person: (id: string) => ['person', id] as const,
  backups: () => ['backups'] as const,
};

export function invalidateFor(client: QueryClient, event: ChangeEvent): void {
  const all = (...roots: string[]) => {
    for (const root of roots) void client.invalidateQueries({ queryKey: [root] });
  };
  const ofForum = (forumId: string | null, ...roots: string[]) => {
    for (const root of roots) void client.invalidateQueries({ queryKey: forumId ? [root, forumId] : [root] });
  };

  switch (event.entity) {
    case 'forum':
      all('forums', 'trash');
      // Expected sectors live on the forum and change the representation warnings.
      ofForum(event.forumId ?? event.id, 'forum', 'representation', 'minutes');
      break;
    case 'attendance':
      // Counts on the forum list, the forum header and the projector follow attendance.
      all('forums');
      // Check-ins also change the speakers' roster, equity attendee shares and unassigned people.
      ofForum(event.forumId, 'forum', 'attendance', 'search', 'representation', 'speakers', 'equity', 'groups', 'minutes');
      break;
    case 'person':
      // A person shows up in every forum they attend, so every list that names people is stale.
      all('forums', 'forum', 'attendance', 'search', 'representation', 'speakers', 'equity', 'groups', 'notes', 'minutes', 'partners', 'agreements', 'followup');
      if (event.id) void client.invalidateQueries({ queryKey: keys.person(event.id) });
      break;
    // The forum room (issue 4): each feature keys its queries [root, forumId, …].
    case 'agenda_item':
      // The current item decides defaults for notes, issues and speeches, and the projector shows it.
      ofForum(event.forumId, 'agenda', 'notes', 'issues', 'speakers', 'projector', 'minutes');
      break;
    case 'projector':
      ofForum(event.forumId, 'projector');
      break;
    case 'issue':
      ofForum(event.forumId, 'issues', 'search', 'projector', 'minutes');
      break;
    case 'note':
    case 'resolution':
      ofForum(event.forumId, 'notes', 'resolutions', 'search', 'minutes');
      break;
    case 'speech':
    case 'speaker_queue':
      ofForum(event.forumId, 'speakers', 'equity', 'projector', 'minutes');
      break;
    case 'small_group':
      ofForum(event.forumId, 'groups', 'issues', 'notes', 'equity');
      break;
    // Voting and the plan (issue 5).
    case 'poll':
      ofForum(event.forumId, 'polls', 'projector', 'minutes');
      break;
    case 'priority':
      ofForum(event.forumId, 'priorities', 'polls', 'resolutions', 'notes', 'minutes');
      break;
    case 'project':
      ofForum(event.forumId, 'projects', 'minutes');
      // A project shows in the follow-up view of every forum that follows its forum up (issue 14).
      all('followup', 'agreements', 'devplan');
      break;
    // Follow-through between forums (issue 14): partners are shared; follow-up views reach across forums.
    case 'partner':
      all('partners', 'agreements');
      break;
    case 'agreement':
      ofForum(event.forumId, 'agreements');
      all('followup');
      break;
    case 'status_update':
    case 'follow_up':
    case 'lesson':
      all('followup');
      ofForum(event.forumId, 'minutes', 'agenda', 'forum');
      break;
    case 'project_plan':
      all('devplan');
      break;
    // The minutes (issue 6) are built from all of the above; their own edits come as 'minutes'.
    case 'minutes':
      ofForum(event.forumId, 'minutes');
      break;
    default:
      // '*' (a restored backup) and anything newer than this code: refresh everything.
      void client.invalidateQueries();
  }
}
