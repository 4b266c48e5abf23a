/** The forum's tables as CSV files (UTF-8 with BOM). PLACEHOLDER: owned by the office-formats helper. */
import type { MinutesModel } from '../../../../shared/contract';
import type { Context } from '../../context';

export interface CsvFile {
  fileName: string;
  /** Starts with the BOM (U+FEFF) so Excel reads Thai as UTF-8. */
  content: string;
}

export function reportCsv(_ctx: Context, _model: MinutesModel): CsvFile[] {
  throw new Error('reportCsv: not implemented yet');
}
