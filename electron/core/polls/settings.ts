/**
 * Creating and editing a draft poll: where it belongs, its method and rules, tie rule, who may
 * vote and its options. Run inside `ctx.write`.
 */
import { type ParsedInput, type PollSettings, type PollTieRule, type TieRuleChoice, hasOptions } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { requireForum, requireInForum } from '../guard';
import { writeEligibility } from './eligibility';
import { readOptions, writeOptions } from './options';
import { eligibilityOf } from './eligibility';
import { type PollRow, type PollRowPatch, insertPoll, requirePollRow, settingsOf, tieRuleOf, updatePollRow } from './store';

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
  const current = requireForum(ctx, input.forumId).currentAgendaItemId;
  const agendaItemId = input.agendaItemId === undefined ? current : input.agendaItemId;
  requireInForum(ctx, input.forumId, 'agenda_item', agendaItemId);
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
    requireInForum(ctx, row.forum_id, 'agenda_item', patch.agendaItemId);
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

/**
 * A new draft like `row`: same method, rules, agenda item and eligibility; the tie rule as
 * chosen (casting votes not carried over, a lottery drawing a new seed when it opens); the
 * options given, in the source's order. A deleted group leaves the copy open to all checked in.
 */
export function duplicatePoll(ctx: Context, row: PollRow, input: ParsedInput<'polls.duplicate'>): string {
  const options = readOptions(ctx, row.id);
  const wanted = input.optionIds === undefined ? null : new Set(input.optionIds);
  for (const [i, optionId] of (input.optionIds ?? []).entries()) {
    if (!options.some((o) => o.id === optionId)) {
      throw new AppError('validation', 'poll.option_unknown', `optionIds[${i}]: ${optionId} is not an option of this poll`, [
        { path: ['optionIds', String(i)], message: 'not an option of this poll' },
      ]);
    }
  }
  const kept = options.filter((o) => wanted === null || wanted.has(o.id));
  const rule = tieRuleOf(row);
  const eligibility = eligibilityOf(ctx, row);
  return createPoll(ctx, {
    forumId: row.forum_id,
    agendaItemId: row.agenda_item_id,
    title: input.title ?? row.title,
    ...settingsOf(row),
    tieRule: { rule: rule.rule },
    eligibility:
      eligibility.kind === 'group'
        ? eligibility.groupId === null
          ? { kind: 'checked_in' }
          : { kind: 'group', groupId: eligibility.groupId }
        : eligibility.kind === 'list' && eligibility.personIds.length > 0
          ? { kind: 'list', personIds: eligibility.personIds }
          : { kind: 'checked_in' },
    options: kept.map((o) => (o.issueId !== null && !o.issueMissing ? { issueId: o.issueId } : { label: o.label })),
  } as ParsedInput<'polls.create'>);
}
