import { describe, expect, it } from 'vitest';
import { foldPause, isOverLimit, remainingMs, speechDurationMs, speechState } from '../../../shared/domain/speech-clock';

const T0 = '2026-11-23T02:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

describe('speech clock', () => {
  it('runs from the start to now, or to the end', () => {
    const running = { startedAt: T0, endedAt: null, pausedMs: 0, pausedSince: null };
    expect(speechDurationMs(running, at(95))).toBe(95_000);
    expect(speechState(running)).toBe('running');
    const ended = { ...running, endedAt: at(42) };
    expect(speechDurationMs(ended, at(500))).toBe(42_000);
    expect(speechState(ended)).toBe('ended');
  });

  it('leaves out finished pauses and stands still during an open one', () => {
    // Spoke 0-30 s, paused 30-50 s (folded: 20 000 ms), spoke again, paused since 80 s.
    const paused = { startedAt: T0, endedAt: null, pausedMs: 20_000, pausedSince: at(80) };
    expect(speechState(paused)).toBe('paused');
    expect(speechDurationMs(paused, at(80))).toBe(60_000);
    expect(speechDurationMs(paused, at(200))).toBe(60_000);
    // Resumed at 200 s: the open pause folds in (20 s + 120 s).
    expect(foldPause(paused, at(200))).toBe(140_000);
    expect(speechDurationMs({ ...paused, pausedMs: 140_000, pausedSince: null }, at(230))).toBe(90_000);
  });

  it('folding with no open pause keeps the paused time', () => {
    expect(foldPause({ pausedMs: 5_000, pausedSince: null }, at(10))).toBe(5_000);
  });

  it('is never negative when the clock is behind the start', () => {
    expect(speechDurationMs({ startedAt: at(10), endedAt: null, pausedMs: 0, pausedSince: null }, T0)).toBe(0);
  });

  it('is over the limit only strictly past it, and counts the time left down through zero', () => {
    expect(isOverLimit(60_000, 60)).toBe(false);
    expect(isOverLimit(60_001, 60)).toBe(true);
    expect(isOverLimit(10_000_000, null)).toBe(false);
    expect(remainingMs(45_000, 60)).toBe(15_000);
    expect(remainingMs(75_000, 60)).toBe(-15_000);
    expect(remainingMs(75_000, null)).toBeNull();
  });
});
