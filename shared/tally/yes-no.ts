/**
 * Yes / no / abstain on a motion, with quorum and a majority rule.
 *
 * Definition (present = checked-in attendees at the time of the vote, given as input):
 * - The entry is refused if yes + no + abstain exceeds present (more votes than people).
 * - Quorum: met when present ≥ quorum (quorum 0: no quorum rule). Without quorum the vote does
 *   not decide anything: outcome "no_quorum", not carried.
 * - Majority rules (abstentions are never counted as yes):
 *   - simple:     carried when yes > no. Abstentions and people not voting do not count.
 *                 yes = no is a tie, settled by the forum's tie rule (casting vote "yes"/"no",
 *                 a seeded lottery between yes and no, or a re-vote).
 *   - absolute:   carried when yes > half of the attendees present (2 × yes > present), so
 *                 abstaining or not voting works like voting no. Decided by a threshold, so
 *                 there is no tie to settle.
 *   - two_thirds: carried when yes ≥ two thirds of the yes and no votes (3 × yes ≥ 2 × (yes +
 *                 no)) and yes > 0. Abstentions do not count. Also a threshold: no tie.
 * All comparisons are on whole numbers, so they are exact.
 */
import { zodErrors } from './profile';
import { createTieBreaker } from './ties';
import { type Checked, type MajorityRule, type YesNoResult, YesNoInput } from './types';

export const MAJORITY_RULE_TEXT: Record<MajorityRule, string> = {
  simple: 'simple majority: carried when yes > no; abstentions not counted; yes = no is a tie',
  absolute: 'absolute majority: carried when yes > half of the attendees present',
  two_thirds: 'two-thirds majority: carried when yes ≥ 2/3 of yes + no (abstentions not counted) and yes > 0',
};

export function prepareYesNo(json: unknown): Checked<YesNoInput> {
  const parsed = YesNoInput.safeParse(json);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error.issues) };
  const v = parsed.data;
  const cast = v.yes + v.no + v.abstain;
  if (cast > v.present) {
    const reason = `${cast} votes (yes ${v.yes}, no ${v.no}, abstain ${v.abstain}) but only ${v.present} attendees present`;
    const params = { cast, yes: v.yes, no: v.no, abstain: v.abstain, present: v.present };
    return { ok: false, errors: [{ ballot: null, path: 'present', reason, code: 'yes_no_over_present', params }] };
  }
  return { ok: true, value: v };
}

/** Tallies checked input (prepareYesNo). */
export function yesNo(input: YesNoInput): YesNoResult {
  const { yes, no, abstain, present, quorum, majority } = input;
  const base = {
    method: 'yes_no' as const,
    yes,
    no,
    abstain,
    present,
    cast: yes + no + abstain,
    quorum,
    quorumMet: present >= quorum,
    majority,
    rule: MAJORITY_RULE_TEXT[majority],
    tieRule: input.tieRule,
  };
  if (!base.quorumMet) return { ...base, carried: false, outcome: 'no_quorum', tie: false, tieBreak: null };

  let carried: boolean;
  switch (majority) {
    case 'simple':
      if (yes === no) {
        const tieBreak = createTieBreaker(input.tieRule).decide(['yes', 'no'], 'winner');
        if (tieBreak.status === 'decided') {
          const won = tieBreak.chosen === 'yes';
          return { ...base, carried: won, outcome: won ? 'carried' : 'not_carried', tie: true, tieBreak };
        }
        const outcome = tieBreak.status === 'revote_required' ? 'revote_required' : 'tie_awaiting_choice';
        return { ...base, carried: null, outcome, tie: true, tieBreak };
      }
      carried = yes > no;
      break;
    case 'absolute':
      carried = 2 * yes > present;
      break;
    case 'two_thirds':
      carried = yes > 0 && 3 * yes >= 2 * (yes + no);
      break;
  }
  return { ...base, carried, outcome: carried ? 'carried' : 'not_carried', tie: false, tieBreak: null };
}

export function tallyYesNo(json: unknown): Checked<YesNoResult> {
  const input = prepareYesNo(json);
  return input.ok ? { ok: true, value: yesNo(input.value) } : input;
}
