/**
 * The current speech with a clock that ticks here, once a second, from the core's last answer:
 * nothing is fetched per tick. The core's clock (`at`) and this window's may differ (a second
 * laptop), so the tick runs on the core's time.
 */
import { isOverLimit, remainingMs, speechDurationMs } from '../../../shared/domain/speech-clock';
import { useNow } from '../../ui/useNow';
import { type Speech, useSpeakingNowQuery } from '../../api/queries/speakers';

export interface LiveSpeech {
  speech: Speech | null;
  limitSeconds: number | null;
  durationMs: number;
  remainingMs: number | null;
  overLimit: boolean;
  paused: boolean;
  loaded: boolean;
}

export function useSpeakingNow(forumId: string): LiveSpeech {
  const query = useSpeakingNowQuery(forumId);
  const data = query.data;
  const skew = data ? Date.parse(data.at) - query.dataUpdatedAt : 0;
  const speech = data?.speech ?? null;
  const ticking = speech !== null && speech.state === 'running';
  // The display turns over when the speaking time crosses a whole second, on the core's clock.
  const now = useNow(ticking ? Date.parse(speech.startedAt) + speech.pausedMs - skew : null);

  if (!speech) {
    return { speech: null, limitSeconds: data?.limitSeconds ?? null, durationMs: 0, remainingMs: null, overLimit: false, paused: false, loaded: Boolean(data) };
  }
  const durationMs = speechDurationMs(speech, new Date(now + skew).toISOString());
  return {
    speech,
    limitSeconds: data?.limitSeconds ?? null,
    durationMs,
    remainingMs: remainingMs(durationMs, speech.limitSeconds),
    overLimit: isOverLimit(durationMs, speech.limitSeconds),
    paused: speech.state === 'paused',
    loaded: true,
  };
}

