/**
 * A core with one forum, plus direct SQL for what other features own (agenda items, small
 * groups, the current item) so these tests do not wait on those services.
 */
import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { type Context, DbContext } from '../../../electron/core/context';
import { ChangeBus } from '../../../electron/core/events';
import { openCore, steppingClock } from '../../support/core';
import { forumDraft } from '../../support/factories';

let n = 0;
const fakeId = () => {
  n += 1;
  return `01936d2a-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
};

export async function openIssues(options: Parameters<typeof openCore>[0] = {}) {
  const t = await openCore({ now: steppingClock(), ...options });
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

  const addAgendaItem = (forumId: string, title: string) => {
    const id = fakeId();
    exec(
      'INSERT INTO agenda_item (id, forum_id, position, title, created_at) VALUES (?, ?, (SELECT count(*) FROM agenda_item WHERE forum_id = ?), ?, ?)',
      id,
      forumId,
      forumId,
      title,
      '2026-11-23T02:00:00.000Z',
    );
    return id;
  };
  const setCurrentItem = (forumId: string, itemId: string | null) =>
    exec('UPDATE forum SET current_agenda_item_id = ? WHERE id = ?', itemId, forumId);
  const addGroup = (forumId: string, name: string) => {
    const id = fakeId();
    exec('INSERT INTO small_group (id, forum_id, name, position, created_at) VALUES (?, ?, ?, 0, ?)', id, forumId, name, '2026-11-23T02:00:00.000Z');
    return id;
  };

  /** A read-only context on the file, for store functions that are not operations (resolveIssueId). */
  const readContext = (): Context => {
    const db = new Database(t.dbPath, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    return new DbContext(db, { events: new ChangeBus() });
  };

  const titles = async (forumId = forum.id, includeMerged = false) =>
    (await t.call('issues.list', { forumId, includeMerged })).map((i) => i.title);

  return { ...t, forum, exec, addAgendaItem, setCurrentItem, addGroup, readContext, titles };
}

export const MISSING = '01936d2a-0000-7000-8000-00000000dead';
