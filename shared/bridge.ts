/**
 * What the Electron preload exposes on `window.wethi` (via contextBridge): a generic invoke
 * over the contract's operation names and a change-event subscription. Nothing else.
 */
import type { ChangeEvent, OpName, Result } from './contract';

export interface WethiBridge {
  invoke(op: OpName, input: unknown): Promise<Result<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** Ask the shell to open (or focus) the projector window, showing `forumId` when given. */
  openProjector(forumId?: string): Promise<void>;
}

/** IPC channel names: one per operation, plus the event push. */
export const ipcChannel = (op: OpName) => `wethi:${op}`;
export const IPC_EVENTS = 'wethi:event';
export const IPC_OPEN_PROJECTOR = 'wethi:shell.openProjector';
