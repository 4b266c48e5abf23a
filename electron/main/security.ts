/**
 * Hardening applied to every window: isolated, sandboxed renderers with no Node; no navigation
 * away from app://; no new windows (web links go to the system browser); no permissions.
 */
import { type App, type Session, shell, type WebContents, type WebPreferences } from 'electron';
import { isAppUrl, isExternalWebUrl } from './app-url';
import { isPermissionAllowed } from './permissions';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

function openOutside(url: string): void {
  if (isExternalWebUrl(url)) shell.openExternal(url).catch(() => undefined);
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  // A redirect must not be able to swap the app for a remote page either.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((contents, permission, callback) => callback(isPermissionAllowed(permission, contents.getURL())));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin.endsWith('/') ? requestingOrigin : `${requestingOrigin}/`),
  );
}

/** Applies the content rules to every web contents the app ever creates, including ones we did not foresee. */
export function hardenApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}
