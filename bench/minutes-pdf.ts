/**
 * Minutes PDF: `reports.export` of a large forum (300 participants, 2,000 notes, 10 polls:
 * about 50 pages) — building the model from the database, rendering the HTML and printing it —
 * against the floor: the same Chromium (one browser, shared) printing the same finished HTML.
 * Runs alternate so both meet the same warm browser. Goal: at most 1.3x the floor.
 */
import path from 'node:path';
import type { TestCore } from '../tests/support/core';
import { seedSampleForum } from '../tests/support/sample-forum';
import { createCore } from '../electron/core/app';
import { call } from '../electron/core/dispatch';
import { renderMinutesHtml } from '../electron/core/reports/html/render';
import { chromiumPrinter } from '../electron/core/reports/pdf/chromium-printer';
import { countPdfPages } from '../electron/core/reports/pdf/printer';
import { type Bench, fmt, line, median, scratchDir, timed } from './support';

const RUNS = Number(process.env.WETHI_BENCH_PDF_RUNS ?? 3);
const GOAL = 1.3;

export const minutesPdf: Bench = {
  name: 'minutes PDF: reports.export (300 people, 2,000 notes, 10 polls) against Chromium printing the finished HTML',
  async run() {
    const scratch = scratchDir('minutes-pdf');
    const printer = chromiumPrinter();
    const core = await createCore({ dbPath: path.join(scratch.dir, 'wethi.db'), backupOnOpen: false, backupIntervalMs: 0, pdfPrinter: printer });
    try {
      // The sample forum only needs `call`; the bench has no test around it.
      const t = { core, call: (op, input) => call(core.handlers, op, input) } as Pick<TestCore, 'core' | 'call'> as TestCore;
      let forumId = '';
      const seeded = await timed(async () => {
        forumId = (await seedSampleForum(t, { people: 300, notes: 2000, polls: 10 })).forumId;
      });
      line('forum seeded', `${fmt(seeded)} ms`);
      const input = { forumId, format: 'pdf' as const, thaiDigits: true };
      const html = renderMinutesHtml(await call(core.handlers, 'reports.minutes', { forumId }), { thaiDigits: true });
      // Warm-up: the browser starts, fonts are read once.
      const first = await call(core.handlers, 'reports.export', input);
      await printer.print(html);

      const exports: number[] = [];
      const floors: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        exports.push(await timed(() => call(core.handlers, 'reports.export', input)));
        floors.push(await timed(() => printer.print(html)));
      }
      const pdf = await printer.print(html);
      line('pages', `${first.pages} (floor's PDF: ${countPdfPages(pdf)}), HTML ${fmt(html.length / 1024)} KiB`);
      line('reports.export pdf, median', `${fmt(median(exports))} ms`);
      line('Chromium printing the finished HTML, median', `${fmt(median(floors))} ms`);
      const ratio = median(exports) / median(floors);
      line('ratio', `${ratio.toFixed(2)}x   (goal <= ${GOAL.toFixed(1)}x: ${ratio <= GOAL ? 'met' : 'NOT met'})`);
    } finally {
      core.close();
      await printer.close?.();
      scratch.remove();
    }
  },
};
