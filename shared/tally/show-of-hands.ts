/**
 * Show of hands, counted by the facilitator.
 *
 * Definition: the facilitator enters the hands counted for every option (an option with no
 * hands is entered as 0, so a forgotten option is noticed rather than read as 0). Optionally,
 * one or more breakdowns split the same hands by a grouping (sector, gender, village, …):
 * group → option → hands, an option missing from a group meaning 0 in it. For every breakdown
 * and every option the groups must add up exactly to the option's total; otherwise the entry
 * is refused, naming the breakdown, the option, the sum and the total. Score = hands. Ranked
 * highest first, ties share a rank, every option with the most hands wins, several winners are
 * a tie settled by the forum's tie rule; no hands at all means no winner.
 */
import { OptionIndex, zodErrors } from './profile';
import { rankByKeys, settleFirstPlace } from './ranking';
import { createTieBreaker } from './ties';
import { type Checked, MAX_TOTAL, type ShowOfHandsResult, ShowOfHandsInput, type TallyError } from './types';

export function prepareShowOfHands(json: unknown): Checked<ShowOfHandsInput> {
  const parsed = ShowOfHandsInput.safeParse(json);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error.issues) };
  const errors = checkShowOfHands(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}

/** Option totals in option order, or null where an option has no count. */
function optionCounts(record: Record<string, number>, index: OptionIndex, options: readonly string[], where: string, errors: TallyError[]) {
  const values = new Array<number | null>(options.length).fill(null);
  for (const [name, value] of Object.entries(record)) {
    const i = index.get(name);
    if (i === undefined) errors.push({ ballot: null, path: `${where}.${name}`, reason: `unknown option "${name}"` });
    else if (values[i] !== null) errors.push({ ballot: null, path: `${where}.${name}`, reason: `option "${options[i]}" is listed twice` });
    else values[i] = value;
  }
  return values;
}

export function checkShowOfHands(input: ShowOfHandsInput): TallyError[] {
  const errors: TallyError[] = [];
  const { options } = input;
  const index = new OptionIndex(options);
  const totals = optionCounts(input.counts, index, options, 'counts', errors);
  totals.forEach((v, i) => {
    if (v === null) errors.push({ ballot: null, path: 'counts', reason: `no count for option "${options[i]}" (enter 0 if no hand was raised)` });
  });
  const sum = totals.reduce<number>((a, v) => a + (v ?? 0), 0);
  if (sum > MAX_TOTAL) errors.push({ ballot: null, path: 'counts', reason: `more than ${MAX_TOTAL} hands in one tally` });

  const names = new Set<string>();
  input.breakdowns.forEach((breakdown, k) => {
    const where = `breakdowns[${k}]`;
    if (names.has(breakdown.by)) errors.push({ ballot: null, path: `${where}.by`, reason: `two breakdowns by "${breakdown.by}"` });
    names.add(breakdown.by);
    const sums = new Array<number>(options.length).fill(0);
    const parts: string[][] = options.map(() => []);
    for (const [group, counts] of Object.entries(breakdown.groups)) {
      if (group.trim() === '') errors.push({ ballot: null, path: `${where}.groups`, reason: 'a group has an empty name' });
      const values = optionCounts(counts, index, options, `${where}.groups.${group}`, errors);
      values.forEach((v, i) => {
        if (v === null) return;
        sums[i] = (sums[i] as number) + v;
        (parts[i] as string[]).push(`${group} ${v}`);
      });
    }
    options.forEach((option, i) => {
      const total = totals[i];
      if (total === null || total === undefined || sums[i] === total) return;
      const detail = (parts[i] as string[]).length > 0 ? ` (${(parts[i] as string[]).join(' + ')})` : '';
      errors.push({
        ballot: null,
        path: `${where}.groups`,
        reason: `breakdown by "${breakdown.by}": the groups give "${option}" ${sums[i]} hands${detail}, but its total is ${total}`,
        code: 'breakdown_sum',
        params: { by: breakdown.by, option, sum: sums[i] as number, total },
      });
    });
  });
  return errors;
}

/** Tallies checked input (prepareShowOfHands). */
export function showOfHands(input: ShowOfHandsInput): ShowOfHandsResult {
  const { options } = input;
  const index = new OptionIndex(options);
  const hands = new Float64Array(options.length);
  for (const [name, value] of Object.entries(input.counts)) hands[index.get(name) as number] = value;
  const ranking = rankByKeys(options, hands);
  const total = hands.reduce((a, v) => a + v, 0);
  const outcome = settleFirstPlace(ranking, total > 0, createTieBreaker(input.tieRule));
  return {
    method: 'show_of_hands',
    ...outcome,
    ranking,
    tieRule: input.tieRule,
    ballots: { total, blank: 0 },
    breakdowns: input.breakdowns.map((breakdown) => ({
      by: breakdown.by,
      groups: Object.entries(breakdown.groups).map(([group, counts]) => {
        const row = new Array<number>(options.length).fill(0);
        for (const [name, value] of Object.entries(counts)) row[index.get(name) as number] = value;
        return {
          group,
          hands: options.map((option, i) => ({ option, votes: row[i] as number })),
          total: row.reduce((a, v) => a + v, 0),
        };
      }),
    })),
  };
}

export function tallyShowOfHands(json: unknown): Checked<ShowOfHandsResult> {
  const input = prepareShowOfHands(json);
  return input.ok ? { ok: true, value: showOfHands(input.value) } : input;
}
