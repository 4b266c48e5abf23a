/**
 * Rows the notes and search tests need from features other people are building (agenda items,
 * issues, small groups): written with plain SQL through a second connection to the test's file,
 * so these tests depend only on the schema of migration 3.
 */
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { forumDraft } from '../../support/factories';
import type { TestCore } from '../../support/core';

const AT = '2026-11-23T01:00:00.000Z';

export function writeDb(t: TestCore, sql: string, ...params: unknown[]): void {
  const db = new Database(t.dbPath);
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

export async function newForum(t: TestCore, title?: string): Promise<string> {
  return (await t.call('forums.create', forumDraft(title ? { title } : {}))).id;
}

export function addAgendaItem(t: TestCore, forumId: string, title: string, position: number, parentId: string | null = null): string {
  const id = uuidv7();
  writeDb(t, 'INSERT INTO agenda_item (id, forum_id, parent_id, position, title, created_at) VALUES (?, ?, ?, ?, ?, ?)', id, forumId, parentId, position, title, AT);
  return id;
}

export function setCurrentItem(t: TestCore, forumId: string, itemId: string | null): void {
  writeDb(t, 'UPDATE forum SET current_agenda_item_id = ? WHERE id = ?', itemId, forumId);
}

export function addGroup(t: TestCore, forumId: string, name: string): string {
  const id = uuidv7();
  writeDb(t, 'INSERT INTO small_group (id, forum_id, name, position, created_at) VALUES (?, ?, ?, 0, ?)', id, forumId, name, AT);
  return id;
}

export function addIssue(
  t: TestCore,
  forumId: string,
  issue: { title: string; description?: string | null; mergedInto?: string | null; at?: string },
): string {
  const id = uuidv7();
  writeDb(
    t,
    `INSERT INTO issue (id, forum_id, title, description, position, merged_into, created_at, updated_at)
     VALUES (?, ?, ?, ?, 0, ?, ?, ?)`,
    id,
    forumId,
    issue.title,
    issue.description ?? null,
    issue.mergedInto ?? null,
    issue.at ?? AT,
    issue.at ?? AT,
  );
  return id;
}
