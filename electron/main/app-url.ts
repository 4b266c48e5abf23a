/**
 * The app's own origin (app://wethi) and which URLs belong to it. No electron import, so the
 * rules that guard IPC and navigation are unit-tested in plain Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'wethi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const appUrl = (route = '/'): string => new URL(route, `${APP_ORIGIN}/`).toString();

export function projectorUrl(forumId?: string | null): string {
  const url = new URL('/projector', `${APP_ORIGIN}/`);
  if (forumId) url.searchParams.set('forum', forumId);
  return url.toString();
}

/**
 * True only for pages we serve ourselves. A prefix test alone would accept look-alikes such as
 * `app://wethi.evil/` or `app://wethi@evil/`, so the parsed parts are checked too.
 */
export function isAppUrl(raw: string | null | undefined): boolean {
  if (!raw?.startsWith(`${APP_ORIGIN}/`)) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Links the user may follow in the system browser; everything else (file:, javascript:, …) is dropped. */
export function isExternalWebUrl(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
