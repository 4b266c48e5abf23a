/**
 * The agreement as one self-contained HTML page, printed to PDF by the minutes' printer: the same
 * embedded Sarabun, page setup (A4, official margins, "- ๒ -" page numbers) and formatter.
 */
import type { AgreementVersion } from '../../../../shared/contract';
import { sarabunFontFaces } from '../html/fonts';
import { type Formatter, formatter } from '../html/format';
import { minutesCss } from '../html/styles';
import { type AgreementDocument, type AgreementTable, type SignatureBlock, agreementDocument } from './document';
import { AGREEMENT_TH as TH } from './strings-th';

const CSS = `
.agreement .head { text-align: center; margin-bottom: 6pt; }
.agreement .head h1 { font-size: 20pt; font-weight: 700; }
.agreement .head p { font-weight: 700; }
.agreement .version { text-align: center; margin-bottom: 8pt; }
.agreement hr { border: none; border-top: 0.5pt solid #000; width: 40%; margin: 6pt auto 10pt; }
.agreement .clause { margin-top: 6pt; }
.agreement .clause h2 { margin-top: 0; text-indent: 25mm; }
.agreement .sign-grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10mm; row-gap: 16pt; margin-top: 24pt; }
.agreement .sign { break-inside: avoid; text-align: center; }
.agreement .sign p { text-align: center; white-space: nowrap; }
`;

function table(t: AgreementTable, fmt: Formatter): string {
  const cols = `<colgroup>${t.columns.map((c) => `<col style="width:${(c.share * 100).toFixed(1)}%">`).join('')}</colgroup>`;
  const head = `<thead><tr>${t.columns.map((c) => `<th>${fmt.text(c.header)}</th>`).join('')}</tr></thead>`;
  const cls = (i: number) => (t.columns[i]?.align === 'right' ? ' class="n"' : t.columns[i]?.align === 'center' ? ' class="c"' : '');
  const body = t.rows.map((row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${fmt.text(cell)}</td>`).join('')}</tr>`).join('');
  return `<table class="plan">${cols}${head}<tbody>${body}</tbody></table>`;
}

function signature(s: SignatureBlock, fmt: Formatter): string {
  const role = s.witness ? ` ${TH.witness}` : '';
  return (
    `<div class="sign"><p>${TH.sign} ${TH.line}${role}</p>` +
    `<p>(${s.name ? fmt.text(s.name) : TH.line})</p>` +
    (s.jobTitle ? `<p>${fmt.text(s.jobTitle)}</p>` : '') +
    (s.partnerName ? `<p>${fmt.text(s.partnerName)}</p>` : '') +
    '</div>'
  );
}

export function renderAgreementDocumentHtml(doc: AgreementDocument, fmt: Formatter): string {
  const [title, ...rest] = doc.headingLines;
  const head =
    `<header class="head"><h1>${fmt.text(title ?? '')}</h1>${rest.map((l) => `<p>${fmt.text(l)}</p>`).join('')}` +
    `${doc.partyLines.map((l) => `<p>${fmt.text(l)}</p>`).join('')}</header>` +
    (doc.versionLine ? `<p class="version">${fmt.text(doc.versionLine)}</p>` : '') +
    '<hr>';
  const clauses = doc.clauses
    .map(
      (c, i) =>
        `<section class="clause"><h2>${fmt.text(TH.clause(String(i + 1), c.heading))}</h2>` +
        (c.table ? table(c.table, fmt) : '') +
        c.paragraphs.map((p) => `<p class="${c.table ? 'note' : 'body'}">${fmt.text(p)}</p>`).join('') +
        '</section>',
    )
    .join('');
  return (
    head +
    `<p class="body">${fmt.text(doc.intro)}</p>` +
    clauses +
    `<p class="body" style="margin-top:8pt">${fmt.text(doc.closing)}</p>` +
    `<div class="sign-grid">${doc.signatures.map((s) => signature(s, fmt)).join('')}</div>`
  );
}

export function renderAgreementHtml(version: AgreementVersion, options: { thaiDigits: boolean }): string {
  const fmt = formatter(options.thaiDigits);
  const body = renderAgreementDocumentHtml(agreementDocument(version, fmt.plain), fmt);
  return (
    `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${TH.documentTitle} ${fmt.text(version.title)}</title>` +
    `<style>${sarabunFontFaces()}\n${minutesCss()}\n${CSS}</style></head><body class="agreement">${body}</body></html>`
  );
}
