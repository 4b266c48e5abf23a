/**
 * `merge.sources`: where a merged forum's records came from, read from the trace rows. Issues
 * are read through merges in the target (two merged issues merged again there show as one, with
 * both origins); a source forum, issue or person gone since is still listed (flagged missing,
 * or with a null label), so the trace never silently shrinks.
 */
import type { MergeSources } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';
import { resolveIssueId } from '../issues/store';
import { type TraceRow, findMergeForum, forumLabel, traceRows } from './store';

type Origin = MergeSources['issues'][number]['from'][number];

export function readSources(ctx: Context, forumId: string): MergeSources {
  const forums = traceRows(ctx, forumId, 'forum');
  const labels = new Map<string, string>();
  const sources = forums.map((row) => {
    const forum = findMergeForum(ctx, row.sourceForumId);
    labels.set(row.sourceForumId, forum ? forumLabel(forum) : row.sourceForumId);
    return forum
      ? { ...forum, mergedAt: row.mergedAt, missing: false }
      : { forumId: row.sourceForumId, title: '', kind: 'village' as const, village: null, date: row.mergedAt.slice(0, 10), attendeeCount: 0, issueCount: 0, mergedAt: row.mergedAt, missing: true };
  });

  const issueTitle = ctx.sql('SELECT title FROM issue WHERE id = ?').pluck();
  const personRow = ctx.sql('SELECT title_prefix AS titlePrefix, first_name AS firstName, last_name AS lastName FROM person WHERE id = ?');
  const personName = (id: string) => {
    const p = personRow.get(id) as { titlePrefix: string | null; firstName: string; lastName: string | null } | undefined;
    return p ? fullName(p) : null;
  };
  const origin = (row: TraceRow, label: string | null): Origin => ({
    forumId: row.sourceForumId,
    forumLabel: labels.get(row.sourceForumId) ?? row.sourceForumId,
    id: row.sourceEntityId,
    label,
  });

  const issues = new Map<string, MergeSources['issues'][number]>();
  for (const row of traceRows(ctx, forumId, 'issue')) {
    const id = resolveIssueId(ctx, row.entityId) ?? row.entityId;
    const entry = issues.get(id) ?? { issueId: id, title: (issueTitle.get(id) as string | undefined) ?? '', from: [] };
    entry.from.push(origin(row, (issueTitle.get(row.sourceEntityId) as string | undefined) ?? null));
    issues.set(id, entry);
  }
  const people = new Map<string, MergeSources['people'][number]>();
  for (const row of traceRows(ctx, forumId, 'person')) {
    const entry = people.get(row.entityId) ?? { personId: row.entityId, name: personName(row.entityId) ?? '', from: [] };
    entry.from.push(origin(row, personName(row.sourceEntityId)));
    people.set(row.entityId, entry);
  }
  const titled = (entity: 'project' | 'agreement') => {
    const title =
      entity === 'project'
        ? ctx.sql('SELECT title FROM project WHERE id = ?').pluck()
        : ctx.sql('SELECT title FROM agreement_version WHERE agreement_id = ? ORDER BY version DESC LIMIT 1').pluck();
    return traceRows(ctx, forumId, entity).map((row) => ({
      id: row.entityId,
      title: (title.get(row.entityId) as string | undefined) ?? '',
      from: [origin(row, (title.get(row.sourceEntityId) as string | undefined) ?? null)],
    }));
  };
  return {
    forumId,
    sources,
    issues: [...issues.values()],
    people: [...people.values()],
    projects: titled('project').map(({ id, ...rest }) => ({ projectId: id, ...rest })),
    agreements: titled('agreement').map(({ id, ...rest }) => ({ agreementId: id, ...rest })),
  };
}
