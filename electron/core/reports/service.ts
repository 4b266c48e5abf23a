/** Handlers for the reports.* operations: the minutes model, its edited sections, and exports. */
import type { Context } from '../context';
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';
import type { PdfPrinter } from './pdf/printer';

// Placeholder while issue 6 is being written: every operation answers "not yet".
const notYet = (): never => {
  throw new AppError('internal', 'error.internal', 'reports: not implemented yet');
};

export interface ReportsDeps {
  /** Electron's printToPDF in the app; the system Chromium in the local host and the CLI. */
  printer: PdfPrinter;
}

export function reportsService(_ctx: Context, _deps: ReportsDeps): HandlersFor<'reports'> {
  return {
    'reports.minutes': notYet,
    'reports.sections': notYet,
    'reports.saveSection': notYet,
    'reports.resetSection': notYet,
    'reports.preview': notYet,
    'reports.export': notYet,
  };
}
