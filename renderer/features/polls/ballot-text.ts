/**
 * Reading a paper ballot as typed: the options' ballot numbers in order of preference.
 * - "3 1 2", "3,1,2" and (with at most nine options) "312" all mean 3 first, then 1, then 2.
 *   With ten or more options "12" is option 12, so numbers need spaces between them.
 * - "0" or "-" is a blank ballot (counted, for no option), as a blank paper is.
 * - Dot voting lists an option once per sticker ("1 1 3": two on 1, one on 3); every other
 *   kind names an option at most once.
 * Checked here so a mistyped ballot never leaves the keyboard; the host checks again.
 */
import { latinDigits } from '../../ui/digits';

export type BallotKind = 'ranked' | 'single' | 'approval' | 'dots';

export type BallotProblem =
  | { problem: 'unknown'; number: number }
  | { problem: 'duplicate'; number: number }
  | { problem: 'tooMany'; limit: number }
  | { problem: 'notNumbers' };

export type ParsedBallot = { ok: true; numbers: number[]; blank: boolean } | ({ ok: false } & BallotProblem);

export interface BallotLimits {
  optionCount: number;
  /** Approval: approvals per participant; dots: stickers per participant. */
  max?: number;
}

export function parseBallot(text: string, kind: BallotKind, { optionCount, max }: BallotLimits): ParsedBallot | null {
  const cleaned = latinDigits(text).trim();
  if (cleaned === '') return null;
  if (cleaned === '0' || cleaned === '-') return { ok: true, numbers: [], blank: true };
  if (!/^[\d\s,;./-]+$/.test(cleaned)) return { ok: false, problem: 'notNumbers' };
  let tokens = cleaned.split(/[\s,;./-]+/).filter(Boolean);
  if (tokens.length === 1 && optionCount <= 9) tokens = [...(tokens[0] ?? '')];
  const numbers = tokens.map(Number);
  for (const n of numbers) {
    if (!Number.isInteger(n) || n < 1 || n > optionCount) return { ok: false, problem: 'unknown', number: n };
  }
  if (kind !== 'dots') {
    const seen = new Set<number>();
    for (const n of numbers) {
      if (seen.has(n)) return { ok: false, problem: 'duplicate', number: n };
      seen.add(n);
    }
  }
  const limit = kind === 'single' ? 1 : max;
  if (limit !== undefined && numbers.length > limit) return { ok: false, problem: 'tooMany', limit };
  return { ok: true, numbers, blank: false };
}
