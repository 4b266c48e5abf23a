/**
 * Which web permissions a Wethi page may get: copying to the clipboard (facilitators paste
 * summaries into reports), nothing else — no camera, microphone, location, notifications.
 */
import { isAppUrl } from './app-url';

const ALLOWED = new Set(['clipboard-sanitized-write']);

export const isPermissionAllowed = (permission: string, requestingUrl: string | null | undefined): boolean =>
  ALLOWED.has(permission) && isAppUrl(requestingUrl);
