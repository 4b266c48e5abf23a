/**
 * A core with one forum, plus direct SQL for the issues a plan points at, so these tests do
 * not depend on the issues service (merges are set on `merged_into` as issues.merge leaves them).
 */
import Database from 'better-sqlite3';
import type { ProjectDraft } from '../../../shared/contract';
import { openCore, steppingClock } from '../../support/core';
import { forumDraft } from '../../support/factories';

let n = 0;
export const fakeId = () => {
  n += 1;
  return `01936d2a-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
};

export const MISSING = '01936d2a-0000-7000-8000-00000000dead';

export async function openProjects() {
  const t = await openCore({ now: steppingClock() });
  const forum = await t.call('forums.create', forumDraft());

  /** Writes through a second connection, as another feature's service would have. */
  const exec = (sql: string, ...params: unknown[]) => {
    const db = new Database(t.dbPath);
    try {
      db.pragma('busy_timeout = 5000');
      db.prepare(sql).run(...params);
    } finally {
      db.close();
    }
  };

  const addIssue = (title: string, forumId = forum.id) => {
    const id = fakeId();
    exec(
      `INSERT INTO issue (id, forum_id, title, position, created_at, updated_at)
       VALUES (?, ?, ?, (SELECT count(*) FROM issue WHERE forum_id = ?), '2026-11-23T02:00:00.000Z', '2026-11-23T02:00:00.000Z')`,
      id,
      forumId,
      title,
      forumId,
    );
    return id;
  };
  /** A closed poll row of the forum, for a project to name the poll that ranked it. */
  const addPoll = (forumId = forum.id) => {
    const id = fakeId();
    exec(
      `INSERT INTO poll (id, forum_id, title, method, rules, tie_rule, eligibility, status, created_at, updated_at)
       VALUES (?, ?, 'จัดลำดับ', 'borda', '{}', '{"rule":"revote"}', 'checked_in', 'closed', '2026-11-23T02:00:00.000Z', '2026-11-23T02:00:00.000Z')`,
      id,
      forumId,
    );
    return id;
  };
  const mergeIssue = (mergedId: string, survivorId: string) => exec('UPDATE issue SET merged_into = ? WHERE id = ?', survivorId, mergedId);

  const create = (fields: Omit<ProjectDraft, 'forumId'> & { forumId?: string }) => t.call('projects.create', { forumId: forum.id, ...fields });
  const titles = async (forumId = forum.id) => (await t.call('projects.list', { forumId })).map((p) => p.title);
  /** The dispatch's answer for a call expected to fail. */
  const refusal = async (op: Parameters<typeof t.core.dispatch>[0], input: unknown) => {
    const result = await t.core.dispatch(op, input);
    if (result.ok) throw new Error(`${op} succeeded`);
    return result.error;
  };

  return { ...t, forum, exec, addIssue, addPoll, mergeIssue, create, titles, refusal };
}
