/**
 * Chooses the transport at start-up: inside Electron the preload bridge, in a browser the local
 * host. Everything above this file sees only the `Api`.
 */
import { createApi } from '../../shared/api-client';
import type { WethiBridge } from '../../shared/bridge';
import type { Api } from '../../shared/contract';
import { markUnauthorized } from './auth-state';
import { httpTransport } from './http';
import { ipcTransport } from './ipc';
import { forgetToken, takeToken } from './token';

export interface Connection {
  api: Api;
  /** Opens the projector view for a forum: a shell window in Electron, a browser window otherwise. */
  openProjector(forumId: string): void;
  kind: 'ipc' | 'http';
}

declare global {
  interface Window {
    wethi?: WethiBridge;
  }
}

/** null when running in a browser without a token: nothing can be asked of the host. */
export function connect(): Connection | null {
  const bridge = window.wethi;
  if (bridge) {
    return { kind: 'ipc', api: createApi(ipcTransport(bridge)), openProjector: (forumId) => void bridge.openProjector(forumId) };
  }
  const token = takeToken();
  if (!token) return null;
  const onUnauthorized = () => {
    forgetToken();
    markUnauthorized();
  };
  return {
    kind: 'http',
    api: createApi(httpTransport(token, onUnauthorized)),
    openProjector: (forumId) => {
      // The token rides along so the same link also works when moved to another browser window;
      // the fixed name reuses an open projector window instead of stacking new ones.
      window.open(`/projector?forum=${encodeURIComponent(forumId)}#token=${encodeURIComponent(token)}`, 'wethi-projector');
    },
  };
}
