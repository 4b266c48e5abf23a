/** The preload's `window.wethi`: exactly three functions, unknown operations stopped, no IPC event leaked. */
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { IPC_EVENTS, IPC_OPEN_PROJECTOR } from '../../../shared/bridge';
import { createBridge, type IpcLike } from '../../../electron/preload/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const sent: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcLike = {
    async invoke(channel, ...args) {
      sent.push({ channel, args });
      return { ok: true, value: { echoed: args[0] ?? null } };
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer would leak here' }, ...args);
  };
  return { ipc, sent, listeners, emit };
}

const names = new Set(Object.keys(contract));

describe('createBridge', () => {
  it('exposes only invoke, onChange and openProjector', () => {
    const bridge = createBridge(fakeIpc().ipc, names);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onChange', 'openProjector']);
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
  });

  it('sends a known operation on its own channel', async () => {
    const { ipc, sent } = fakeIpc();
    const result = await createBridge(ipc, names).invoke('forums.list', { includeArchived: true });
    expect(sent).toEqual([{ channel: 'wethi:forums.list', args: [{ includeArchived: true }] }]);
    expect(result).toEqual({ ok: true, value: { echoed: { includeArchived: true } } });
  });

  it.each(['forums.nope', 'shell.openProjector', 'event', '__proto__', 'constructor'])(
    'answers %s with unknown_operation without touching IPC',
    async (name) => {
      const { ipc, sent } = fakeIpc();
      const result = await createBridge(ipc, names).invoke(name as never, {});
      expect(sent).toEqual([]);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    },
  );

  it('hands listeners the change only, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const seen: unknown[][] = [];
    const unsubscribe = createBridge(ipc, names).onChange((...args: unknown[]) => seen.push(args));
    const change = { entity: 'forum', id: 'f1', forumId: 'f1' };
    emit(IPC_EVENTS, change);
    expect(seen).toEqual([[change]]);
    unsubscribe();
    emit(IPC_EVENTS, change);
    expect(seen).toHaveLength(1);
    expect(listeners.get(IPC_EVENTS)?.size).toBe(0);
  });

  it('asks the shell for the projector, with or without a forum', async () => {
    const { ipc, sent } = fakeIpc();
    const bridge = createBridge(ipc, names);
    expect(await bridge.openProjector('f1')).toBeUndefined();
    await bridge.openProjector();
    expect(sent).toEqual([
      { channel: IPC_OPEN_PROJECTOR, args: ['f1'] },
      { channel: IPC_OPEN_PROJECTOR, args: [null] },
    ]);
  });
});
