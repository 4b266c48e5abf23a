/** The forum's tables as one XLSX workbook. PLACEHOLDER: owned by the office-formats helper. */
import type { MinutesModel } from '../../../../shared/contract';
import type { Context } from '../../context';

export async function reportXlsx(_ctx: Context, _model: MinutesModel): Promise<Buffer> {
  throw new Error('reportXlsx: not implemented yet');
}
