/** Test helpers: build profiles from short ballot notations and unwrap checked results. */
import { expect } from 'vitest';
import { type MergeStrategy, profileFromBallots, type RankedProfile } from '../../../shared/tally/profile';
import { type Checked, DEFAULT_TIE_RULE, type TieRule } from '../../../shared/tally/types';

export type Line = { ranking: string[]; count?: number };

/** "ABC" → ["A", "B", "C"] for one-letter options; several lines as [["ABC", 5], ["B", 2]]. */
export const lines = (spec: readonly (readonly [string, number])[]): Line[] => spec.map(([r, count]) => ({ ranking: [...r], count }));

export function unwrap<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new Error(`refused: ${JSON.stringify(checked.errors)}`);
  return checked.value;
}

export function profile(options: readonly string[], ballots: readonly unknown[], tieRule: TieRule = DEFAULT_TIE_RULE, strategy: MergeStrategy = 'auto'): RankedProfile {
  return unwrap(profileFromBallots(options, ballots, tieRule, strategy));
}

export function refusals<T>(checked: Checked<T>) {
  expect(checked.ok).toBe(false);
  return checked.ok ? [] : checked.errors;
}
