/**
 * The object the preload exposes as `window.wethi`: exactly `invoke`, `onChange` and
 * `openProjector`. It never hands the page `ipcRenderer` or an IPC event (whose `sender` is
 * `ipcRenderer`). Built over a minimal IPC interface so it is unit-tested without Electron.
 */
import type { ChangeEvent, OpName, Result } from '../../shared/contract';
import { IPC_EVENTS, IPC_OPEN_PROJECTOR, ipcChannel, type WethiBridge } from '../../shared/bridge';

export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createBridge(ipc: IpcLike, opNames: ReadonlySet<string>): WethiBridge {
  return {
    async invoke(op: OpName, input: unknown): Promise<Result<unknown>> {
      // Unknown names never reach the main process; the page gets the same typed error the core gives.
      if (typeof op !== 'string' || !opNames.has(op)) {
        return { ok: false, error: { code: 'unknown_operation', messageKey: 'error.unknown_operation', message: `Unknown operation: ${String(op)}` } };
      }
      return (await ipc.invoke(ipcChannel(op), input)) as Result<unknown>;
    },
    onChange(listener: (event: ChangeEvent) => void): () => void {
      const forward = (_event: unknown, change: unknown) => listener(change as ChangeEvent);
      ipc.on(IPC_EVENTS, forward);
      return () => {
        ipc.removeListener(IPC_EVENTS, forward);
      };
    },
    async openProjector(forumId?: string): Promise<void> {
      await ipc.invoke(IPC_OPEN_PROJECTOR, forumId ?? null);
    },
  };
}
