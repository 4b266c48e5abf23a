/**
 * The two windows: the control window the facilitator works in, and the projector window the
 * room sees (full screen on the second display when one is connected).
 */
import { BrowserWindow, screen } from 'electron';
import { appUrl, projectorUrl } from './app-url';
import { secureWebPreferences } from './security';
import { projectorPlacement } from './window-placement';

const BACKGROUND = '#ffffff';

export class WindowManager {
  private control: BrowserWindow | null = null;
  private projector: BrowserWindow | null = null;
  /** The forum last put on the projector, so the menu can reopen it. */
  private projectorForum: string | null = null;

  constructor(private readonly preload: string) {}

  get controlWindow(): BrowserWindow | null {
    return this.control;
  }

  openControl(): BrowserWindow {
    if (this.control && !this.control.isDestroyed()) return this.focus(this.control);
    const win = new BrowserWindow({
      width: 1280,
      height: 820,
      minWidth: 900,
      minHeight: 600,
      title: 'Wethi — เวที',
      show: false,
      backgroundColor: BACKGROUND,
      webPreferences: secureWebPreferences(this.preload),
    });
    win.once('ready-to-show', () => win.show());
    // The projector belongs to the session in the control window; leaving it behind would
    // keep the app alive with no way to drive it.
    win.on('closed', () => {
      this.control = null;
      if (this.projector && !this.projector.isDestroyed()) this.projector.close();
    });
    this.control = win;
    void win.loadURL(appUrl('/'));
    return win;
  }

  openProjector(forumId?: string | null): BrowserWindow {
    if (forumId !== undefined) this.projectorForum = forumId;
    const url = projectorUrl(this.projectorForum);
    const existing = this.projector;
    if (existing && !existing.isDestroyed()) {
      if (existing.webContents.getURL() !== url) void existing.loadURL(url);
      return this.focus(existing);
    }
    const placement = projectorPlacement(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
    const win = new BrowserWindow({
      ...placement.bounds,
      title: 'Wethi — จอโปรเจกเตอร์ (Projector)',
      show: false,
      backgroundColor: BACKGROUND,
      autoHideMenuBar: true,
      webPreferences: secureWebPreferences(this.preload),
    });
    win.once('ready-to-show', () => {
      // Going full screen only after the window sits on the target display keeps it there.
      if (placement.fullscreen) win.setFullScreen(true);
      win.show();
    });
    win.on('closed', () => {
      this.projector = null;
    });
    this.projector = win;
    void win.loadURL(url);
    return win;
  }

  private focus(win: BrowserWindow): BrowserWindow {
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    return win;
  }
}
