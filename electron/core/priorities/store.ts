/**
 * The priority list of a forum: one list, replaced as a whole, its items in order. Items keep
 * the issue id they were given and are read through merges (resolveIssueId), so an issue merged
 * after adoption shows as its survivor; if two items end up as the same issue, the better
 * placed one stays and the other is left out of what is read. A deleted issue keeps its title
 * as adopted, flagged `issueMissing`.
 */
import { type PriorityList, PrioritySource } from '../../../shared/contract';
import type { Context } from '../context';
import { resolveIssueId } from '../issues/store';

interface ListRow {
  forum_id: string;
  poll_id: string | null;
  source: string;
  resolution_id: string | null;
  updated_at: string;
}

interface ItemRow {
  position: number;
  rank: number;
  issue_id: string;
  title: string;
  score: number | null;
}

export function readList(ctx: Context, forumId: string): PriorityList {
  const list = ctx.sql('SELECT * FROM priority_list WHERE forum_id = ?').get(forumId) as ListRow | undefined;
  if (!list) return { forumId, items: [], source: null, resolutionId: null, updatedAt: null };
  const rows = ctx.sql('SELECT position, rank, issue_id, title, score FROM priority_item WHERE forum_id = ? ORDER BY position').all(forumId) as ItemRow[];
  const title = ctx.sql('SELECT title FROM issue WHERE id = ?').pluck();
  const seen = new Set<string>();
  const items: PriorityList['items'] = [];
  for (const row of rows) {
    const current = resolveIssueId(ctx, row.issue_id);
    const live = current === null ? undefined : (title.get(current) as string | undefined);
    const issueId = current ?? row.issue_id;
    if (seen.has(issueId)) continue;
    seen.add(issueId);
    items.push({ position: items.length + 1, rank: row.rank, issueId, title: live ?? row.title, score: row.score, issueMissing: live === undefined });
  }
  return {
    forumId,
    items,
    source: PrioritySource.parse(JSON.parse(list.source)),
    resolutionId: list.resolution_id,
    updatedAt: list.updated_at,
  };
}

export interface NewItem {
  rank: number;
  issueId: string;
  title: string;
  score: number | null;
}

export interface NewList {
  forumId: string;
  pollId: string | null;
  source: PrioritySource;
  resolutionId: string | null;
  items: readonly NewItem[];
  at: string;
}

export function writeList(ctx: Context, list: NewList): void {
  ctx.sql('DELETE FROM priority_list WHERE forum_id = ?').run(list.forumId);
  ctx
    .sql('INSERT INTO priority_list (forum_id, poll_id, source, resolution_id, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(list.forumId, list.pollId, JSON.stringify(list.source), list.resolutionId, list.at);
  const insert = ctx.sql('INSERT INTO priority_item (forum_id, position, rank, issue_id, title, score) VALUES (?, ?, ?, ?, ?, ?)');
  for (const [i, item] of list.items.entries()) insert.run(list.forumId, i + 1, item.rank, item.issueId, item.title, item.score);
}

export function clearList(ctx: Context, forumId: string): void {
  ctx.sql('DELETE FROM priority_list WHERE forum_id = ?').run(forumId);
}
