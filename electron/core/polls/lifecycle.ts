/**
 * draft → open → closed, and closed → open again. Each transition is one write (so one audit
 * row under its operation's name). Opening fixes what the result will depend on: the options
 * must be ready, and a lottery gets its seed now if the facilitator did not give one, so the
 * seed is on record before any vote is cast. Run inside `ctx.write`.
 */
import { randomInt } from 'node:crypto';
import { hasOptions } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { eligibleCount } from './eligibility';
import { requireStatus } from './guards';
import { readOptions, refreshLabels } from './options';
import { type PollRow, settingsOf, tieRuleOf, updatePollRow } from './store';

/** Seeds are 32-bit (shared/tally/ties.ts, mulberry32). */
const SEED_LIMIT = 0x1_0000_0000;

export function openPoll(ctx: Context, row: PollRow): void {
  requireStatus(row, 'draft');
  const { method } = settingsOf(row);
  const options = readOptions(ctx, row.id);
  if (hasOptions(method) && options.length < 2) {
    throw new AppError('conflict', 'poll.too_few_options', `poll "${row.title}" needs at least two options before it opens (it has ${options.length})`, {
      pollId: row.id,
      options: options.length,
    });
  }
  const missing = options.filter((o) => o.issueMissing);
  if (missing.length > 0) {
    throw new AppError('conflict', 'poll.option_issue_deleted', `option ${missing[0]?.position} ("${missing[0]?.label}") is an issue that has been deleted`, {
      pollId: row.id,
      optionIds: missing.map((o) => o.id),
    });
  }
  const tieRule = tieRuleOf(row);
  const at = ctx.now();
  updatePollRow(
    ctx,
    row.id,
    {
      status: 'open',
      openedAt: at,
      closedAt: null,
      ...(tieRule.rule === 'lottery' && tieRule.seed === null ? { tieRule: JSON.stringify({ rule: 'lottery', seed: randomInt(0, SEED_LIMIT) }) } : {}),
    },
    at,
  );
  refreshLabels(ctx, row.id);
}

export function closePoll(ctx: Context, row: PollRow): void {
  requireStatus(row, 'open');
  const at = ctx.now();
  // What the vote was taken among is recorded now: later changes to the register do not rewrite it.
  updatePollRow(ctx, row.id, { status: 'closed', closedAt: at, closedEligibleCount: eligibleCount(ctx, row) }, at);
  refreshLabels(ctx, row.id);
}

export function reopenPoll(ctx: Context, row: PollRow): void {
  requireStatus(row, 'closed');
  const at = ctx.now();
  updatePollRow(ctx, row.id, { status: 'open', openedAt: at, closedAt: null, closedEligibleCount: null }, at);
}

/**
 * The facilitator's decisions for a casting-vote tie rule, checked against what can be chosen;
 * on a closed poll only added to (shared/contract/polls.ts).
 */
export function setCastingVotes(ctx: Context, row: PollRow, choices: readonly string[]): void {
  requireStatus(row, ['open', 'closed'], 'open');
  const rule = tieRuleOf(row);
  if (rule.rule !== 'casting_vote') {
    throw new AppError('conflict', 'poll.not_casting_vote', `poll "${row.title}" settles ties by ${rule.rule}, not by a casting vote`, { pollId: row.id });
  }
  const { method } = settingsOf(row);
  const allowed = hasOptions(method) ? new Set(readOptions(ctx, row.id).map((o) => o.id)) : new Set(method === 'yes_no' ? ['yes', 'no'] : []);
  choices.forEach((choice, i) => {
    if (!allowed.has(choice)) {
      throw new AppError('validation', 'poll.casting_vote_unknown', `choices[${i}]: "${choice}" is not ${method === 'yes_no' ? '"yes" or "no"' : 'an option of this poll'}`, [
        { path: ['choices', String(i)], message: 'not something this poll can choose' },
      ]);
    }
  });
  // A closed poll's decisions are on record (the minutes, a priority list adopted from it):
  // one may be added for a tie met at the close, but changing one needs the poll reopened.
  const kept = rule.choices.every((c, i) => choices[i] === c);
  if (row.status === 'closed' && !kept) {
    throw new AppError(
      'conflict',
      'poll.casting_vote_recorded',
      `poll "${row.title}" is closed: its recorded casting vote${rule.choices.length > 1 ? 's' : ''} can only be changed or cleared after reopening it`,
      { pollId: row.id, choices: rule.choices },
    );
  }
  updatePollRow(ctx, row.id, { tieRule: JSON.stringify({ rule: 'casting_vote', choices }) }, ctx.now());
}
