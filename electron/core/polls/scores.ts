/**
 * Scoring-matrix sheets: each scorer (a small group or a person) scores every option on every
 * criterion. Cells are upserted as they are typed, so a group's sheet can be entered row by row;
 * each cell is checked on entry (a known option and criterion, a whole number on the scale).
 * A sheet with empty cells is kept but not counted until complete (results list it).
 * Run inside `ctx.write`.
 */
import type { ParsedInput, PollScorer, PollSettings } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { requireInForum } from '../guard';
import { requireEligible } from './eligibility';
import { refused, requireStatus } from './guards';
import { readOptions } from './options';
import { type PollRow, requirePollRow, settingsOf } from './store';

interface ScorerRow {
  id: string;
  kind: 'group' | 'person';
  group_id: string | null;
  person_id: string | null;
  group_name: string | null;
  live_group_name: string | null;
  title_prefix: string | null;
  first_name: string | null;
  last_name: string | null;
}

type MatrixSettings = Extract<PollSettings, { method: 'score_matrix' }>;

function requireMatrix(row: PollRow): MatrixSettings {
  const settings = settingsOf(row);
  if (settings.method !== 'score_matrix') {
    throw new AppError('validation', 'poll.scores_not_taken', `a ${settings.method} poll takes no scores`, [{ path: ['pollId'], message: 'not a scoring matrix' }]);
  }
  return settings;
}

function scorerName(row: ScorerRow): string | null {
  if (row.kind === 'group') return row.live_group_name ?? row.group_name;
  return row.first_name === null ? null : fullName({ titlePrefix: row.title_prefix, firstName: row.first_name, lastName: row.last_name });
}

const SCORER_SELECT = `
  SELECT s.id, s.kind, s.group_id, s.person_id, s.group_name, g.name AS live_group_name, p.title_prefix, p.first_name, p.last_name
  FROM poll_scorer s LEFT JOIN small_group g ON g.id = s.group_id LEFT JOIN person p ON p.id = s.person_id`;

export function scorersOf(ctx: Context, pollId: string): PollScorer[] {
  const row = requirePollRow(ctx, pollId);
  const settings = settingsOf(row);
  const cellsPerSheet = settings.method === 'score_matrix' ? readOptions(ctx, pollId).length * settings.rules.criteria.length : 0;
  const scorers = ctx.sql(`${SCORER_SELECT} WHERE s.poll_id = ? ORDER BY s.created_at, s.rowid`).all(pollId) as ScorerRow[];
  const cells = ctx
    .sql('SELECT c.scorer_id, c.option_id, c.criterion, c.value FROM poll_score c JOIN poll_scorer s ON s.id = c.scorer_id WHERE s.poll_id = ?')
    .all(pollId) as { scorer_id: string; option_id: string; criterion: string; value: number }[];
  return scorers.map((s) => {
    const scores: Record<string, Record<string, number>> = {};
    let filled = 0;
    for (const c of cells) {
      if (c.scorer_id !== s.id) continue;
      const byCriterion = scores[c.option_id] ?? {};
      byCriterion[c.criterion] = c.value;
      scores[c.option_id] = byCriterion;
      filled += 1;
    }
    return { id: s.id, kind: s.kind, groupId: s.group_id, personId: s.person_id, name: scorerName(s), scores, missing: cellsPerSheet - filled };
  });
}

/** The scorer's row, made on their first cell. */
function scorerId(ctx: Context, row: PollRow, ref: ParsedInput<'polls.setScores'>['scorer']): string {
  if (ref.kind === 'group') {
    requireInForum(ctx, row.forum_id, 'small_group', ref.groupId, ['scorer', 'groupId']);
    const groupName = ctx.sql('SELECT name FROM small_group WHERE id = ?').pluck().get(ref.groupId) as string;
    const existing = ctx.sql('SELECT id FROM poll_scorer WHERE poll_id = ? AND group_id = ?').pluck().get(row.id, ref.groupId) as string | undefined;
    if (existing) return existing;
    const id = ctx.newId();
    ctx.sql("INSERT INTO poll_scorer (id, poll_id, kind, group_id, group_name, created_at) VALUES (?, ?, 'group', ?, ?, ?)").run(id, row.id, ref.groupId, groupName, ctx.now());
    return id;
  }
  requireEligible(ctx, row, ref.personId);
  const existing = ctx.sql('SELECT id FROM poll_scorer WHERE poll_id = ? AND person_id = ?').pluck().get(row.id, ref.personId) as string | undefined;
  if (existing) return existing;
  const id = ctx.newId();
  ctx.sql("INSERT INTO poll_scorer (id, poll_id, kind, person_id, created_at) VALUES (?, ?, 'person', ?, ?)").run(id, row.id, ref.personId, ctx.now());
  return id;
}

export function setScores(ctx: Context, input: ParsedInput<'polls.setScores'>): PollScorer {
  const row = requirePollRow(ctx, input.pollId);
  requireStatus(row, 'open');
  const { rules } = requireMatrix(row);
  const options = readOptions(ctx, row.id);
  const optionIds = new Set(options.map((o) => o.id));
  const criteria = new Map(rules.criteria.map((c) => [c.name.normalize('NFC'), c.name]));
  const { min, max } = rules.scale;

  const problems: { path: string; message: string }[] = [];
  const cells: { option: string; criterion: string; value: number | null }[] = [];
  for (const [option, byCriterion] of Object.entries(input.scores)) {
    if (!optionIds.has(option)) {
      problems.push({ path: `scores.${option}`, message: `unknown option ${option}` });
      continue;
    }
    const label = options.find((o) => o.id === option)?.label;
    for (const [name, value] of Object.entries(byCriterion)) {
      const criterion = criteria.get(name.normalize('NFC'));
      const at = `scores.${option}.${name}`;
      if (criterion === undefined) problems.push({ path: at, message: `unknown criterion "${name}" (the criteria are ${rules.criteria.map((c) => `"${c.name}"`).join(', ')})` });
      else if (value !== null && (value < min || value > max)) problems.push({ path: at, message: `"${label}", ${criterion}: score ${value} is outside the scale ${min}–${max}` });
      else cells.push({ option, criterion, value });
    }
  }
  if (problems.length > 0) throw refused('poll.scores_invalid', problems.map((p) => p.message).join('; '), problems);

  const id = scorerId(ctx, row, input.scorer);
  const upsert = ctx.sql(
    'INSERT INTO poll_score (scorer_id, option_id, criterion, value) VALUES (?, ?, ?, ?) ON CONFLICT (scorer_id, option_id, criterion) DO UPDATE SET value = excluded.value',
  );
  const clear = ctx.sql('DELETE FROM poll_score WHERE scorer_id = ? AND option_id = ? AND criterion = ?');
  for (const c of cells) {
    if (c.value === null) clear.run(id, c.option, c.criterion);
    else upsert.run(id, c.option, c.criterion, c.value);
  }
  return scorersOf(ctx, row.id).find((s) => s.id === id) as PollScorer;
}

export function removeScorer(ctx: Context, pollId: string, id: string): void {
  requireStatus(requirePollRow(ctx, pollId), 'open');
  if (ctx.sql('DELETE FROM poll_scorer WHERE id = ? AND poll_id = ?').run(id, pollId).changes === 0) throw notFound('scorer', id);
}
