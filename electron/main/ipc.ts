/**
 * The contract over IPC: one handler per operation, generated from `contract`, each refusing
 * callers that are not our own pages before the core validates and runs the call. Change events
 * from the core are pushed to every window.
 */
import { BrowserWindow, ipcMain } from 'electron';
import { type ChangeEvent, contract, Id, type OpName } from '../../shared/contract';
import { IPC_EVENTS, IPC_OPEN_PROJECTOR, ipcChannel } from '../../shared/bridge';
import type { Core } from '../core/app';
import { guardedCall, isTrustedSender, unauthorized } from './sender-check';
import type { WindowManager } from './windows';

export function registerIpc(core: Core, windows: WindowManager): () => void {
  const ops = Object.keys(contract) as OpName[];
  for (const op of ops) {
    ipcMain.handle(ipcChannel(op), (event, input: unknown) =>
      guardedCall(event.senderFrame?.url, op, () => core.dispatch(op, input)),
    );
  }

  ipcMain.handle(IPC_OPEN_PROJECTOR, (event, forumId: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) return unauthorized('openProjector');
    const parsed = Id.nullable().optional().safeParse(forumId);
    windows.openProjector(parsed.success ? parsed.data : undefined);
    return { ok: true, value: null };
  });

  const unsubscribe = core.events.subscribe((change: ChangeEvent) => broadcast(change));

  return () => {
    unsubscribe();
    for (const op of ops) ipcMain.removeHandler(ipcChannel(op));
    ipcMain.removeHandler(IPC_OPEN_PROJECTOR);
  };
}

function broadcast(change: ChangeEvent): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed()) win.webContents.send(IPC_EVENTS, change);
  }
}
