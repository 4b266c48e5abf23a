/** The minutes as an editable DOCX. PLACEHOLDER: owned by the office-formats helper. */
import type { MinutesModel } from '../../../../shared/contract';

export async function minutesDocx(_model: MinutesModel, _options: { thaiDigits: boolean }): Promise<Buffer> {
  throw new Error('minutesDocx: not implemented yet');
}
