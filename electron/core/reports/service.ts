/** Handlers for the reports.* operations: the minutes model, its edited sections, and exports. */
import type { Context } from '../context';
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';

// Placeholder while issue 6 is being written: every operation answers "not yet".
const notYet = (): never => {
  throw new AppError('internal', 'error.internal', 'reports: not implemented yet');
};

export function reportsService(_ctx: Context): HandlersFor<'reports'> {
  return {
    'reports.minutes': notYet,
    'reports.sections': notYet,
    'reports.saveSection': notYet,
    'reports.resetSection': notYet,
    'reports.preview': notYet,
    'reports.export': notYet,
  };
}
