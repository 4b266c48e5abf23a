/** One minutes file in the asked format. PLACEHOLDER: owned by the PDF/HTML helper. */
import type { MinutesModel, ReportFile } from '../../../shared/contract';
import type { Context } from '../context';
import type { PdfPrinter } from './pdf/printer';

export type ExportFormat = 'pdf' | 'docx' | 'xlsx' | 'json';

export interface ExportOptions {
  thaiDigits: boolean;
  printer: PdfPrinter;
}

export async function exportMinutes(_ctx: Context, _model: MinutesModel, _format: ExportFormat, _options: ExportOptions): Promise<ReportFile> {
  throw new Error('exportMinutes: not implemented yet');
}
