/** The development-plan project list as a report file: XLSX, DOCX (landscape) or JSON. */
import type { DevelopmentPlan, ReportFile } from '../../../shared/contract';
import { slug } from '../reports/export';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
} as const;

export async function exportDevelopmentPlan(plan: DevelopmentPlan, format: 'xlsx' | 'docx' | 'json', options: { thaiDigits: boolean }): Promise<ReportFile> {
  // docx and exceljs load only for their own format (the CLI starts light).
  const data =
    format === 'xlsx'
      ? await (await import('../reports/devplan/xlsx')).developmentPlanXlsx(plan)
      : format === 'docx'
        ? await (await import('../reports/devplan/docx')).developmentPlanDocx(plan, options)
        : Buffer.from(`${JSON.stringify(plan, null, 2)}\n`, 'utf8');
  return { fileName: `development-plan-${slug(plan.title)}.${format}`, mimeType: MIME[format], base64: data.toString('base64'), pages: null };
}
