/**
 * Where the user is, kept in the query string (`/?forum=ID&tab=checkin`) and one path
 * (`/projector`). Query parameters rather than deeper paths because the build uses relative
 * asset URLs, which only resolve from the top folder.
 */
import { useSyncExternalStore } from 'react';

/** In order: registration (Alt+1…4), the room (Alt+5…9, Alt+0 for equity), voting and the plan, then details. */
export const FORUM_TABS = [
  'checkin',
  'participants',
  'import',
  'representation',
  'agenda',
  'issues',
  'notes',
  'speakers',
  'groups',
  'equity',
  'polls',
  'room',
  'plan',
  'minutes',
  'merge',
  'details',
] as const;
export type ForumTab = (typeof FORUM_TABS)[number];

export type Route = { name: 'forums' } | { name: 'forum'; forumId: string; tab: ForumTab } | { name: 'projector'; forumId: string | null };

export function parseRoute(location: { pathname: string; search: string }): Route {
  const params = new URLSearchParams(location.search);
  const forumId = params.get('forum');
  if (location.pathname.replace(/\/+$/, '').endsWith('/projector')) return { name: 'projector', forumId };
  if (forumId) {
    const tab = params.get('tab');
    return { name: 'forum', forumId, tab: FORUM_TABS.find((t) => t === tab) ?? 'checkin' };
  }
  return { name: 'forums' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'forums':
      return './';
    case 'forum':
      return `./?forum=${encodeURIComponent(route.forumId)}&tab=${route.tab}`;
    case 'projector':
      return route.forumId ? `./projector?forum=${encodeURIComponent(route.forumId)}` : './projector';
  }
}

const CHANGE = 'wethi:navigate';

export function navigate(route: Route, opts: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (opts.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new Event(CHANGE));
}

const subscribe = (listener: () => void) => {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
};

// Compared as a string so the snapshot is stable between renders.
const snapshot = () => location.pathname + location.search;

export function useRoute(): Route {
  const current = useSyncExternalStore(subscribe, snapshot);
  const [pathname = '/', search = ''] = current.split(/(?=\?)/);
  return parseRoute({ pathname, search });
}
