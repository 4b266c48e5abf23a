/**
 * Reading a forum's rows table by table, in the file's shape (JSON text columns parsed), and
 * writing rows back (JSON values stringified). Table and column names come only from
 * SESSION_TABLES and the row schemas, never from the file, so no SQL is built from its text.
 */
import type { SessionData, SessionTable } from '../../../shared/session/schema';
import { SessionData as SessionDataSchema } from '../../../shared/session/schema';
import { SESSION_TABLES, SESSION_TABLE_NAMES, type TableSpec, forumColumnOf } from '../../../shared/session/tables';
import type { Context } from '../context';

export type Row = Record<string, unknown>;
export type Rows = Record<SessionTable, Row[]>;

/** The file's columns of a table, in the schema's order (the database's column order). */
export function columnsOf(table: SessionTable): string[] {
  const list = table === 'forum' ? null : SessionDataSchema.shape[table];
  // Tables added after version 1 of the file default to [] for older files.
  const rowSchema = list === null ? SessionDataSchema.shape.forum : 'element' in list ? list.element : list.unwrap().element;
  return Object.keys(rowSchema.shape);
}

/** SQL selecting the ids (primary key) of a table's rows that belong to the forum `?`. */
function ownedWhere(table: SessionTable): string {
  const { owner } = SESSION_TABLES[table];
  if (owner.kind === 'forum') return table === 'forum' ? 'id = ?' : `${forumColumnOf(SESSION_TABLES[table])} = ?`;
  if (owner.kind === 'register') throw new Error(`${table}: register rows are chosen by reference`);
  const parentKey = SESSION_TABLES[owner.table].primaryKey[0];
  return `${owner.column} IN (SELECT ${parentKey} FROM ${owner.table} WHERE ${ownedWhere(owner.table)})`;
}

const orderBy = (spec: TableSpec) => spec.primaryKey.join(', ');

function fromDb(spec: TableSpec, row: Row): Row {
  for (const column of spec.json) {
    const value = row[column];
    if (typeof value === 'string') row[column] = JSON.parse(value);
  }
  return row;
}

export function toDb(spec: TableSpec, row: Row): Row {
  const out = { ...row };
  for (const column of spec.json) {
    if (out[column] !== null && out[column] !== undefined) out[column] = JSON.stringify(out[column]);
  }
  return out;
}

/** Every person a row of the forum names (attendance, speeches, ballots, …), in id order. */
export function referencedPeople(rows: Partial<Rows>): string[] {
  const ids = new Set<string>();
  for (const table of SESSION_TABLE_NAMES) {
    if (table === 'person' || table === 'person_sensitive') continue;
    for (const [column, target] of Object.entries(SESSION_TABLES[table].references)) {
      if (target !== 'person') continue;
      for (const row of rows[table] ?? []) {
        const id = row[column];
        if (typeof id === 'string') ids.add(id);
      }
    }
  }
  return [...ids].sort();
}

/**
 * The forum's rows as the file carries them. The people are those the forum's rows name;
 * their sensitive data only when asked for (it always carries its consent record).
 */
export function readForumRows(ctx: Context, forumId: string, { includeSensitive }: { includeSensitive: boolean }): Rows {
  const rows = {} as Rows;
  for (const table of SESSION_TABLE_NAMES) {
    const spec = SESSION_TABLES[table];
    if (spec.owner.kind === 'register' || table === 'person_sensitive') continue;
    const depth = (ownedWhere(table).match(/\?/g) ?? []).length;
    const select = `SELECT ${columnsOf(table).join(', ')} FROM ${table} WHERE ${ownedWhere(table)} ORDER BY ${orderBy(spec)}`;
    rows[table] = (ctx.sql(select).all(...Array(depth).fill(forumId)) as Row[]).map((row) => fromDb(spec, row));
  }
  const people = referencedPeople(rows);
  rows.person = selectByIds(ctx, 'person', 'id', people);
  rows.person_sensitive = includeSensitive
    ? selectByIds(ctx, 'person_sensitive', 'person_id', people).filter(
        (row) => typeof row.consent_by === 'string' && row.consent_by.trim() !== '' && row.consent_at !== null,
      )
    : [];
  return rows;
}

function selectByIds(ctx: Context, table: SessionTable, key: string, ids: string[]): Row[] {
  const spec = SESSION_TABLES[table];
  const select = ctx.sql(`SELECT ${columnsOf(table).join(', ')} FROM ${table} WHERE ${key} = ?`);
  return ids.flatMap((id) => {
    const row = select.get(id) as Row | undefined;
    return row ? [fromDb(spec, row)] : [];
  });
}

/** The rows in the file's shape: `forum` the one row, the rest lists. */
export function toSessionData(rows: Rows): SessionData {
  const [forum] = rows.forum;
  return { ...rows, forum } as unknown as SessionData;
}

export function toRows(data: SessionData): Rows {
  return { ...(data as unknown as Rows), forum: [data.forum as unknown as Row] };
}

export function insertRow(ctx: Context, table: SessionTable, row: Row): void {
  const columns = columnsOf(table);
  const values = toDb(SESSION_TABLES[table], row);
  ctx
    .sql(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((column) => values[column] ?? null));
}

/** The primary key of a row as one string, to compare rows across the file and the database. */
export const keyOf = (table: SessionTable, row: Row) => JSON.stringify(SESSION_TABLES[table].primaryKey.map((c) => row[c]));

export function rowExists(ctx: Context, table: SessionTable, row: Row): boolean {
  const key = SESSION_TABLES[table].primaryKey;
  return ctx.sql(`SELECT 1 FROM ${table} WHERE ${key.map((c) => `${c} = ?`).join(' AND ')}`).get(...key.map((c) => row[c])) !== undefined;
}
