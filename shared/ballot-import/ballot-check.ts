/**
 * The checks every ballot gets, whichever file it came from: an option twice (except stickers
 * in dot voting, where several on one option are the point), and more options than allowed.
 * The core checks again when the ballots are stored; these give the line number at once.
 */
import type { BallotFileSpec, ImportProblem } from './types';

export function checkBallot(options: number[], spec: BallotFileSpec, labels: readonly string[], line: number, ballot: number): ImportProblem | null {
  if (spec.kind !== 'dots') {
    const seen = new Set<number>();
    for (const o of options) {
      if (seen.has(o)) return { code: 'duplicate_option', line, ballot, value: labels[o] ?? String(o + 1) };
      seen.add(o);
    }
  }
  if (spec.max !== undefined && options.length > spec.max) return { code: 'too_many_options', line, ballot, limit: spec.max };
  return null;
}
