/**
 * Creating and editing a draft poll: where it belongs, its method and rules, tie rule, who may
 * vote and its options. Run inside `ctx.write`.
 */
import { type ParsedInput, type PollSettings, type PollTieRule, type TieRuleChoice, hasOptions } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { writeEligibility } from './eligibility';
import { writeOptions } from './options';
import { type PollRow, type PollRowPatch, insertPoll, requirePollRow, settingsOf, updatePollRow } from './store';

/** The forum's current agenda item, refusing a forum that is missing or in the trash. */
function currentItem(ctx: Context, forumId: string): string | null {
  const row = ctx.sql('SELECT current_agenda_item_id AS item FROM forum WHERE id = ? AND deleted_at IS NULL').get(forumId) as
    | { item: string | null }
    | undefined;
  if (!row) throw notFound('forum', forumId);
  return row.item;
}

function checkAgendaItem(ctx: Context, forumId: string, id: string | null): void {
  if (id !== null && ctx.sql('SELECT 1 FROM agenda_item WHERE id = ? AND forum_id = ?').get(id, forumId) === undefined) {
    throw notFound('agenda_item', id);
  }
}

/** Casting-vote decisions start empty and a lottery's seed stays null until the poll opens, unless given. */
export const recordedTieRule = (choice: TieRuleChoice): PollTieRule =>
  choice.rule === 'casting_vote' ? { rule: 'casting_vote', choices: [] } : choice.rule === 'revote' ? { rule: 'revote' } : { rule: 'lottery', seed: choice.seed ?? null };

function requireNoOptions(settings: PollSettings, count: number): void {
  if (count > 0 && !hasOptions(settings.method)) {
    throw new AppError('validation', 'poll.options_not_allowed', `a ${settings.method} poll has no options: its title is what is decided`, [
      { path: ['options'], message: `a ${settings.method} poll has no options` },
    ]);
  }
}

export function createPoll(ctx: Context, input: ParsedInput<'polls.create'>): string {
  const current = currentItem(ctx, input.forumId);
  const agendaItemId = input.agendaItemId === undefined ? current : input.agendaItemId;
  checkAgendaItem(ctx, input.forumId, agendaItemId);
  const settings = { method: input.method, rules: input.rules } as PollSettings;
  requireNoOptions(settings, input.options.length);
  const id = ctx.newId();
  insertPoll(ctx, { id, forumId: input.forumId, agendaItemId, title: input.title, settings, tieRule: recordedTieRule(input.tieRule), at: ctx.now() });
  writeEligibility(ctx, id, input.forumId, input.eligibility);
  writeOptions(ctx, id, input.forumId, input.options, () => ctx.newId());
  return id;
}

export function updatePoll(ctx: Context, row: PollRow, patch: ParsedInput<'polls.update'>['patch']): void {
  const columns: PollRowPatch = {};
  if (patch.title !== undefined) columns.title = patch.title;
  if (patch.agendaItemId !== undefined) {
    checkAgendaItem(ctx, row.forum_id, patch.agendaItemId);
    columns.agendaItemId = patch.agendaItemId;
  }
  if (patch.settings !== undefined) {
    columns.method = patch.settings.method;
    columns.rules = JSON.stringify(patch.settings.rules);
  }
  if (patch.tieRule !== undefined) columns.tieRule = JSON.stringify(recordedTieRule(patch.tieRule));
  updatePollRow(ctx, row.id, columns, ctx.now());
  if (patch.eligibility !== undefined) writeEligibility(ctx, row.id, row.forum_id, patch.eligibility);
  if (patch.options !== undefined) writeOptions(ctx, row.id, row.forum_id, patch.options, () => ctx.newId());
  const count = ctx.sql('SELECT count(*) FROM poll_option WHERE poll_id = ?').pluck().get(row.id) as number;
  requireNoOptions(settingsOf(requirePollRow(ctx, row.id)), count);
}
