/**
 * Weighted criteria scoring matrix (the usual community-planning prioritisation).
 *
 * Definition: criteria c carry weights w_c ≥ 0 (multiples of 0.001) and share a scale of whole
 * numbers min..max (default 1..5). Each of the S scorers (small groups or participants) gives
 * every option o a whole-number score s(scorer, o, c) on every criterion; a missing score, a
 * score off the scale or not whole, an unknown option or criterion is refused with the scorer's
 * index. Then, per option:
 *   - a scorer's weighted total   T(scorer, o) = Σ_c w_c × s(scorer, o, c)
 *   - the option's total          total(o) = Σ_c w_c × mean over scorers of s(scorer, o, c)
 *                                          = mean over scorers of T(scorer, o)
 *   - the plain sum over scorers  sum(o) = Σ_scorers T(scorer, o) = S × total(o)
 *   - per criterion: mean score and weighted mean (for the heat map).
 * Options are ranked by total, highest first; because every scorer scores every option, total
 * and sum rank the same way. The comparison is exact: weights are scaled to integers
 * (× 1000) and the sums are compared as integers, so 0.1 + 0.2 ties with 0.3 as it should.
 * Ties share a rank; several options with the top total are a tie settled by the forum's tie
 * rule; no scorer means no winner. `whatIf` re-ranks the same scores under changed weights.
 */
import { OptionIndex, zodErrors } from './profile';
import { rankByKeys, settleFirstPlace } from './ranking';
import { createTieBreaker } from './ties';
import { type Checked, type RankingEntry, type ScoreMatrixResult, ScoreMatrixInput, type TallyError, Weight } from './types';

const WEIGHT_SCALE = 1000;

export function prepareScoreMatrix(json: unknown): Checked<ScoreMatrixInput> {
  const parsed = ScoreMatrixInput.safeParse(json);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error.issues) };
  const errors = checkScoreMatrix(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}

export function checkScoreMatrix(input: ScoreMatrixInput): TallyError[] {
  const errors: TallyError[] = [];
  const { options, criteria, scale } = input;
  const criterionNames = criteria.map((c) => c.name);
  const seenCriteria = new Map<string, number>();
  criterionNames.forEach((name, k) => {
    const key = name.normalize('NFC');
    const first = seenCriteria.get(key);
    if (first !== undefined) errors.push({ ballot: null, path: `criteria[${k}].name`, reason: `duplicate criterion "${name}" (same as criteria[${first}])` });
    else seenCriteria.set(key, k);
  });
  if (errors.length > 0) return errors;
  const optionIndex = new OptionIndex(options);
  const criterionIndex = new OptionIndex(criterionNames);
  const scorerNames = new Map<string, number>();

  input.scorers.forEach((scorer, s) => {
    const where = `scorers[${s}]`;
    const first = scorerNames.get(scorer.name.normalize('NFC'));
    if (first !== undefined) errors.push({ ballot: s, path: `${where}.name`, reason: `duplicate scorer "${scorer.name}" (same as scorers[${first}])` });
    else scorerNames.set(scorer.name.normalize('NFC'), s);
    const filled = options.map(() => new Uint8Array(criteria.length));
    const seenOptions = new Set<number>();
    for (const [optionName, byCriterion] of Object.entries(scorer.scores)) {
      const o = optionIndex.get(optionName);
      if (o === undefined) {
        errors.push({ ballot: s, path: `${where}.scores.${optionName}`, reason: `unknown option "${optionName}"` });
        continue;
      }
      if (seenOptions.has(o)) {
        errors.push({ ballot: s, path: `${where}.scores.${optionName}`, reason: `option "${options[o]}" is scored twice` });
        continue;
      }
      seenOptions.add(o);
      for (const [criterionName, value] of Object.entries(byCriterion)) {
        const at = `${where}.scores.${optionName}.${criterionName}`;
        const c = criterionIndex.get(criterionName);
        if (c === undefined) {
          errors.push({ ballot: s, path: at, reason: `unknown criterion "${criterionName}"` });
          continue;
        }
        const row = filled[o] as Uint8Array;
        if (row[c]) {
          errors.push({ ballot: s, path: at, reason: `criterion "${criteria[c]?.name}" is scored twice for "${options[o]}"` });
          continue;
        }
        row[c] = 1;
        if (!Number.isInteger(value)) errors.push({ ballot: s, path: at, reason: `score ${value} is not a whole number` });
        else if (value < scale.min || value > scale.max) errors.push({ ballot: s, path: at, reason: `score ${value} is outside the scale ${scale.min}–${scale.max}` });
      }
    }
    options.forEach((option, o) => {
      criteria.forEach((criterion, c) => {
        if (!(filled[o] as Uint8Array)[c]) {
          errors.push({ ballot: s, path: `${where}.scores`, reason: `no score for "${option}" on "${criterion.name}"` });
        }
      });
    });
  });
  return errors;
}

