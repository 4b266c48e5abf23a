/**
 * The gate in front of every IPC handler: only frames showing our own app:// pages may call the
 * core. Anything else (an injected frame, a page that navigated away) gets a typed refusal.
 */
import type { Result } from '../../shared/contract';
import { isAppUrl } from './app-url';

export const isTrustedSender = (frameUrl: string | null | undefined): boolean => isAppUrl(frameUrl);

export const unauthorized = (what: string): Result<never> => ({
  ok: false,
  error: { code: 'unauthorized', messageKey: 'error.unauthorized', message: `${what}: caller is not a Wethi window` },
});

export async function guardedCall(
  frameUrl: string | null | undefined,
  what: string,
  run: () => Promise<Result<unknown>>,
): Promise<Result<unknown>> {
  return isTrustedSender(frameUrl) ? run() : unauthorized(what);
}
