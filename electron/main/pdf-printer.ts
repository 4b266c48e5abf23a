/**
 * The app's PDF printer: Electron's own Chromium (webContents.printToPDF) in a hidden window,
 * so the desktop app needs no other browser. The page is written to a temporary file rather
 * than a data URL, which Chromium caps at 2 MB (a long forum's minutes pass that).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../core/reports/pdf/printer';

export function electronPrinter(): PdfPrinter {
  return {
    async print(html) {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wethi-print-'));
      const file = path.join(dir, 'minutes.html');
      // The minutes have no script: the window runs none, and reaches nothing but the file.
      const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
      try {
        await fs.writeFile(file, html, 'utf8');
        await win.loadFile(file);
        return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        win.destroy();
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  };
}
