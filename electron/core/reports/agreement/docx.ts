/**
 * The agreement as an editable DOCX: the same document blocks as the HTML (document.ts), written
 * with the minutes' DOCX building blocks (TH Sarabun New 16 pt, official margins and page numbers).
 */
import {
  AlignmentType,
  Document,
  type FileChild,
  Header,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AgreementVersion } from '../../../../shared/contract';
import { docBlocks } from '../docx/blocks';
import { BODY_SIZE, FONT_TABLE_XML, RUN_FONTS, THAI_FONT } from '../docx/font-table';
import { plainFormatter } from '../text/format';
import { type SignatureBlock, agreementDocument } from './document';
import { AGREEMENT_TH as TH } from './strings-th';

const CM = 567;
export const A4_PORTRAIT = { width: 11906, height: 16838 };
export const OFFICIAL_MARGINS = { top: Math.round(2.5 * CM), bottom: 2 * CM, left: 3 * CM, right: 2 * CM, header: Math.round(1.25 * CM), footer: CM };
const NO_BORDER = { style: 'none' as const, size: 0, color: 'FFFFFF' };

/** "- ๒ -" from page 2, always in Thai digits, as the minutes have it. */
export function officialPageHeader(): Header {
  const style = { font: RUN_FONTS, size: BODY_SIZE, sizeComplexScript: BODY_SIZE };
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...style, children: ['- ', PageNumber.CURRENT, ' -'] })] })] });
}

/** The document settings every Thai DOCX of the app shares: fonts, language, theme. */
export function thaiDocument(title: string, section: ConstructorParameters<typeof Document>[0]['sections'][number]): Document {
  return new Document({
    creator: 'Wethi',
    title,
    styles: {
      default: { document: { run: { font: RUN_FONTS, size: BODY_SIZE, sizeComplexScript: BODY_SIZE, language: { value: 'th-TH', bidirectional: 'th-TH' } } } },
    },
    theme: { fonts: { body: { latin: THAI_FONT, complexScript: THAI_FONT, scripts: { Thai: THAI_FONT } } } },
    sections: [section],
  });
}

export const packThai = (doc: Document) => Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);

export async function agreementDocx(version: AgreementVersion, options: { thaiDigits: boolean }): Promise<Buffer> {
  const fmt = plainFormatter(options.thaiDigits);
  const b = docBlocks(options.thaiDigits);
  const doc = agreementDocument(version, fmt);
  const [title, ...rest] = doc.headingLines;
  const signatureCell = (s: SignatureBlock | undefined) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
      children: s
        ? [
            b.line(`${TH.sign} ${TH.line}${s.witness ? ` ${TH.witness}` : ''}`, { align: 'center' }),
            b.line(`(${s.name ?? TH.line})`, { align: 'center' }),
            ...(s.jobTitle ? [b.line(s.jobTitle, { align: 'center' })] : []),
            ...(s.partnerName ? [b.line(s.partnerName, { align: 'center' })] : []),
            b.gap(),
          ]
        : [b.gap()],
    });
  const signatureRows: TableRow[] = [];
  for (let i = 0; i < doc.signatures.length; i += 2) {
    signatureRows.push(new TableRow({ cantSplit: true, children: [signatureCell(doc.signatures[i]), signatureCell(doc.signatures[i + 1])] }));
  }
  const children: FileChild[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [b.run(title ?? '', true)] }),
    ...rest.map((l) => b.title(l)),
    ...doc.partyLines.map((l) => b.title(l)),
    ...(doc.versionLine ? [b.line(doc.versionLine, { align: 'center' })] : []),
    b.gap(),
    ...b.body(doc.intro),
    ...doc.clauses.flatMap((c, i) => [
      b.heading(TH.clause(fmt.num(i + 1), c.heading)),
      ...(c.table ? [b.table(c.table.columns, c.table.rows)] : []),
      ...c.paragraphs.flatMap((p) => b.body(p)),
    ]),
    b.gap(),
    ...b.body(doc.closing),
    b.gap(),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, rows: signatureRows }),
  ];
  return packThai(
    thaiDocument(`${TH.documentTitle} ${version.title}`, {
      properties: { titlePage: true, page: { size: A4_PORTRAIT, margin: OFFICIAL_MARGINS, pageNumbers: { start: 1, formatType: NumberFormat.THAI_NUMBERS } } },
      headers: { first: new Header({ children: [] }), default: officialPageHeader() },
      children,
    }),
  );
}
