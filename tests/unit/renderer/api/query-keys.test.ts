/** Change events → stale queries: every entity has its entry, and an event refreshes only what it names. */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { INVALIDATES, QUERY_ROOTS, type QueryRoot, invalidateFor } from '../../../../renderer/api/query-keys';
import { type ChangeEvent, ENTITIES } from '../../../../shared/contract';

const A = '01936d2a-0000-7000-8000-00000000000a';
const B = '01936d2a-0000-7000-8000-00000000000b';

/** A cache holding one fresh query per root and forum (and one forum-less per root). */
function seededClient(): QueryClient {
  const client = new QueryClient();
  for (const root of QUERY_ROOTS) {
    client.setQueryData([root], 'data');
    for (const forumId of [A, B]) client.setQueryData([root, forumId, 'list'], 'data');
  }
  return client;
}

const staleAfter = (event: ChangeEvent): string[] => {
  const client = seededClient();
  invalidateFor(client, event);
  return client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => q.queryKey.map((part) => (part === A ? 'A' : part === B ? 'B' : part)).join(' '))
    .sort();
};

describe('invalidation of queries by change events', () => {
  it('has an entry for every entity of the contract and no other', () => {
    expect(Object.keys(INVALIDATES).sort()).toEqual([...ENTITIES].sort());
  });

  it('names only known roots, and every root but the backups list (refreshed by hand) follows some entity', () => {
    const named = new Set<QueryRoot>();
    for (const stale of Object.values(INVALIDATES)) {
      if (stale === 'everything') continue;
      for (const root of [...(stale.everywhere ?? []), ...(stale.ofForum ?? [])]) named.add(root);
    }
    expect([...named].filter((root) => !QUERY_ROOTS.includes(root))).toEqual([]);
    expect(QUERY_ROOTS.filter((root) => !named.has(root))).toEqual(['backups']);
  });

  it('a merge refreshes the target forum’s merge views only; its attendees, issues and priorities come as their own events', () => {
    expect(staleAfter({ entity: 'merge', id: A, forumId: A })).toEqual(['merge A list']);
  });

  it('an attendance change refreshes the forum lists everywhere and the forum’s own attendee views, not another forum’s', () => {
    expect(staleAfter({ entity: 'attendance', id: null, forumId: B })).toEqual(
      ['forums', 'forums A list', 'forums B list', ...['forum', 'attendance', 'search', 'representation', 'speakers', 'equity', 'groups', 'minutes'].map((r) => `${r} B list`)].sort(),
    );
  });

  it('a restored backup refreshes everything', () => {
    expect(staleAfter({ entity: '*', id: null, forumId: null })).toHaveLength(QUERY_ROOTS.length * 3);
  });
});
