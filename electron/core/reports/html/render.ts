/** The minutes as one self-contained HTML page. PLACEHOLDER: owned by the PDF/HTML helper. */
import type { MinutesModel } from '../../../../shared/contract';

export interface RenderMinutesOptions {
  thaiDigits: boolean;
}

export function renderMinutesHtml(_model: MinutesModel, _options: RenderMinutesOptions): string {
  return '<!doctype html><html lang="th"><meta charset="utf-8"><title>รายงานการประชุม</title><body></body></html>';
}
