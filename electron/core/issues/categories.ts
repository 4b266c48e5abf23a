/** A forum's issue categories: stored as JSON in forum.issue_categories, NULL meaning the default list. */
import type { IssueCategory } from '../../../shared/contract';
import { DEFAULT_ISSUE_CATEGORIES, isDefaultIssueCategory } from '../../../shared/domain/issue-categories';
import type { Context } from '../context';

export interface StoredCategory {
  key: string;
  label: string | null;
}

const DEFAULTS: StoredCategory[] = DEFAULT_ISSUE_CATEGORIES.map((key) => ({ key, label: null }));

export function storedCategories(ctx: Context, forumId: string): StoredCategory[] {
  const json = ctx.sql('SELECT issue_categories FROM forum WHERE id = ?').pluck().get(forumId) as string | null | undefined;
  return json ? (JSON.parse(json) as StoredCategory[]) : DEFAULTS;
}

/** Stores NULL when the list is the default one, so the forum keeps "using the defaults". */
export function writeCategories(ctx: Context, forumId: string, list: readonly StoredCategory[]): void {
  const isDefault = list.length === DEFAULTS.length && list.every((c, i) => c.key === DEFAULTS[i]?.key && c.label === null);
  ctx.sql('UPDATE forum SET issue_categories = ? WHERE id = ?').run(isDefault ? null : JSON.stringify(list), forumId);
}

/** Active issues per category key (null = uncategorised). */
export function categoryCounts(ctx: Context, forumId: string): Map<string | null, number> {
  const rows = ctx
    .sql('SELECT category, count(*) AS n FROM issue WHERE forum_id = ? AND merged_into IS NULL GROUP BY category')
    .all(forumId) as { category: string | null; n: number }[];
  return new Map(rows.map((r) => [r.category, r.n]));
}

export function forumCategories(ctx: Context, forumId: string): IssueCategory[] {
  const counts = categoryCounts(ctx, forumId);
  return storedCategories(ctx, forumId).map((c) => ({
    key: c.key,
    label: c.label,
    builtIn: isDefaultIssueCategory(c.key),
    issueCount: counts.get(c.key) ?? 0,
  }));
}

/** A key for a category the facilitator added by label only: random, so two laptops never clash. */
export const newCategoryKey = (ctx: Context) => `custom-${ctx.newId().slice(-12)}`;
