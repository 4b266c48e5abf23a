/** A person's export as a file to hand over: JSON, a PDF printed from the HTML, or an XLSX workbook. */
import type { PersonExport, ReportFile } from '../../../../shared/contract';
import { fullName } from '../../../../shared/domain/thai-text';
import { slug } from '../../reports/export';
import { countPdfPages, type PdfPrinter } from '../../reports/pdf/printer';
import { renderPersonHtml } from './html';
import { personTables } from './tables';

export type PersonFileFormat = 'json' | 'pdf' | 'xlsx';

const MIME: Record<PersonFileFormat, string> = {
  json: 'application/json',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function personFile(model: PersonExport, format: PersonFileFormat, printer: PdfPrinter): Promise<ReportFile> {
  let data: Buffer;
  let pages: number | null = null;
  switch (format) {
    case 'json':
      data = Buffer.from(`${JSON.stringify(model, null, 2)}\n`, 'utf8');
      break;
    case 'pdf':
      data = await printer.print(renderPersonHtml(model));
      pages = countPdfPages(data);
      break;
    case 'xlsx': {
      // exceljs loads only when a workbook is written (the CLI's start-up stays light).
      const { tablesXlsx } = await import('../../reports/xlsx/report-xlsx');
      data = await tablesXlsx(personTables(model), { title: fullName(model.person), created: new Date(model.exportedAt) });
      break;
    }
  }
  const fileName = `wethi-person-${slug(fullName(model.person))}-${model.exportedAt.slice(0, 10)}.${format}`;
  return { fileName, mimeType: MIME[format], base64: data.toString('base64'), pages };
}
