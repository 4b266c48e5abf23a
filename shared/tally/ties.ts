/**
 * The tie rule shared by every method.
 *
 * Definition:
 * - Ties are never hidden: a result lists every option tied for first place in `winners` and
 *   sets `tie: true`; the rule below only records how the forum settles it (`tieBreak`).
 * - `casting_vote`: the facilitator decides. Decisions already taken are passed in
 *   `choices` and used in order, one per tie met during the tally. For a tie for first place a
 *   choice names the winner; for an IRV elimination tie it names the option to eliminate.
 *   With no choice left the result reports `status: "awaiting_choice"` and the tied options.
 *   A choice that is not one of the tied options is not used: the result keeps waiting and
 *   reports it as `rejectedChoice`.
 * - `revote`: the tied options go to a new vote; `status: "revote_required"`.
 * - `lottery`: the tied options, taken in poll order (the order of `options`, never the order
 *   ballots arrived), are shuffled by Fisher–Yates driven by mulberry32(seed). For a tie for
 *   first place the first option drawn wins; for an elimination tie the first option drawn is
 *   eliminated. One generator serves the whole tally, so several ties in one IRV count draw
 *   from the same recorded seed and the whole result is reproducible from it.
 */
import type { TieBreak, TieRule } from './types';

/**
 * mulberry32: a tiny 32-bit PRNG with a full 2^32 period. Chosen because it is a few lines of
 * integer arithmetic (Math.imul, shifts) that every JavaScript engine computes identically,
 * so a seed written in the minutes replays the same draw anywhere, years later.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given generator; returns a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** The seeded order of `items` for `seed`, for display ("drawn: B, A, C"). */
export const seededOrder = <T>(items: readonly T[], seed: number): T[] => shuffled(items, mulberry32(seed));

export type TieStage = TieBreak['stage'];

/** One tally's tie breaker: keeps the lottery stream and the casting-vote choices in use order. */
export interface TieBreaker {
  readonly rule: TieRule;
  /** `tied` must be in poll order (the caller sorts by option index). */
  decide(tied: readonly string[], stage: TieStage, round?: number): TieBreak;
}

export function createTieBreaker(rule: TieRule): TieBreaker {
  const random = rule.rule === 'lottery' ? mulberry32(rule.seed) : null;
  let nextChoice = 0;
  return {
    rule,
    decide(tied, stage, round) {
      const base = { stage, ...(round === undefined ? {} : { round }), tied: [...tied], rule: rule.rule };
      switch (rule.rule) {
        case 'revote':
          return { ...base, status: 'revote_required', chosen: null };
        case 'lottery': {
          const draw = shuffled(tied, random as () => number);
          return { ...base, status: 'decided', chosen: draw[0] ?? null, draw, seed: rule.seed };
        }
        case 'casting_vote': {
          const choice = rule.choices[nextChoice];
          if (choice === undefined) return { ...base, status: 'awaiting_choice', chosen: null };
          const match = matchChoice(tied, choice);
          if (match === null) return { ...base, status: 'awaiting_choice', chosen: null, rejectedChoice: choice };
          nextChoice++;
          return { ...base, status: 'decided', chosen: match };
        }
      }
    },
  };
}

/** Same NFC leniency as ballots (see types.ts). */
function matchChoice(tied: readonly string[], choice: string): string | null {
  if (tied.includes(choice)) return choice;
  const nfc = choice.normalize('NFC');
  return tied.find((t) => t.normalize('NFC') === nfc) ?? null;
}
