/** Where the projector window goes, and which better-sqlite3 binary the shell loads. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseNativeBinding, devBindingPath, packagedBindingPath } from '../../../electron/main/native-binding';
import { projectorPlacement } from '../../../electron/main/window-placement';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 }, workArea: { x: 0, y: 0, width: 1366, height: 728 } };
const projector = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 }, workArea: { x: 1366, y: 0, width: 1920, height: 1040 } };

describe('projectorPlacement', () => {
  it('fills the second display when a projector is connected', () => {
    expect(projectorPlacement([laptop, projector], 1)).toEqual({ bounds: projector.bounds, fullscreen: true, onSecondDisplay: true });
    // The projector may be the primary display in the OS settings; the other screen is then the target.
    expect(projectorPlacement([laptop, projector], 2)).toMatchObject({ bounds: laptop.bounds, fullscreen: true });
  });

  it('opens an ordinary window centred on the only screen', () => {
    const placement = projectorPlacement([laptop], 1);
    expect(placement.fullscreen).toBe(false);
    expect(placement.bounds).toEqual({ x: 43, y: 4, width: 1280, height: 720 });
  });

  it('fits a screen smaller than the default window', () => {
    const small = { id: 7, bounds: { x: 0, y: 0, width: 1024, height: 600 }, workArea: { x: 0, y: 0, width: 1024, height: 560 } };
    expect(projectorPlacement([small], 7).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 560 });
  });
});

describe('chooseNativeBinding', () => {
  const mainDir = path.join('/app', 'out', 'main');
  const devFile = devBindingPath(mainDir);

  it('uses the Electron build in out/native during development', () => {
    expect(devFile).toBe(path.join('/app', 'out', 'native', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    expect(chooseNativeBinding({ mainDir, isPackaged: false, resourcesPath: '' }, (f) => f === devFile)).toEqual({ ok: true, path: devFile });
  });

  it('refuses to fall back to the Node build in development', () => {
    expect(chooseNativeBinding({ mainDir, isPackaged: false, resourcesPath: '' }, () => false)).toEqual({ ok: false, missing: devFile });
  });

  it('uses the unpacked module of an installed app, else lets better-sqlite3 look', () => {
    const resources = path.join('/opt', 'Wethi', 'resources');
    const unpacked = packagedBindingPath(resources);
    expect(unpacked).toContain(path.join('app.asar.unpacked', 'node_modules', 'better-sqlite3'));
    expect(chooseNativeBinding({ mainDir, isPackaged: true, resourcesPath: resources }, (f) => f === unpacked)).toEqual({ ok: true, path: unpacked });
    expect(chooseNativeBinding({ mainDir, isPackaged: true, resourcesPath: resources }, () => false)).toEqual({ ok: true, path: undefined });
  });
});
