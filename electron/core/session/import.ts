/**
 * Importing a .wethi file: everything is checked first (the file alone, then its references
 * against this database, then whether the forum is already here), and only then written, in
 * one transaction. The rules (docs/session-file.md):
 * - ids are kept, so the same file imported twice finds its forum present and writes nothing;
 * - a forum already here whose rows differ from the file's is refused, never overwritten:
 *   work done on this computer is not silently replaced;
 * - the people register is shared by all forums: a person already here keeps the local record
 *   (and its sensitive data and consent), the file's copy of them is not applied.
 */
import { canonicalJson } from '../../../shared/session/canonical';
import type { SessionTable } from '../../../shared/session/schema';
import { SESSION_TABLES, SESSION_TABLE_NAMES, forumColumnOf } from '../../../shared/session/tables';
import type { Entity } from '../../../shared/contract/common';
import type { SessionImportResult, SessionTableDifference } from '../../../shared/contract/session';
import type { Context } from '../context';
import { AppError } from '../errors';
import { erasureLog, reapplyErasures } from '../people/erasure';
import { countsOf } from './export';
import { readSessionFile } from './read';
import { type Rows, insertRow, keyOf, readForumRows, rowExists, toRows } from './rows';

const REGISTER: ReadonlySet<SessionTable> = new Set(['person', 'person_sensitive']);

/**
 * What the windows hear when a table's rows arrive: an import writes a whole forum, and each of
 * its entities is announced for that forum (the projector's state is a column of the forum row).
 * A table added to the file without its entities here does not compile.
 */
const ENTITIES_OF: Readonly<Record<SessionTable, readonly Entity[]>> = {
  forum: ['forum', 'projector'],
  person: ['person'],
  person_sensitive: ['person'],
  attendance: ['attendance'],
  agenda_item: ['agenda_item'],
  small_group: ['small_group'],
  group_member: ['small_group'],
  issue: ['issue'],
  issue_detail: ['issue'],
  note: ['note'],
  resolution: ['resolution'],
  speech: ['speech'],
  speaker_queue: ['speaker_queue'],
  poll: ['poll'],
  poll_option: ['poll'],
  poll_voter: ['poll'],
  poll_ballot: ['poll'],
  poll_count: ['poll'],
  poll_scorer: ['poll'],
  poll_score: ['poll'],
  priority_list: ['priority'],
  priority_item: ['priority'],
  project: ['project'],
  minutes_section: ['minutes'],
  merge_source: ['merge'],
  // The room's per-poll rules and who voted count in the polls; phones' submissions wait in the room's queue.
  room_poll: ['poll', 'room'],
  poll_voted: ['poll', 'room'],
  room_submission: ['room', 'room_submission'],
};

export function importSessionFile(ctx: Context, content: string): SessionImportResult {
  const file = readSessionFile(content);
  const rows = toRows(file.data);
  const forum = file.data.forum;
  checkReferences(ctx, rows);
  const summary = { forumId: forum.id, title: forum.title, sensitive: file.sensitive, counts: countsOf(file.data) };

  if (ctx.sql('SELECT 1 FROM forum WHERE id = ?').get(forum.id)) {
    const differences = differingTables(ctx, rows);
    if (differences.length === 0) return { ...summary, status: 'already_present', peopleKept: 0, peopleErased: 0 };
    const tables = differences.map((d) => d.table);
    throw new AppError(
      'conflict',
      'session.error.forum_differs',
      `The forum "${forum.title}" (${forum.id}) is already on this computer and differs from the file (${differences.map(describe).join('; ')}). ` +
        'Nothing was written: the forum here is kept as it is. Delete it here (and empty the trash) to replace it with the file.',
      { forumId: forum.id, tables, differences },
    );
  }

  const taken = SESSION_TABLE_NAMES.filter((table) => !REGISTER.has(table)).flatMap((table) =>
    rows[table].filter((row) => rowExists(ctx, table, row)).map((row) => ({ table, row })),
  );
  if (taken.length > 0) {
    const named = taken.map(({ table, row }) => `${table} ${keyOf(table, row)}`);
    const counts = new Map<SessionTable, number>();
    for (const { table } of taken) counts.set(table, (counts.get(table) ?? 0) + 1);
    throw new AppError(
      'conflict',
      'session.error.rows_exist',
      `Rows of this file already exist on this computer under another forum (${named.slice(0, 5).join('; ')}). Nothing was written.`,
      { rows: named.slice(0, 100), tables: [...counts].map(([table, count]) => ({ table, count })), forums: forumsHolding(ctx, taken) },
    );
  }

  const { kept: peopleKept, erased: peopleErased } = ctx.write('session.import', (changed) => {
    // Rows refer to each other in circles (forum ↔ its current agenda item): check keys at commit.
    ctx.db.pragma('defer_foreign_keys = ON');
    const kept = new Set<string>();
    const written = new Set<Entity>();
    for (const table of SESSION_TABLE_NAMES) {
      for (const row of rows[table]) {
        if (table === 'person' && rowExists(ctx, 'person', row)) {
          kept.add(row.id as string);
          continue;
        }
        if (table === 'person_sensitive' && kept.has(row.person_id as string)) continue;
        insertRow(ctx, table, row);
        for (const entity of ENTITIES_OF[table]) written.add(entity);
      }
    }
    // Someone erased on this computer stays erased: the file's copy of them goes again, as it
    // went here (their links cleared, their name redacted if it was), before anything commits.
    const inFile = new Set(rows.person.map((row) => row.id));
    const erased = reapplyErasures(ctx.db, erasureLog(ctx.db).filter((e) => inFile.has(e.personId)));
    // People belong to the register, not to the forum: their event names no forum.
    for (const entity of written) {
      changed({ entity, id: entity === 'forum' ? forum.id : null, forumId: entity === 'person' ? null : forum.id });
    }
    return { kept: kept.size, erased };
  });
  return { ...summary, status: 'created', peopleKept, peopleErased };
}

