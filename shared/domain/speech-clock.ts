/**
 * The speaker's clock. A speech stores when it started and ended, the paused time already
 * folded in (`pausedMs`) and, while paused, when the pause began (`pausedSince`). Everything
 * the screens show (running time, time left, over the limit) is derived here from those
 * four fields and "now", so the control window, the projector and the minutes agree.
 */

export interface SpeechClock {
  startedAt: string;
  endedAt: string | null;
  pausedMs: number;
  pausedSince: string | null;
}

export type SpeechState = 'running' | 'paused' | 'ended';

export function speechState(speech: Pick<SpeechClock, 'endedAt' | 'pausedSince'>): SpeechState {
  if (speech.endedAt !== null) return 'ended';
  return speech.pausedSince !== null ? 'paused' : 'running';
}

/**
 * Speaking time in whole ms: from start to end (or now), minus the pauses. A pause still
 * open counts up to now, so a paused clock stands still. Never negative (a clock set back).
 */
export function speechDurationMs(speech: SpeechClock, nowIso: string): number {
  const start = Date.parse(speech.startedAt);
  const end = Date.parse(speech.endedAt ?? nowIso);
  const openPause = speech.pausedSince !== null ? Math.max(0, end - Date.parse(speech.pausedSince)) : 0;
  return Math.max(0, end - start - speech.pausedMs - openPause);
}

/** The paused time to store when a pause ends (resume, stop, or the next speaker) at `atIso`. */
export function foldPause(speech: Pick<SpeechClock, 'pausedMs' | 'pausedSince'>, atIso: string): number {
  if (speech.pausedSince === null) return speech.pausedMs;
  return speech.pausedMs + Math.max(0, Date.parse(atIso) - Date.parse(speech.pausedSince));
}

/** Time left before the limit; negative once over it; null when the speech has no limit. */
export function remainingMs(durationMs: number, limitSeconds: number | null): number | null {
  return limitSeconds === null ? null : limitSeconds * 1000 - durationMs;
}

/** Over the limit means strictly past it: at exactly the limit the speaker is still on time. */
export function isOverLimit(durationMs: number, limitSeconds: number | null): boolean {
  return limitSeconds !== null && durationMs > limitSeconds * 1000;
}