/** Tallies checked input (prepareScoreMatrix). */
export function scoreMatrix(input: ScoreMatrixInput): ScoreMatrixResult {
  const { options, criteria, scorers } = input;
  const n = options.length;
  const m = criteria.length;
  const S = scorers.length;
  const weights = criteria.map((c) => Math.round(c.weight * WEIGHT_SCALE));
  const optionIndex = new OptionIndex(options);
  const criterionIndex = new OptionIndex(criteria.map((c) => c.name));

  // scores[s][o * m + c], read once so every total below comes from the same numbers.
  const grid = scorers.map((scorer) => {
    const cells = new Float64Array(n * m);
    for (const [optionName, byCriterion] of Object.entries(scorer.scores)) {
      const o = optionIndex.get(optionName) as number;
      for (const [criterionName, value] of Object.entries(byCriterion)) cells[o * m + (criterionIndex.get(criterionName) as number)] = value;
    }
    return cells;
  });

  const sumScaled = new Float64Array(n);
  const perScorerScaled = grid.map((cells) => {
    const t = new Float64Array(n);
    for (let o = 0; o < n; o++) {
      let acc = 0;
      for (let c = 0; c < m; c++) acc += (weights[c] as number) * (cells[o * m + c] as number);
      t[o] = acc;
      sumScaled[o] = (sumScaled[o] as number) + acc;
    }
    return t;
  });

  const totals = Array.from(sumScaled, (v) => (S > 0 ? v / (WEIGHT_SCALE * S) : 0));
  const ranking = rankByKeys(options, sumScaled, totals);
  const outcome = settleFirstPlace(ranking, S > 0, createTieBreaker(input.tieRule));

  const table = options.map((option, o) => ({
    option,
    total: totals[o] as number,
    sum: (sumScaled[o] as number) / WEIGHT_SCALE,
    perScorer: scorers.map((scorer, s) => ({ scorer: scorer.name, total: ((perScorerScaled[s] as Float64Array)[o] as number) / WEIGHT_SCALE })),
    perCriterion: criteria.map((criterion, c) => {
      let acc = 0;
      for (const cells of grid) acc += cells[o * m + c] as number;
      const mean = S > 0 ? acc / S : 0;
      return { criterion: criterion.name, mean, weighted: S > 0 ? ((weights[c] as number) * acc) / (WEIGHT_SCALE * S) : 0 };
    }),
  }));

  return {
    method: 'score',
    ...outcome,
    ranking,
    tieRule: input.tieRule,
    ballots: { total: S, blank: 0 },
    criteria: criteria.map((c) => ({ name: c.name, weight: c.weight })),
    scale: input.scale,
    scorers: scorers.map((s) => s.name),
    table,
  };
}

export function tallyScoreMatrix(json: unknown): Checked<ScoreMatrixResult> {
  const input = prepareScoreMatrix(json);
  return input.ok ? { ok: true, value: scoreMatrix(input.value) } : input;
}

export interface WhatIf {
  result: ScoreMatrixResult;
  /** Every option's rank before and after, in the new ranking order. */
  changes: { option: string; before: number; after: number; moved: number }[];
}

/**
 * The same scores under changed weights: `weights` maps criterion name → new weight; criteria
 * not named keep theirs. Refuses unknown criteria and invalid weights.
 */
export function whatIf(input: ScoreMatrixInput, weights: Record<string, number>): Checked<WhatIf> {
  const errors: TallyError[] = [];
  const criterionIndex = new OptionIndex(input.criteria.map((c) => c.name));
  const next = input.criteria.map((c) => ({ ...c }));
  for (const [name, weight] of Object.entries(weights)) {
    const c = criterionIndex.get(name);
    const parsed = Weight.safeParse(weight);
    if (c === undefined) errors.push({ ballot: null, path: `weights.${name}`, reason: `unknown criterion "${name}"` });
    else if (!parsed.success) errors.push({ ballot: null, path: `weights.${name}`, reason: parsed.error.issues[0]?.message ?? 'invalid weight' });
    else (next[c] as { weight: number }).weight = parsed.data;
  }
  if (errors.length > 0) return { ok: false, errors };
  const before = scoreMatrix(input);
  const after = scoreMatrix({ ...input, criteria: next });
  const rankOf = new Map<string, number>(before.ranking.map((e: RankingEntry) => [e.option, e.rank]));
  const changes = after.ranking.map((e) => {
    const was = rankOf.get(e.option) as number;
    return { option: e.option, before: was, after: e.rank, moved: was - e.rank };
  });
  return { ok: true, value: { result: after, changes } };
}
