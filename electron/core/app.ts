/**
 * The core as one object: open the database (backing up and migrating), build the handler map,
 * keep rolling backups. The Electron shell, the local host and the CLI each create one of these.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers, Result } from '../../shared/contract';
import { backupsService } from './backups/service';
import { DbContext } from './context';
import { dispatch } from './dispatch';
import { ChangeBus } from './events';
import { agendaService } from './agenda/service';
import { equityService } from './equity/service';
import { forumsService } from './forums/service';
import { groupsService } from './groups/service';
import { importsService } from './imports/service';
import { mergeService } from './merge/service';
import { issuesService } from './issues/service';
import { notesService } from './notes/service';
import { peopleService } from './people/service';
import { pollsService } from './polls/service';
import { prioritiesService } from './priorities/service';
import { projectsService } from './projects/service';
import { projectorService } from './projector/service';
import { chromiumPrinter } from './reports/pdf/chromium-printer';
import type { PdfPrinter } from './reports/pdf/printer';
import { reportsService } from './reports/service';
import { representationService } from './representation/service';
import type { RoomServer } from './room/network';
import { roomService } from './room/service';
import { searchService } from './search/service';
import { sessionService } from './session/service';
import { speakersService } from './speakers/service';
import { takeBackup } from './store/backups';
import { type Db, openDatabase } from './store/database';

export interface CoreOptions {
  dbPath: string;
  /** Defaults to `<dbPath>.backups` beside the file. */
  backupDir?: string;
  nativeBinding?: string;
  /** Rolling backup interval in ms (10 minutes); 0 turns the timer off (the CLI). */
  backupIntervalMs?: number;
  /** Take a backup on open (off for the one-shot CLI). */
  backupOnOpen?: boolean;
  now?: () => Date;
  /** How PDFs are printed (Electron passes its printToPDF); defaults to the system Chromium. */
  pdfPrinter?: PdfPrinter;
  /** Serves the room to phones (electron/room); without it `room.open` is refused. */
  roomServer?: RoomServer;
}

export interface Core {
  readonly handlers: Handlers;
  readonly events: ChangeBus;
  readonly dbPath: string;
  readonly backupDir: string;
  dispatch(op: string, input: unknown): Promise<Result<unknown>>;
  close(): void;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const dbPath = path.resolve(options.dbPath);
  const backupDir = options.backupDir ?? `${dbPath}.backups`;
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const open = () =>
    openDatabase(dbPath, {
      nativeBinding: options.nativeBinding,
      backupBeforeMigrate: async (db) => void (await takeBackup(db, backupDir, 'migration')),
    });

  // The system Chromium starts on the first print only, and is closed with the core.
  const pdfPrinter = options.pdfPrinter ?? chromiumPrinter();
  const events = new ChangeBus();
  let dirty = false;
  const ctx = new DbContext(await open(), { events, now: options.now, onCommit: () => (dirty = true) });
  // The backup being written, if any: an erasure waits for it before compacting the file.
  let backupsIdle: Promise<void> = Promise.resolve();
  const backup = (reason: Parameters<typeof takeBackup>[2]) => {
    const taking = takeBackup(ctx.db, backupDir, reason);
    backupsIdle = taking.then(
      () => undefined,
      () => undefined,
    );
    return taking;
  };
  if (options.backupOnOpen ?? true) await backup('open');

  const room = roomService(ctx, { events, printer: pdfPrinter, server: options.roomServer });
  const handlers: Handlers = {
    ...forumsService(ctx),
    ...peopleService(ctx, { backupDir, backupsIdle: () => backupsIdle, printer: pdfPrinter }),
    ...importsService(ctx),
    ...representationService(ctx),
    ...agendaService(ctx),
    ...projectorService(ctx),
    ...issuesService(ctx),
    ...notesService(ctx),
    ...searchService(ctx),
    ...speakersService(ctx),
    ...groupsService(ctx),
    ...equityService(ctx),
    ...pollsService(ctx),
    ...prioritiesService(ctx),
    ...projectsService(ctx),
    ...reportsService(ctx, { printer: pdfPrinter }),
    ...sessionService(ctx),
    ...mergeService(ctx),
    ...room.handlers,
    ...backupsService(ctx, { dbPath, backupDir, open, events, backup }),
  };

  const interval = options.backupIntervalMs ?? 10 * 60 * 1000;
  const timer =
    interval > 0
      ? setInterval(() => {
          if (!dirty) return;
          dirty = false;
          backup('interval').catch(() => (dirty = true));
        }, interval)
      : null;
  timer?.unref();

  return {
    handlers,
    events,
    dbPath,
    backupDir,
    dispatch: (op, input) => dispatch(handlers, op, input),
    close() {
      if (timer) clearInterval(timer);
      room.shutdown();
      if (!options.pdfPrinter) void pdfPrinter.close?.();
      ctx.db.close();
    },
  };
}

export type { Db };
