/**
 * The session file must carry every table and column that holds a forum's data. This compares
 * the format (shared/session) with the real, fully migrated database: a new table or column
 * added by a migration fails here until it is added to the file or left out with a reason.
 */
import { describe, expect, it } from 'vitest';
import { SessionData } from '../../../shared/session/schema';
import { SESSION_TABLES, SESSION_TABLE_NAMES, TABLES_LEFT_OUT, isDerivedTable } from '../../../shared/session/tables';
import { columnsOf } from '../../../electron/core/session/rows';
import { openCore } from '../../support/core';

describe('the session format covers the database schema', () => {
  it('every table is in the file, left out with a reason, or a derived search index', async () => {
    const t = await openCore();
    const tables = t
      .peek<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .map((r) => r.name)
      .filter((name) => !isDerivedTable(name));
    const covered = [...SESSION_TABLE_NAMES, ...Object.keys(TABLES_LEFT_OUT)].sort();
    expect(tables, 'tables of the database vs tables of the session format (shared/session/tables.ts)').toEqual(covered);
  });

  it('every column of every carried table is in the row schema, and nothing else', async () => {
    const t = await openCore();
    for (const table of SESSION_TABLE_NAMES) {
      const columns = t.peek<{ name: string }>(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`).map((c) => c.name);
      expect(columnsOf(table), `columns of ${table} (shared/session/schema.ts)`).toEqual(columns);
    }
    expect(Object.keys(SessionData.shape)).toEqual(SESSION_TABLE_NAMES);
  });

  it('every foreign key of the database is a declared reference, so imports check it', async () => {
    const t = await openCore();
    for (const table of SESSION_TABLE_NAMES) {
      const keys = t.peek<{ from: string; table: string }>(`SELECT "from", "table" FROM pragma_foreign_key_list('${table}')`);
      const declared = SESSION_TABLES[table].references;
      for (const key of keys) expect(declared[key.from], `${table}.${key.from} → ${key.table}`).toBe(key.table);
      expect(Object.keys(declared).sort(), `${table}: references that are not foreign keys`).toEqual(keys.map((k) => k.from).sort());
    }
  });

  it('primary keys and JSON columns match the database', async () => {
    const t = await openCore();
    for (const table of SESSION_TABLE_NAMES) {
      const pk = t
        .peek<{ name: string; pk: number }>(`SELECT name, pk FROM pragma_table_info('${table}') WHERE pk > 0 ORDER BY pk`)
        .map((c) => c.name);
      expect([...SESSION_TABLES[table].primaryKey], `primary key of ${table}`).toEqual(pk);
      for (const column of SESSION_TABLES[table].json) expect(columnsOf(table)).toContain(column);
    }
  });
});
