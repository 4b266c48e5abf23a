/**
 * Handlers for the backups.* operations: the rolling copies of the database file in
 * `<db>.backups/` (taken and listed by store/backups.ts). Restoring swaps the file under the
 * open context, so this service gets the paths and a way to reopen, not only the context.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DbContext } from '../context';
import { AppError } from '../errors';
import type { ChangeBus } from '../events';
import type { HandlersFor } from '../handlers';
import { listBackups, takeBackup } from '../store/backups';
import type { Db } from '../store/database';

export interface BackupFiles {
  dbPath: string;
  backupDir: string;
  /** Opens the database file again (migrating and backing up as on start-up). */
  open: () => Promise<Db>;
  events: ChangeBus;
}

export function backupsService(ctx: DbContext, { dbPath, backupDir, open, events }: BackupFiles): HandlersFor<'backups'> {
  return {
    'backups.list': () => listBackups(backupDir),
    'backups.create': () => takeBackup(ctx.db, backupDir, 'manual'),
    'backups.restore': async ({ name }) => {
      const source = path.join(backupDir, name);
      if (!listBackups(backupDir).some((b) => b.name === name)) {
        throw new AppError('not_found', 'error.not_found', `backup ${name} not found`);
      }
      await takeBackup(ctx.db, backupDir, 'before_restore');
      ctx.db.close();
      for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
      fs.copyFileSync(source, dbPath);
      ctx.replaceDb(await open());
      events.emit({ entity: '*', id: null, forumId: null });
      return { ok: true as const };
    },
  };
}