/** Every id a row points at is a row of the file or a row already in this database. */
function checkReferences(ctx: Context, rows: Rows): void {
  const inFile = new Map<SessionTable, Set<unknown>>();
  const idsOf = (table: SessionTable) => {
    let ids = inFile.get(table);
    if (!ids) {
      const key = SESSION_TABLES[table].primaryKey[0] as string;
      ids = new Set(rows[table].map((row) => row[key]));
      inFile.set(table, ids);
    }
    return ids;
  };
  const broken: string[] = [];
  for (const table of SESSION_TABLE_NAMES) {
    for (const [column, target] of Object.entries(SESSION_TABLES[table].references)) {
      const key = SESSION_TABLES[target].primaryKey[0] as string;
      rows[table].forEach((row, index) => {
        const id = row[column];
        if (id === null || id === undefined || idsOf(target).has(id)) return;
        if (ctx.sql(`SELECT 1 FROM ${target} WHERE ${key} = ?`).get(id)) return;
        broken.push(`${table}[${index}].${column}: ${String(id)} is neither a ${target} in the file nor on this computer`);
      });
    }
  }
  if (broken.length > 0) {
    throw new AppError('import_invalid', 'session.error.references', `The session file refers to rows it does not contain:\n${broken.slice(0, 20).join('\n')}`, {
      problems: broken.slice(0, 100),
    });
  }
}

/**
 * The forum's own tables (not the shared register) whose rows here differ from the file's, row
 * by row (by primary key), so the refusal can say what differs: rows only here (work done on
 * this computer since), rows only in the file, rows in both with other values.
 */
function differingTables(ctx: Context, rows: Rows): SessionTableDifference[] {
  const here = readForumRows(ctx, rows.forum[0]?.id as string, { includeSensitive: false });
  return SESSION_TABLE_NAMES.filter((table) => !REGISTER.has(table)).flatMap((table) => {
    const keyed = (list: Rows[SessionTable]) => new Map(list.map((row) => [keyOf(table, row), canonicalJson(row)]));
    const mine = keyed(here[table]);
    const theirs = keyed(rows[table]);
    const difference = { table, onlyHere: 0, onlyInFile: 0, changed: 0 };
    for (const [key, value] of mine) {
      const other = theirs.get(key);
      if (other === undefined) difference.onlyHere++;
      else if (other !== value) difference.changed++;
    }
    for (const key of theirs.keys()) if (!mine.has(key)) difference.onlyInFile++;
    return difference.onlyHere + difference.onlyInFile + difference.changed > 0 ? [difference] : [];
  });
}

const describe = (d: SessionTableDifference) => `${d.table}: ${d.changed} changed, ${d.onlyHere} only here, ${d.onlyInFile} only in the file`;

/** The forums on this computer that already hold rows of the file (tables naming their forum). */
function forumsHolding(ctx: Context, taken: { table: SessionTable; row: Rows[SessionTable][number] }[]): { id: string; title: string }[] {
  const ids = new Set<string>();
  for (const { table, row } of taken) {
    const column = table === 'forum' ? null : forumColumnOf(SESSION_TABLES[table]);
    if (!column) continue;
    const key = SESSION_TABLES[table].primaryKey;
    const found = ctx.sql(`SELECT ${column} AS forum FROM ${table} WHERE ${key.map((c) => `${c} = ?`).join(' AND ')}`).get(...key.map((c) => row[c])) as
      | { forum: string }
      | undefined;
    if (found) ids.add(found.forum);
  }
  return [...ids].flatMap((id) => {
    const forum = ctx.sql('SELECT id, title FROM forum WHERE id = ?').get(id) as { id: string; title: string } | undefined;
    return forum ? [forum] : [];
  });
}
