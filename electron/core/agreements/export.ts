/** The agreement document (PDF or DOCX) and the forum's commitments workbook, as report files. */
import type { AgreementVersion, ReportFile } from '../../../shared/contract';
import type { Context } from '../context';
import { findForum } from '../forums/store';
import { agreementDocx } from '../reports/agreement/docx';
import { renderAgreementHtml } from '../reports/agreement/html';
import { slug } from '../reports/export';
import { fundingXlsx } from '../reports/funding/xlsx';
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
    const data = await agreementDocx(version, { thaiDigits: options.thaiDigits });
    return { fileName, mimeType: MIME.docx, base64: data.toString('base64'), pages: null };
  }
  const data = await options.printer.print(renderAgreementHtml(version, { thaiDigits: options.thaiDigits }));
  return { fileName, mimeType: MIME.pdf, base64: data.toString('base64'), pages: countPdfPages(data) };
}

export async function exportFunding(ctx: Context, forumId: string): Promise<ReportFile> {
  const forum = findForum(ctx, forumId);
  const title = forum?.title ?? '';
  const data = await fundingXlsx(title, forumFunding(ctx, forumId), ctx.now());
  return { fileName: `commitments-${forum?.date ?? ''}-${slug(title)}.xlsx`, mimeType: MIME.xlsx, base64: data.toString('base64'), pages: null };
}
