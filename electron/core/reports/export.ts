/** One minutes file in the asked format, named for the forum's day and title, as base64 for either transport. */
import type { MinutesModel, ReportFile } from '../../../shared/contract';
import type { Context } from '../context';
import { renderMinutesHtml } from './html/render';
import { countPdfPages, type PdfPrinter } from './pdf/printer';

export type ExportFormat = 'pdf' | 'docx' | 'xlsx' | 'json';

export interface ExportOptions {
  thaiDigits: boolean;
  printer: PdfPrinter;
}

const MIME: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

/** The title as a file-name part: letters and digits of any script (Thai marks kept), the rest one dash. */
export function slug(title: string): string {
  const s = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(s).slice(0, 60).join('').replace(/-+$/, '') || 'forum';
}

/** "minutes-2026-11-23-เวทีประชาคมหมู่-3.pdf" */
export const minutesFileName = (model: MinutesModel, extension: string) => `minutes-${model.forum.date}-${slug(model.forum.title)}.${extension}`;

export async function exportMinutes(ctx: Context, model: MinutesModel, format: ExportFormat, options: ExportOptions): Promise<ReportFile> {
  let data: Buffer;
  let pages: number | null = null;
  switch (format) {
    case 'pdf':
      data = await options.printer.print(renderMinutesHtml(model, { thaiDigits: options.thaiDigits }));
      pages = countPdfPages(data);
      break;
    // The document libraries (docx, exceljs) load with the first file of their kind, not with the core.
    case 'docx':
      data = await (await import('./docx/minutes-docx')).minutesDocx(model, { thaiDigits: options.thaiDigits });
      break;
    case 'xlsx':
      data = await (await import('./xlsx/report-xlsx')).reportXlsx(ctx, model);
      break;
    case 'json':
      data = Buffer.from(`${JSON.stringify(model, null, 2)}\n`, 'utf8');
      break;
  }
  return { fileName: minutesFileName(model, format), mimeType: MIME[format], base64: data.toString('base64'), pages };
}
