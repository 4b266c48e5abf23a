/** Causes, potentials and needs of an issue (issue_detail rows): read, replace, append. */
import type { IssueDetail, IssueDetailKind } from '../../../shared/contract';
import { normalizeForSearch } from '../../../shared/domain/thai-text';
import type { Context } from '../context';

interface DetailRow {
  id: string;
  issue_id: string;
  kind: IssueDetailKind;
  text: string;
}

export type DetailsByKind = Record<IssueDetailKind, IssueDetail[]>;

const empty = (): DetailsByKind => ({ cause: [], potential: [], need: [] });

/** The details of one issue or of a whole forum, read in one query; the result looks them up by issue. */
export function detailsOf(ctx: Context, scope: { issueId: string } | { forumId: string }): (issueId: string) => DetailsByKind {
  const rows = (
    'issueId' in scope
      ? ctx.sql('SELECT id, issue_id, kind, text FROM issue_detail WHERE issue_id = ? ORDER BY position, id').all(scope.issueId)
      : ctx
          .sql(
            `SELECT d.id, d.issue_id, d.kind, d.text FROM issue_detail d JOIN issue i ON i.id = d.issue_id
             WHERE i.forum_id = ? ORDER BY d.position, d.id`,
          )
          .all(scope.forumId)
  ) as DetailRow[];
  const byIssue = new Map<string, DetailsByKind>();
  for (const row of rows) {
    const details = byIssue.get(row.issue_id) ?? empty();
    byIssue.set(row.issue_id, details);
    details[row.kind].push({ id: row.id, text: row.text });
  }
  return (issueId) => byIssue.get(issueId) ?? empty();
}

const insert = (ctx: Context, id: string, issueId: string, kind: IssueDetailKind, text: string, position: number) =>
  ctx.sql('INSERT INTO issue_detail (id, issue_id, kind, text, position) VALUES (?, ?, ?, ?, ?)').run(id, issueId, kind, text, position);

/**
 * The list becomes exactly `texts`. A line whose text was already there keeps its id, so a
 * screen editing the list in place does not see every row replaced.
 */
export function replaceDetails(ctx: Context, issueId: string, kind: IssueDetailKind, texts: readonly string[]): void {
  const old = detailsOf(ctx, { issueId })(issueId)[kind];
  const unused = new Map<string, string[]>();
  for (const d of old) unused.set(d.text, [...(unused.get(d.text) ?? []), d.id]);
  ctx.sql('DELETE FROM issue_detail WHERE issue_id = ? AND kind = ?').run(issueId, kind);
  for (const [position, text] of texts.entries()) {
    const kept = unused.get(text)?.shift();
    insert(ctx, kept ?? ctx.newId(), issueId, kind, text, position);
  }
}

/** Same text for the room: case, Unicode form and spacing do not make two causes different. */
const sameText = (s: string) => normalizeForSearch(s);

/** Appends the texts not already in the list (or earlier in `texts`); returns how many were added. */
export function appendDetails(ctx: Context, issueId: string, kind: IssueDetailKind, texts: readonly string[]): number {
  const current = detailsOf(ctx, { issueId })(issueId)[kind];
  const present = new Set(current.map((d) => sameText(d.text)));
  let position =
    (ctx.sql('SELECT max(position) FROM issue_detail WHERE issue_id = ? AND kind = ?').pluck().get(issueId, kind) as number | null) ?? -1;
  let added = 0;
  for (const text of texts) {
    const key = sameText(text);
    if (present.has(key)) continue;
    present.add(key);
    position += 1;
    insert(ctx, ctx.newId(), issueId, kind, text, position);
    added += 1;
  }
  return added;
}

/** Writes the details of a restored issue with their old ids. */
export function insertDetailsWithIds(ctx: Context, issueId: string, kind: IssueDetailKind, details: readonly IssueDetail[]): void {
  for (const [position, d] of details.entries()) insert(ctx, d.id, issueId, kind, d.text, position);
}
