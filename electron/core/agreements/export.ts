/** The agreement document (PDF or DOCX) and the forum's commitments workbook, as report files. */
import type { AgreementVersion, ReportFile } from '../../../shared/contract';
import type { Context } from '../context';
import { findForum } from '../forums/store';
import { renderAgreementHtml } from '../reports/agreement/html';
import { slug } from '../reports/export';
import { countPdfPages, type PdfPrinter } from '../reports/pdf/printer';
import { forumFunding } from './funding';

const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export async function exportAgreement(
  _ctx: Context,
  version: AgreementVersion,
  format: 'pdf' | 'docx',
  options: { thaiDigits: boolean; printer: PdfPrinter },
): Promise<ReportFile> {
  const fileName = `agreement-${slug(version.title)}-v${version.version}.${format}`;
  if (format === 'docx') {
    // docx and exceljs load only when a file of theirs is written (the CLI starts light).
    const { agreementDocx } = await import('../reports/agreement/docx');
    const data = await agreementDocx(version, { thaiDigits: options.thaiDigits });
    return { fileName, mimeType: MIME.docx, base64: data.toString('base64'), pages: null };
  }
  const data = await options.printer.print(renderAgreementHtml(version, { thaiDigits: options.thaiDigits }));
  return { fileName, mimeType: MIME.pdf, base64: data.toString('base64'), pages: countPdfPages(data) };
}

export async function exportFunding(ctx: Context, forumId: string): Promise<ReportFile> {
  const forum = findForum(ctx, forumId);
  const title = forum?.title ?? '';
  const { fundingXlsx } = await import('../reports/funding/xlsx');
  const data = await fundingXlsx(title, forumFunding(ctx, forumId), ctx.now());
  return { fileName: `commitments-${forum?.date ?? ''}-${slug(title)}.xlsx`, mimeType: MIME.xlsx, base64: data.toString('base64'), pages: null };
}
