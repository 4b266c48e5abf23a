/**
 * Chooses the transport at start-up: inside Electron the preload bridge, in a browser the local
 * host. Everything above this file sees only the `Api`.
 */
import { createApi } from '../../shared/api-client';
import type { WethiBridge } from '../../shared/bridge';
import type { Api } from '../../shared/contract';
import { markAccepted, markAuthorized, markUnauthorized } from './auth-state';
import { httpTransport, tokenStatus } from './http';
import { ipcTransport } from './ipc';
import { forgetToken, keepToken, onAnnouncedToken, onTokenInAddress, takeToken } from './token';

export interface Connection {
  api: Api;
  /** Opens the projector view for a forum: a shell window in Electron, a browser window otherwise. */
  openProjector(forumId: string): void;
  kind: 'ipc' | 'http';
  /** Browser mode: switch to the token of a restarted host, if the host takes it; false if it does not. */
  reconnect?(token: string): Promise<boolean>;
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
  if (!token) {
    // The explanation screen: the launch link pasted over this address brings the app up.
    onTokenInAddress(() => location.reload());
    return null;
  }
  const transport = httpTransport(token, {
    onUnauthorized: () => {
      forgetToken();
      markUnauthorized();
    },
    onAccepted: markAccepted,
  });
  const reconnect = async (next: string) => {
    if ((await tokenStatus(next)) !== 'ok') return false;
    keepToken(next);
    if (next !== transport.token()) transport.setToken(next);
    markAuthorized();
    return true;
  };
  // The host restarted and its new link was opened in another tab: take the token it brought.
  onAnnouncedToken((announced) => void reconnect(announced));
  onTokenInAddress((pasted) => void reconnect(pasted));
  return {
    kind: 'http',
    api: createApi(transport),
    reconnect,
    openProjector: (forumId) => {
      // The token rides along so the same link also works when moved to another browser window;
      // the fixed name reuses an open projector window instead of stacking new ones.
      window.open(`/projector?forum=${encodeURIComponent(forumId)}#token=${encodeURIComponent(transport.token())}`, 'wethi-projector');
    },
  };
}
