/**
 * The schema version a migration brings the database to: its place in the list, found from the
 * function itself. Tests of migrations added on a branch use it, so they stay right when the
 * integrator renumbers the files at merge.
 */
import type { Database } from 'better-sqlite3';
import { migrations } from '../../../../electron/core/store/migrations';

export function versionOf(step: (db: Database) => void): number {
  const index = migrations.indexOf(step);
  if (index < 0) throw new Error('migration not in the list');
  return index + 1;
}
