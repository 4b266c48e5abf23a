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
import { compactDatabase, erasureLog, reapplyErasures } from '../people/erasure';
import { listBackups, rewriteBackups, type takeBackup } from '../store/backups';
import type { Db } from '../store/database';

export interface BackupFiles {
  dbPath: string;
  backupDir: string;
  /** Opens the database file again (migrating and backing up as on start-up). */
  open: () => Promise<Db>;
  events: ChangeBus;
  /** Takes a backup of the open file (app.ts tracks it, so an erasure waits for it). */
  backup: (reason: Parameters<typeof takeBackup>[2]) => ReturnType<typeof takeBackup>;
}

export function backupsService(ctx: DbContext, { dbPath, backupDir, open, events, backup }: BackupFiles): HandlersFor<'backups'> {
  return {
    'backups.list': () => listBackups(backupDir),
    'backups.create': () => backup('manual'),
    'backups.restore': async ({ name }) => {
      const source = path.join(backupDir, name);
      if (!listBackups(backupDir).some((b) => b.name === name)) {
        throw new AppError('not_found', 'error.not_found', `backup ${name} not found`);
      }
      // Who was erased here stays erased: the log is applied again to the older copy.
      const erased = erasureLog(ctx.db);
      await backup('before_restore');
      ctx.db.close();
      for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
      fs.copyFileSync(source, dbPath);
      ctx.replaceDb(await open());
      if (erased.length > 0 && ctx.write('backups.restore', () => reapplyErasures(ctx.db, erased)) > 0) {
        compactDatabase(ctx.db);
        // Opening an older copy may have taken a migration backup of it, with the person still in.
        rewriteBackups(backupDir, (db) => void reapplyErasures(db, erased));
      }
      events.emit({ entity: '*', id: null, forumId: null });
      return { ok: true as const };
    },
  };
}
