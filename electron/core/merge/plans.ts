/**
 * Merging village forums keeps their plans (issue 14): each village project not merged before is
 * copied into the tambon forum with its ผ.02 details, its status history (spending and evidence
 * files with their checksums), and the lessons about it; each village agreement with every one of
 * its versions (parties, covered projects, commitments, signatories), the projects it names mapped
 * to their copies. merge_source records where each copy came from (entities `project` and
 * `agreement`), which makes the step idempotent: a traced source is never copied twice.
 *
 * Partners and people are shared registers: the copies name the same ones. A project's issue is
 * mapped to the tambon issue its village issue went into; its poll (a village poll) is dropped.
 * The copied status updates are recorded in the tambon forum, which now carries them.
 */
import type { Context } from '../context';
import { addTrace, traceRows } from './store';

export interface PlansAdded {
  projects: number;
  agreements: number;
}

type Row = Record<string, unknown>;

function copyRows(ctx: Context, table: string, where: string, param: unknown, change: (row: Row) => Row | null): void {
  for (const row of ctx.sql(`SELECT * FROM ${table} WHERE ${where}`).all(param) as Row[]) {
    const next = change({ ...row });
    if (!next) continue;
    const columns = Object.keys(next);
    ctx.sql(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((c) => next[c]));
  }
}

export function mergePlans(ctx: Context, targetForumId: string, sourceForumIds: readonly string[], issueMap: ReadonlyMap<string, string>): PlansAdded {
  const at = ctx.now();
  const added: PlansAdded = { projects: 0, agreements: 0 };
  // Source project → its copy, from earlier applies too, so later agreements still find them.
  const projectMap = new Map(traceRows(ctx, targetForumId, 'project').map((r) => [r.sourceEntityId, r.entityId]));
  const tracedAgreements = new Set(traceRows(ctx, targetForumId, 'agreement').map((r) => r.sourceEntityId));
  const nextPosition = (table: 'project' | 'agreement') =>
    ctx.sql(`SELECT count(*) FROM ${table} WHERE forum_id = ? AND deleted_at IS NULL`).pluck().get(targetForumId) as number;

  for (const sourceForumId of sourceForumIds) {
    const projects = ctx.sql('SELECT * FROM project WHERE forum_id = ? AND deleted_at IS NULL ORDER BY position, created_at').all(sourceForumId) as Row[];
    for (const project of projects) {
      const sourceId = project.id as string;
      if (projectMap.has(sourceId)) continue;
      const id = ctx.newId();
      const issueId = typeof project.issue_id === 'string' ? (issueMap.get(project.issue_id) ?? null) : null;
      copyRows(ctx, 'project', 'id = ?', sourceId, (row) => ({ ...row, id, forum_id: targetForumId, issue_id: issueId, poll_id: null, position: nextPosition('project'), created_at: at, updated_at: at }));
      copyRows(ctx, 'project_plan', 'project_id = ?', sourceId, (row) => ({ ...row, project_id: id }));
      copyRows(ctx, 'project_budget_year', 'project_id = ?', sourceId, (row) => ({ ...row, project_id: id }));
      const updates = ctx.sql('SELECT id FROM status_update WHERE project_id = ? AND deleted_at IS NULL ORDER BY reported_on, created_at').pluck().all(sourceId) as string[];
      for (const updateId of updates) {
        const copy = ctx.newId();
        copyRows(ctx, 'status_update', 'id = ?', updateId, (row) => ({ ...row, id: copy, project_id: id, forum_id: targetForumId }));
        copyRows(ctx, 'status_spending', 'update_id = ?', updateId, (row) => ({ ...row, update_id: copy }));
        copyRows(ctx, 'attachment', 'update_id = ?', updateId, (row) => ({ ...row, id: ctx.newId(), update_id: copy }));
      }
      copyRows(ctx, 'lesson', 'project_id = ? AND deleted_at IS NULL', sourceId, (row) =>
        row.forum_id === sourceForumId ? { ...row, id: ctx.newId(), forum_id: targetForumId, project_id: id, created_at: at, updated_at: at } : null,
      );
      projectMap.set(sourceId, id);
      addTrace(ctx, targetForumId, 'project', { entityId: id, sourceForumId, sourceEntityId: sourceId }, at);
      added.projects += 1;
    }

    const agreements = ctx.sql('SELECT id FROM agreement WHERE forum_id = ? AND deleted_at IS NULL ORDER BY position, created_at').pluck().all(sourceForumId) as string[];
    for (const sourceId of agreements) {
      if (tracedAgreements.has(sourceId)) continue;
      const id = ctx.newId();
      copyRows(ctx, 'agreement', 'id = ?', sourceId, (row) => ({ ...row, id, forum_id: targetForumId, position: nextPosition('agreement'), created_at: at }));
      const versions = ctx.sql('SELECT id FROM agreement_version WHERE agreement_id = ? ORDER BY version').pluck().all(sourceId) as string[];
      for (const versionId of versions) {
        const copy = ctx.newId();
        copyRows(ctx, 'agreement_version', 'id = ?', versionId, (row) => ({ ...row, id: copy, agreement_id: id }));
        copyRows(ctx, 'agreement_party', 'version_id = ?', versionId, (row) => ({ ...row, version_id: copy }));
        copyRows(ctx, 'agreement_project', 'version_id = ?', versionId, (row) => {
          const project = projectMap.get(row.project_id as string);
          return project ? { ...row, version_id: copy, project_id: project } : null;
        });
        copyRows(ctx, 'agreement_commitment', 'version_id = ?', versionId, (row) => ({
          ...row,
          id: ctx.newId(),
          version_id: copy,
          project_id: typeof row.project_id === 'string' ? (projectMap.get(row.project_id) ?? null) : null,
        }));
        copyRows(ctx, 'agreement_signatory', 'version_id = ?', versionId, (row) => ({ ...row, id: ctx.newId(), version_id: copy }));
      }
      tracedAgreements.add(sourceId);
      addTrace(ctx, targetForumId, 'agreement', { entityId: id, sourceForumId, sourceEntityId: sourceId }, at);
      added.agreements += 1;
    }
  }
  return added;
}
