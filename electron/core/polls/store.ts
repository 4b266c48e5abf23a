/** Rows of poll, mapped to the contract's `Poll` (options, eligibility and counts read alongside). */
import { type Poll, type PollMethod, PollSettings, type PollStatus, PollTieRule } from '../../../shared/contract';
import type { Context } from '../context';
import { notFound } from '../errors';
import { eligibilityOf, recordedEligibleCount } from './eligibility';
import { readOptions } from './options';

export interface PollRow {
  id: string;
  forum_id: string;
  agenda_item_id: string | null;
  title: string;
  method: PollMethod;
  rules: string;
  tie_rule: string;
  eligibility: 'checked_in' | 'group' | 'list';
  eligible_group_id: string | null;
  eligible_group_name: string | null;
  status: PollStatus;
  opened_at: string | null;
  closed_at: string | null;
  /** How many were eligible when the poll closed (null while it is not closed). */
  closed_eligible_count: number | null;
  created_at: string;
  updated_at: string;
}

export function findPollRow(ctx: Context, id: string): PollRow | null {
  return (ctx.sql('SELECT * FROM poll WHERE id = ?').get(id) as PollRow | undefined) ?? null;
}

export function requirePollRow(ctx: Context, id: string): PollRow {
  const row = findPollRow(ctx, id);
  if (!row) throw notFound('poll', id);
  return row;
}

export function pollRowsOf(ctx: Context, forumId: string): PollRow[] {
  return ctx.sql('SELECT * FROM poll WHERE forum_id = ? ORDER BY created_at, id').all(forumId) as PollRow[];
}

/** The method and its rules, parsed again so a row written by an older version reads with today's defaults. */
export const settingsOf = (row: PollRow): PollSettings => PollSettings.parse({ method: row.method, rules: JSON.parse(row.rules) });

export const tieRuleOf = (row: PollRow): PollTieRule => PollTieRule.parse(JSON.parse(row.tie_rule));

function inputCount(ctx: Context, pollId: string): number {
  return ctx
    .sql(
      `SELECT (SELECT count(*) FROM poll_ballot WHERE poll_id = @id)
            + (SELECT count(*) FROM poll_scorer WHERE poll_id = @id)
            + (SELECT count(DISTINCT kind) FROM poll_count WHERE poll_id = @id)`,
    )
    .pluck()
    .get({ id: pollId }) as number;
}

export function toPoll(ctx: Context, row: PollRow): Poll {
  const settings = settingsOf(row);
  return {
    ...settings,
    id: row.id,
    forumId: row.forum_id,
    agendaItemId: row.agenda_item_id,
    title: row.title,
    tieRule: tieRuleOf(row),
    eligibility: eligibilityOf(ctx, row),
    eligibleCount: recordedEligibleCount(ctx, row),
    options: readOptions(ctx, row.id),
    status: row.status,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    inputCount: inputCount(ctx, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } as Poll;
}

export function readPoll(ctx: Context, id: string): Poll {
  return toPoll(ctx, requirePollRow(ctx, id));
}

export interface NewPoll {
  id: string;
  forumId: string;
  agendaItemId: string | null;
  title: string;
  settings: PollSettings;
  tieRule: PollTieRule;
  at: string;
}

export function insertPoll(ctx: Context, p: NewPoll): void {
  ctx
    .sql(
      `INSERT INTO poll (id, forum_id, agenda_item_id, title, method, rules, tie_rule, eligibility, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'checked_in', 'draft', ?, ?)`,
    )
    .run(p.id, p.forumId, p.agendaItemId, p.title, p.settings.method, JSON.stringify(p.settings.rules), JSON.stringify(p.tieRule), p.at, p.at);
}

const COLUMNS = {
  title: 'title',
  agendaItemId: 'agenda_item_id',
  method: 'method',
  rules: 'rules',
  tieRule: 'tie_rule',
  status: 'status',
  openedAt: 'opened_at',
  closedAt: 'closed_at',
  closedEligibleCount: 'closed_eligible_count',
} as const;

export type PollRowPatch = Partial<Record<keyof typeof COLUMNS, string | number | null>>;

/** Writes the given columns and `updated_at`; values already in database form (JSON as text). */
export function updatePollRow(ctx: Context, id: string, patch: PollRowPatch, at: string): void {
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof typeof COLUMNS, string | number | null][];
  const sets = entries.map(([key]) => `${COLUMNS[key]} = ?`);
  ctx.sql(`UPDATE poll SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...entries.map(([, v]) => v), at, id);
}
