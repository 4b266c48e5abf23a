/**
 * Handlers for the reports.* operations: the minutes model (model.ts), its editable sections
 * (sections.ts: seeded from the forum's data, the note-taker's edits stored beside it, the notes
 * themselves never touched), the HTML preview and the exported files.
 * Every section write emits `{ entity: 'minutes', id: key, forumId }`.
 */
import type { MinutesSection, SectionKey } from '../../../shared/contract';
import type { Context } from '../context';
import { notFound } from '../errors';
import { requireInForum } from '../guard';
import type { HandlersFor } from '../handlers';
import { exportMinutes } from './export';
import { renderMinutesHtml } from './html/render';
import { buildMinutes } from './model';
import type { PdfPrinter } from './pdf/printer';
import { minutesSection, minutesSections, readSources } from './sections';
import { deleteSectionEdit, saveSectionEdit } from './store';

export interface ReportsDeps {
  /** Electron's printToPDF in the app; the system Chromium in the local host and the CLI. */
  printer: PdfPrinter;
}

export function reportsService(ctx: Context, deps: ReportsDeps): HandlersFor<'reports'> {
  /** The section as listed now; an item key must name an agenda item of the forum (not one deleted). */
  const sectionOf = (forumId: string, key: SectionKey): MinutesSection => {
    if (key.startsWith('item:')) requireInForum(ctx, forumId, 'agenda_item', key.slice('item:'.length), ['key']);
    const section = minutesSection(ctx, readSources(ctx, forumId), key);
    if (!section) throw notFound('agenda item', key.slice('item:'.length));
    return section;
  };

  return {
    'reports.minutes': ({ forumId }) => buildMinutes(ctx, forumId),

    'reports.sections': ({ forumId }) => minutesSections(ctx, readSources(ctx, forumId)),

    'reports.saveSection': ({ forumId, key, text }) =>
      ctx.write('reports.saveSection', (emit) => {
        sectionOf(forumId, key);
        saveSectionEdit(ctx, forumId, key, text, ctx.now());
        emit({ entity: 'minutes', id: key, forumId });
        return sectionOf(forumId, key);
      }),

    'reports.resetSection': ({ forumId, key }) =>
      ctx.write('reports.resetSection', (emit) => {
        sectionOf(forumId, key);
        // Resetting a section nobody edited changes nothing, so it tells nobody.
        if (deleteSectionEdit(ctx, forumId, key)) emit({ entity: 'minutes', id: key, forumId });
        return sectionOf(forumId, key);
      }),

    'reports.preview': async ({ forumId, thaiDigits }) => ({ html: renderMinutesHtml(await buildMinutes(ctx, forumId), { thaiDigits }) }),

    'reports.export': async ({ forumId, thaiDigits, format }) =>
      exportMinutes(ctx, await buildMinutes(ctx, forumId), format, { thaiDigits, printer: deps.printer }),

    // papaparse and the table builders load with the first CSV export, not with the core.
    'reports.tables': async ({ forumId }) => (await import('./csv/report-csv')).reportCsv(ctx, await buildMinutes(ctx, forumId)),
  };
}
