/** The system-Chromium printer: found or clearly missing, and one browser for many prints. */
import path from 'node:path';
import { expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors';
import { chromiumPrinter } from '../../../electron/core/reports/pdf/chromium-printer';
import { countPdfPages } from '../../../electron/core/reports/pdf/printer';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';
import { tempDir } from '../../support/temp';

it('says no Chromium was found, names WETHI_CHROMIUM and the DOCX alternative', async () => {
  const missing = path.join(tempDir(), 'no-such-chromium');
  const t = await openCore({ now: steppingClock(), pdfPrinter: chromiumPrinter({ executablePath: missing }) });
  const s = await seedSampleForum(t);
  const failure = await t.call('reports.export', { forumId: s.forumId, format: 'pdf', thaiDigits: false }).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(AppError);
  expect(failure).toMatchObject({ code: 'not_found', messageKey: 'error.chromium_missing' });
  const message = (failure as AppError).message;
  expect(message).toContain(missing);
  expect(message).toContain('WETHI_CHROMIUM');
  expect(message).toContain('--format docx');
});

it('prints several pages with one browser, and starts a new one after close', { timeout: 60_000 }, async () => {
  const printer = chromiumPrinter({ executablePath: '/usr/bin/chromium' });
  try {
    const page = (n: number) => `<!doctype html><html lang="th"><body>${'<p style="break-after: page">หน้า</p>'.repeat(n)}</body></html>`;
    const [three, one] = await Promise.all([printer.print(page(3)), printer.print(page(1))]);
    expect([countPdfPages(three), countPdfPages(one)]).toEqual([3, 1]);
    expect(three.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await printer.close?.();
    expect(countPdfPages(await printer.print(page(2)))).toBe(2);
  } finally {
    await printer.close?.();
  }
});
