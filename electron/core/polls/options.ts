/**
 * A poll's options: forum issues or free text. An issue option reads its label from the issue
 * today, following merges to the survivor, so a renamed or merged issue shows as it is now; the
 * stored label is the title when last written, shown only if the issue has been deleted.
 */
import type { ParsedInput, PollOption } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { requireInForum } from '../guard';
import { resolveIssueId } from '../issues/store';

interface OptionRow {
  id: string;
  position: number;
  issue_id: string | null;
  label: string;
}

const issueTitle = (ctx: Context, id: string) => ctx.sql('SELECT title FROM issue WHERE id = ?').pluck().get(id) as string | undefined;

export function readOptions(ctx: Context, pollId: string): PollOption[] {
  const rows = ctx.sql('SELECT id, position, issue_id, label FROM poll_option WHERE poll_id = ? ORDER BY position').all(pollId) as OptionRow[];
  return rows.map((row) => {
    if (row.issue_id === null) {
      return { id: row.id, position: row.position, label: row.label, issueId: null, sourceIssueId: null, issueMissing: false };
    }
    const current = resolveIssueId(ctx, row.issue_id);
    const title = current === null ? undefined : issueTitle(ctx, current);
    return {
      id: row.id,
      position: row.position,
      label: title ?? row.label,
      issueId: current ?? row.issue_id,
      sourceIssueId: row.issue_id,
      issueMissing: title === undefined,
    };
  });
}

/** The stored labels take the issues' titles now (on open and close), so the record holds what the room saw. */
export function refreshLabels(ctx: Context, pollId: string): void {
  const update = ctx.sql('UPDATE poll_option SET label = ? WHERE id = ? AND label IS NOT ?');
  for (const option of readOptions(ctx, pollId)) {
    if (option.issueId !== null && !option.issueMissing) update.run(option.label, option.id, option.label);
  }
}

type OptionDrafts = ParsedInput<'polls.create'>['options'];

/**
 * Replaces the options (draft polls only, so nothing refers to them yet). Issues must be active
 * issues of the poll's forum; an issue, or a label, appears once.
 */
export function writeOptions(ctx: Context, pollId: string, forumId: string, drafts: OptionDrafts, newId: () => string): void {
  const rows = drafts.map((draft, i) => {
    if (draft.issueId === undefined) return { issueId: null, label: draft.label as string, at: i };
    requireInForum(ctx, forumId, 'issue', draft.issueId, ['options', String(i), 'issueId']);
    const issue = ctx.sql('SELECT title, merged_into FROM issue WHERE id = ?').get(draft.issueId) as { title: string; merged_into: string | null };
    // A merged issue is offered as its survivor: the room sees one issue, not two names for it.
    const issueId = issue.merged_into === null ? draft.issueId : (resolveIssueId(ctx, draft.issueId) ?? draft.issueId);
    return { issueId, label: issueTitle(ctx, issueId) ?? issue.title, at: i };
  });
  const seenIssues = new Map<string, number>();
  const seenLabels = new Map<string, number>();
  for (const row of rows) {
    const labelKey = row.label.normalize('NFC').trim().toLowerCase();
    const sameIssue = row.issueId === null ? undefined : seenIssues.get(row.issueId);
    const sameLabel = seenLabels.get(labelKey);
    const first = sameIssue ?? sameLabel;
    if (first !== undefined) {
      const what = sameIssue !== undefined ? 'the same issue' : `the same label "${row.label}"`;
      throw new AppError('validation', 'poll.option_duplicate', `options[${row.at}] is ${what} as options[${first}]`, [
        { path: ['options', String(row.at)], message: `${what} as options[${first}]` },
      ]);
    }
    if (row.issueId !== null) seenIssues.set(row.issueId, row.at);
    seenLabels.set(labelKey, row.at);
  }
  ctx.sql('DELETE FROM poll_option WHERE poll_id = ?').run(pollId);
  const insert = ctx.sql('INSERT INTO poll_option (id, poll_id, position, issue_id, label) VALUES (?, ?, ?, ?, ?)');
  for (const [i, row] of rows.entries()) insert.run(newId(), pollId, i + 1, row.issueId, row.label);
}

/** Option ids in ballot order. */
export const optionIds = (ctx: Context, pollId: string): string[] =>
  ctx.sql('SELECT id FROM poll_option WHERE poll_id = ? ORDER BY position').pluck().all(pollId) as string[];
