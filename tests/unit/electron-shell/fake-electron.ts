/**
 * A stand-in for the `electron` module, just wide enough for electron/main to run under plain
 * Node. It records what the shell asks for, so its wiring (IPC guards, protocol, windows,
 * navigation rules) is tested on machines without the Electron binary.
 */
import { pathToFileURL } from 'node:url';

type Fn = (...args: never[]) => unknown;
type AnyFn = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, AnyFn[]>();
  on(event: string, listener: Fn) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as AnyFn]);
    return this;
  }
  once(event: string, listener: Fn) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** What stands in for Chromium's printToPDF: the page's URL and options in, the PDF out. */
export type FakePrinter = (url: string, options: Record<string, unknown>) => Promise<Buffer>;

export class FakeWebContents extends Emitter {
  url = '';
  printer: FakePrinter | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  getURL() {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  printToPDF(options: Record<string, unknown>) {
    if (!this.printer) return Promise.reject(new Error('this stand-in has no printer (createFakeElectron({ printer }))'));
    return this.printer(this.url, options);
  }
}

export function createFakeElectron(options: { userDataDefault: string; displays?: unknown[]; printer?: FakePrinter }) {
  const calls: string[] = [];
  const paths: Record<string, string> = { appData: options.userDataDefault, userData: options.userDataDefault };
  const ipcHandlers = new Map<string, AnyFn>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const privilegedSchemes: unknown[] = [];
  const opened: string[] = [];
  const errors: string[] = [];
  const windows: FakeBrowserWindow[] = [];
  const sessionHandlers: { request?: AnyFn; check?: AnyFn } = {};
  let exitCode: number | null = null;
  let menu: unknown = null;
  const printer = options.printer ?? null;

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setName: (name: string) => calls.push(`setName:${name}`),
    setPath: (key: string, value: string) => {
      paths[key] = value;
      calls.push(`setPath:${key}`);
    },
    getPath: (key: string) => paths[key] ?? options.userDataDefault,
    getVersion: () => '0.0.0-test',
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return true;
    },
    whenReady: () => {
      calls.push('whenReady');
      return Promise.resolve();
    },
    setAboutPanelOptions: () => undefined,
    quit: () => calls.push('quit'),
    exit: (code: number) => {
      exitCode = code;
    },
  });

  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    fullScreen = false;
    shown = false;
    destroyed = false;
    constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
      super();
      this.webContents.printer = printer;
      windows.push(this);
      // Every web contents goes through the app-wide hardening hook, as in Electron.
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows() {
      return windows.filter((w) => !w.destroyed);
    }
    loadURL(url: string) {
      this.webContents.url = url;
      return Promise.resolve();
    }
    loadFile(file: string) {
      this.webContents.url = pathToFileURL(file).href;
      return Promise.resolve();
    }
    destroy() {
      this.destroyed = true;
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {
      this.shown = true;
    }
    focus() {}
    setFullScreen(on: boolean) {
      this.fullScreen = on;
    }
    close() {
      this.destroyed = true;
      this.emit('closed');
    }
  }

  const displays = options.displays ?? [{ id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 }, workArea: { x: 0, y: 0, width: 1366, height: 728 } }];

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: AnyFn) => {
        if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        ipcHandlers.set(channel, handler);
      },
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        calls.push('registerSchemesAsPrivileged');
        privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler),
    },
    screen: {
      getAllDisplays: () => displays,
      getPrimaryDisplay: () => displays[0],
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: AnyFn) => {
          sessionHandlers.request = handler;
        },
        setPermissionCheckHandler: (handler: AnyFn) => {
          sessionHandlers.check = handler;
        },
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (built: unknown) => {
        menu = built;
      },
    },
    dialog: {
      showErrorBox: (title: string, message: string) => errors.push(`${title}: ${message}`),
      showMessageBox: async () => ({ response: 0 }),
    },
    shell: {
      openExternal: async (url: string) => {
        opened.push(url);
      },
      openPath: async () => '',
    },
  };

  return {
    electron,
    calls,
    paths,
    ipcHandlers,
    protocolHandlers,
    privilegedSchemes,
    opened,
    errors,
    windows,
    sessionHandlers,
    get exitCode() {
      return exitCode;
    },
    get menu() {
      return menu;
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
