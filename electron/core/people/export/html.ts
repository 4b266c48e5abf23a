/**
 * A person's export as one self-contained HTML page (A4, Sarabun embedded, no script): the
 * source of the PDF handed to them. The same tables as the XLSX, one section each.
 */
import type { PersonExport } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/domain/buddhist-date';
import { fullName } from '../../../../shared/domain/thai-text';
import { sarabunFontFaces } from '../../reports/html/fonts';
import { escapeHtml, linesHtml } from '../../reports/html/format';
import type { ForumTable } from '../../reports/tables/table';
import { FORUM_TIME_ZONE } from '../../reports/times';
import { PERSON_EXPORT_TH as P } from './strings-th';
import { personTables } from './tables';

const CSS = `
@page { size: A4; margin: 20mm 18mm 20mm 22mm; }
html { font-family: "Sarabun", sans-serif; font-size: 14pt; line-height: 1.6; color: #000; }
body { margin: 0; }
h1 { font-size: 18pt; margin: 0; text-align: center; }
p { margin: 0; }
p.sub { text-align: center; font-weight: 700; }
p.meta { text-align: center; margin-bottom: 8pt; font-size: 12pt; }
h2 { font-size: 15pt; margin: 12pt 0 4pt; break-after: avoid; border-bottom: 0.5pt solid #000; }
div.rec { margin: 0 0 6pt 6mm; break-inside: avoid; }
div.rec p.no { margin-left: -6mm; font-weight: 700; }
span.k { font-weight: 700; }
p.none { font-style: italic; }
`;

/**
 * One section per table; each record as lines of "header: value" (empty values left out), so
 * the page reads top to bottom on paper, on a phone, and to a screen reader or pdftotext,
 * whatever the number of columns.
 */
function section(table: ForumTable, keyValue: boolean): string {
  const head = `<h2>${escapeHtml(table.title)}</h2>`;
  if (table.rows.length === 0) return `${head}<p class="none">${P.none}</p>`;
  const line = (label: string, value: unknown) => `<p><span class="k">${escapeHtml(label)}:</span> ${linesHtml(String(value))}</p>`;
  if (keyValue) {
    // The register entry: the first column names the field, the second holds its value.
    return `${head}<div class="rec">${table.rows.filter((r) => r[1] !== null && r[1] !== '').map((r) => line(String(r[0]), r[1])).join('')}</div>`;
  }
  const records = table.rows.map((row, i) => {
    const fields = row.map((cell, c) => (cell === null || cell === '' ? '' : line(table.columns[c]?.header ?? '', cell))).join('');
    return `<div class="rec"><p class="no">${i + 1}.</p>${fields}</div>`;
  });
  return head + records.join('');
}

export function renderPersonHtml(model: PersonExport): string {
  const name = fullName(model.person);
  return (
    `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${escapeHtml(name)}</title>` +
    `<style>${sarabunFontFaces()}\n${CSS}</style></head><body>` +
    `<h1>${P.title}</h1><p class="sub">${escapeHtml(P.subtitle(name))}</p>` +
    `<p class="meta">${escapeHtml(P.exportedAt(formatDateTime(model.exportedAt, 'th', FORUM_TIME_ZONE)))}<br>${P.law}</p>` +
    personTables(model).map((table, i) => section(table, i === 0)).join('') +
    '</body></html>'
  );
}
