/**
 * The Electron main process: app lifecycle only. It opens the core (the same one the local host
 * and CLI use) on the user's data folder, serves the renderer over app://, wires IPC, windows
 * and the menu. Nothing here knows about forums or people.
 */
import path from 'node:path';
import { app, type BrowserWindow, dialog, Menu, session, shell } from 'electron';
import type { Backup } from '../../shared/contract';
import { type Core, createCore } from '../core/app';
import { roomServer } from '../room/server';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { chooseNativeBinding } from './native-binding';
import { electronPrinter } from './pdf-printer';
import { registerAppScheme, serveAppScheme } from './protocol';
import { hardenApp, hardenSession } from './security';
import { WindowManager } from './windows';

/** Tests and portable set-ups point the app at another folder; the database lives inside it. */
const USER_DATA_ENV = 'WETHI_USER_DATA';

app.setName('Wethi');
app.setPath('userData', process.env[USER_DATA_ENV] ? path.resolve(process.env[USER_DATA_ENV]) : path.join(app.getPath('appData'), 'Wethi'));
app.enableSandbox();
registerAppScheme();
hardenApp(app);

// The lock lives in the userData folder, so it must be taken after that folder is chosen.
if (app.requestSingleInstanceLock()) {
  app.whenReady().then(start).catch((error: unknown) => fatal('Wethi could not start', error));
} else {
  app.quit();
}

async function start(): Promise<void> {
  const binding = chooseNativeBinding({ mainDir: __dirname, isPackaged: app.isPackaged, resourcesPath: process.resourcesPath });
  if (!binding.ok) {
    return fatal('Wethi: database driver missing', `The Electron build of better-sqlite3 was not found at ${binding.missing}. Start the app with "npm start", which builds it.`);
  }
  hardenSession(session.defaultSession);
  serveAppScheme(path.join(__dirname, '..', 'renderer'));

  const dataDir = app.getPath('userData');
  const core = await createCore({
    dbPath: path.join(dataDir, 'wethi.db'),
    nativeBinding: binding.path,
    pdfPrinter: electronPrinter(),
    // The phones' room: its own listener, started only when the facilitator opens the room.
    roomServer: roomServer({ pageDir: path.join(__dirname, '..', 'room-page') }),
  });
  const windows = new WindowManager(path.join(__dirname, '..', 'preload', 'index.cjs'));
  const disposeIpc = registerIpc(core, windows);

  app.setAboutPanelOptions({ applicationName: 'Wethi (เวที)', applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(
    buildMenu({
      backupNow: () => void backupNow(core, windows.controlWindow),
      openDataFolder: () => void shell.openPath(dataDir),
      openProjector: () => windows.openProjector(),
    }),
  );

  app.on('second-instance', () => windows.openControl());
  app.on('activate', () => windows.openControl());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.once('will-quit', () => {
    disposeIpc();
    core.close();
  });
  windows.openControl();
}

async function backupNow(core: Core, parent: BrowserWindow | null): Promise<void> {
  const result = await core.dispatch('backups.create', {});
  const options = result.ok
    ? { type: 'info' as const, message: 'สำรองข้อมูลแล้ว (Backup saved)', detail: (result.value as Backup).name }
    : { type: 'error' as const, message: 'สำรองข้อมูลไม่สำเร็จ (Backup failed)', detail: result.error.message };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

function fatal(title: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${title}: ${message}`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}
