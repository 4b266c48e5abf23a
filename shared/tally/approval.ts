/**
 * Approval voting and dot voting.
 *
 * Definition:
 * - Approval (`mode: "approval"`): each ballot lists the options the participant approves, each
 *   at most once; every listed option gets one approval per ballot (times its count). With
 *   `maxApprovals` set, a ballot listing more options is refused with its index.
 * - Dots (`mode: "dots"`): each participant has `dotsPerParticipant` stickers and may put
 *   several on one option; a ballot is option → stickers, and an option gets the stickers put on
 *   it (times the ballot's count). A ballot using more stickers than the limit is refused with
 *   its index; using fewer is allowed (a participant may keep dots).
 * - Aggregate entry: `totals` (option → approvals or dots, counted from the board) is added to
 *   the ballots. Individual limits cannot be checked on totals; when `participants` (the people
 *   the totals cover) is given, approval totals must not exceed it per option and dot totals
 *   must not exceed participants × dotsPerParticipant.
 * Score = approvals (or dots). Ranked highest first, ties share a rank, every option with the
 * top score wins, several winners are a tie settled by the forum's tie rule. No approval or dot
 * at all means no winner.
 */
import { OptionIndex, zodErrors } from './profile';
import { addAt, rankByKeys, settleFirstPlace } from './ranking';
import { createTieBreaker } from './ties';
import { ApprovalInput, type Checked, MAX_TOTAL, type RankingResult, type TallyError } from './types';

/** Parses and checks approval / dot-voting input. */
export function prepareApproval(json: unknown): Checked<ApprovalInput> {
  const parsed = ApprovalInput.safeParse(json);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error.issues) };
  const errors = checkApproval(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}

export function checkApproval(input: ApprovalInput): TallyError[] {
  const errors: TallyError[] = [];
  const index = new OptionIndex(input.options);
  // Every score must stay an exact integer in a double (types.ts, MAX_TOTAL).
  let votes = 0;
  const dotsMode = input.mode === 'dots';
  if (dotsMode && input.maxApprovals !== undefined) {
    errors.push({ ballot: null, path: 'maxApprovals', reason: 'maxApprovals applies to approval mode; dot voting uses dotsPerParticipant' });
  }
  if (!dotsMode && input.dotsPerParticipant !== undefined) {
    errors.push({ ballot: null, path: 'dotsPerParticipant', reason: 'dotsPerParticipant applies to dot voting: set "mode": "dots"' });
  }
  input.ballots.forEach((ballot, b) => {
    const where = `ballots[${b}]`;
    const size = ballot.approved?.length ?? Object.values(ballot.dots ?? {}).reduce((a, v) => a + v, 0);
    votes += size * ballot.count;
    if (ballot.approved !== undefined) {
      if (dotsMode) {
        errors.push({ ballot: b, path: `${where}.approved`, reason: 'an "approved" ballot in dot voting: give "dots" (option → stickers)' });
        return;
      }
      const seen = new Set<number>();
      ballot.approved.forEach((name, k) => {
        const i = index.get(name);
        if (i === undefined) errors.push({ ballot: b, path: `${where}.approved[${k}]`, reason: `unknown option "${name}"` });
        else if (seen.has(i)) errors.push({ ballot: b, path: `${where}.approved[${k}]`, reason: `option "${input.options[i]}" is approved twice` });
        else seen.add(i);
      });
      if (input.maxApprovals !== undefined && ballot.approved.length > input.maxApprovals) {
        errors.push({
          ballot: b,
          path: `${where}.approved`,
          reason: `approves ${ballot.approved.length} options, the limit is ${input.maxApprovals} per participant`,
        });
      }
    } else if (ballot.dots !== undefined) {
      if (!dotsMode) {
        errors.push({ ballot: b, path: `${where}.dots`, reason: 'a "dots" ballot in approval voting: set "mode": "dots"' });
        return;
      }
      const used = checkKeys(ballot.dots, index, input.options, `${where}.dots`, b, errors);
      if (input.dotsPerParticipant !== undefined && used > input.dotsPerParticipant) {
        errors.push({ ballot: b, path: `${where}.dots`, reason: `uses ${used} dots, the limit is ${input.dotsPerParticipant} per participant` });
      }
    }
  });
  if (input.totals !== undefined) {
    const sum = checkKeys(input.totals, index, input.options, 'totals', null, errors);
    votes += sum;
    if (input.participants !== undefined) {
      if (dotsMode && input.dotsPerParticipant !== undefined && sum > input.participants * input.dotsPerParticipant) {
        errors.push({
          ballot: null,
          path: 'totals',
          reason: `the totals hold ${sum} dots, more than ${input.participants} participants × ${input.dotsPerParticipant} dots`,
        });
      }
      if (!dotsMode) {
        for (const [name, value] of Object.entries(input.totals)) {
          if (value > input.participants) {
            errors.push({ ballot: null, path: `totals.${name}`, reason: `"${name}" has ${value} approvals from ${input.participants} participants` });
          }
        }
      }
    }
  }
  if (votes > MAX_TOTAL) errors.push({ ballot: null, path: 'ballots', reason: `more than ${MAX_TOTAL} votes in one tally` });
  return errors;
}

/** Checks option keys of a record; returns the sum of its values. */
function checkKeys(
  record: Record<string, number>,
  index: OptionIndex,
  options: readonly string[],
  where: string,
  ballot: number | null,
  errors: TallyError[],
): number {
  const seen = new Set<number>();
  let sum = 0;
  for (const [name, value] of Object.entries(record)) {
    const i = index.get(name);
    if (i === undefined) errors.push({ ballot, path: `${where}.${name}`, reason: `unknown option "${name}"` });
    else if (seen.has(i)) errors.push({ ballot, path: `${where}.${name}`, reason: `option "${options[i]}" is listed twice` });
    else seen.add(i);
    sum += value;
  }
  return sum;
}

/** Tallies checked input (prepareApproval). */
export function approval(input: ApprovalInput): RankingResult {
  const index = new OptionIndex(input.options);
  const scores = new Float64Array(input.options.length);
  let total = 0;
  let blank = 0;
  for (const ballot of input.ballots) {
    total += ballot.count;
    let used = 0;
    if (ballot.approved !== undefined) {
      for (const name of ballot.approved) addAt(scores, index.get(name) as number, ballot.count);
      used = ballot.approved.length;
    } else if (ballot.dots !== undefined) {
      for (const [name, value] of Object.entries(ballot.dots)) {
        addAt(scores, index.get(name) as number, value * ballot.count);
        used += value;
      }
    }
    if (used === 0) blank += ballot.count;
  }
  if (input.totals !== undefined) {
    for (const [name, value] of Object.entries(input.totals)) addAt(scores, index.get(name) as number, value);
    total += input.participants ?? 0;
  }
  const ranking = rankByKeys(input.options, scores);
  const anyVote = scores.some((s) => s > 0);
  const outcome = settleFirstPlace(ranking, anyVote, createTieBreaker(input.tieRule));
  return {
    method: input.mode === 'dots' ? 'dots' : 'approval',
    ...outcome,
    ranking,
    tieRule: input.tieRule,
    ballots: { total, blank },
  };
}

/** JSON in, result or refusals out. */
export function tallyApproval(json: unknown): Checked<RankingResult> {
  const input = prepareApproval(json);
  if (!input.ok) return input;
  const result = approval(input.value);
  return { ok: true, value: result };
}
