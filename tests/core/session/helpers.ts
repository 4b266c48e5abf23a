/** Shared by the session tests: row counts of every table, and re-sealing an edited file. */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/session/canonical';
import type { TestCore } from '../../support/core';

/** Rows in every table of the database (FTS shadow tables included): the proof that nothing was written. */
export function everyTableCount(t: TestCore): Record<string, number> {
  const tables = t.peek<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  return Object.fromEntries(tables.map(({ name }) => [name, t.peek<{ n: number }>(`SELECT count(*) AS n FROM "${name}"`)[0]?.n ?? 0]));
}

// biome-ignore lint/suspicious/noExplicitAny: tests edit the file freely
export type Json = any;

/** Edits a file and gives it a checksum that matches again, so the check after the checksum is what refuses it. */
export function reseal(content: string, edit: (file: Json) => void): string {
  const file = JSON.parse(content);
  edit(file);
  file.checksum = `sha256:${createHash('sha256').update(canonicalJson(file.data)).digest('hex')}`;
  return JSON.stringify(file);
}
