/** The URL rules that guard IPC, navigation and permissions in the Electron shell. */
import { describe, expect, it } from 'vitest';
import { appUrl, isAppUrl, isExternalWebUrl, projectorUrl } from '../../../electron/main/app-url';
import { isPermissionAllowed } from '../../../electron/main/permissions';
import { guardedCall, isTrustedSender } from '../../../electron/main/sender-check';

describe('isAppUrl', () => {
  it.each(['app://wethi/', 'app://wethi/projector?forum=abc', 'app://wethi/assets/x.js#y'])('accepts our page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://wethi.evil/',
    'app://wethi@evil/',
    'app://user@wethi/',
    'app://user:pw@wethi/',
    'app://wethi',
    'app://other/',
    'https://wethi/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses a missing URL (a destroyed frame)', () => {
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('app URLs', () => {
  it('builds the control and projector addresses', () => {
    expect(appUrl()).toBe('app://wethi/');
    expect(projectorUrl('0195b0a2-3c4d-7e8f-9a0b-1c2d3e4f5a6b')).toBe('app://wethi/projector?forum=0195b0a2-3c4d-7e8f-9a0b-1c2d3e4f5a6b');
    expect(projectorUrl(null)).toBe('app://wethi/projector');
    expect(isAppUrl(projectorUrl('x'))).toBe(true);
  });

  it('sends only web links to the system browser', () => {
    expect(isExternalWebUrl('https://www.dla.go.th/')).toBe(true);
    expect(isExternalWebUrl('http://example.com')).toBe(true);
    expect(isExternalWebUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isExternalWebUrl('smb://server/share')).toBe(false);
    expect(isExternalWebUrl('javascript:alert(1)')).toBe(false);
    expect(isExternalWebUrl('not a url')).toBe(false);
  });
});

describe('sender check', () => {
  it('runs the call for our own frames', async () => {
    const result = await guardedCall('app://wethi/', 'forums.list', async () => ({ ok: true, value: 1 }));
    expect(result).toEqual({ ok: true, value: 1 });
  });

  it.each([null, 'https://evil.example/', 'app://wethi.evil/', 'file:///tmp/x.html'])(
    'refuses %s with a typed error and never calls the core',
    async (frameUrl) => {
      let called = false;
      const result = await guardedCall(frameUrl, 'forums.create', async () => {
        called = true;
        return { ok: true, value: null };
      });
      expect(called).toBe(false);
      expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized', messageKey: 'error.unauthorized' } });
      expect(isTrustedSender(frameUrl)).toBe(false);
    },
  );
});

describe('permissions', () => {
  it('allows clipboard writes from our pages only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://wethi/')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb'])(
    'denies %s even to our pages',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://wethi/')).toBe(false);
    },
  );
});
