/**
 * The building blocks of the DOCX minutes: runs in the Thai font at 16 pt, the paragraph kinds
 * of the official format, numbered name lists and tables whose header row repeats on every page.
 * Every run's text passes through `run`, so the Thai-digits option reaches all of it.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { toThaiDigits } from '../../../../shared/domain/buddhist-date';
import { BODY_SIZE, RUN_FONTS } from './font-table';

/** A4 (11906 twips) less the official margins: left 3 cm (1701), right 2 cm (1134). */
export const TEXT_WIDTH = 9071;
/** The official first-line indent of a paragraph, 2.5 cm. */
const INDENT = 1418;

export interface Column {
  header: string;
  /** Share of the text width, 0..1. */
  share: number;
  align?: 'left' | 'center' | 'right';
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

export function docBlocks(thaiDigits: boolean) {
  const run = (text: string, bold = false, tabBefore = false, size = BODY_SIZE) =>
    new TextRun({
      children: [...(tabBefore ? [new Tab()] : []), thaiDigits ? toThaiDigits(text) : text],
      font: RUN_FONTS,
      size,
      sizeComplexScript: size,
      // Thai is a complex script: Word bolds it by <w:bCs/>, not <w:b/>.
      ...(bold ? { bold: true, boldComplexScript: true } : {}),
    });

  /** Non-empty lines of a text, each its own paragraph. */
  const linesOf = (text: string) =>
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0);

  return {
    run,
    /** The centred bold heading lines at the top (รายงานการประชุม…, ครั้งที่, เมื่อวัน…, ณ …). */
    title: (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, true)] }),
    /** A bold line starting a part: ผู้มาประชุม, ระเบียบวาระที่ n, มติที่ประชุม. */
    heading: (text: string, level = 0) =>
      new Paragraph({ keepNext: true, spacing: { before: 160 }, indent: { left: level * INDENT }, children: [run(text, true)] }),
    /** Running text: the first line indented, Thai distributed justification, one paragraph per line. */
    body: (text: string, level = 0, opts: { keepNext?: boolean } = {}) =>
      linesOf(text).map(
        (line) =>
          new Paragraph({
            alignment: AlignmentType.THAI_DISTRIBUTE,
            indent: { firstLine: INDENT, left: level * INDENT },
            keepNext: opts.keepNext,
            children: [run(line)],
          }),
      ),
    /** A plain line of text (no indent). */
    line: (text: string, opts: { bold?: boolean; align?: 'left' | 'center' | 'right'; indentLeft?: number; pageBreakBefore?: boolean; keepNext?: boolean } = {}) =>
      new Paragraph({
        alignment: ALIGN[opts.align ?? 'left'],
        indent: opts.indentLeft ? { left: opts.indentLeft } : undefined,
        pageBreakBefore: opts.pageBreakBefore,
        keepNext: opts.keepNext,
        children: [run(text, opts.bold)],
      }),
    /** "1. นายสมชาย ใจดี ⇥ ผู้ใหญ่บ้าน": a numbered list of people with their positions in a column. */
    personLine: (number: string, name: string, position: string | null) =>
      new Paragraph({
        indent: { left: INDENT },
        tabStops: [{ type: TabStopType.LEFT, position: INDENT + 4600 }],
        children: [run(`${number}. ${name}`), ...(position ? [run(position, false, true)] : [])],
      }),
    /**
     * A bordered table; the header row repeats on each page and no row is split across pages.
     * `width` is the text width it spans (twips; the portrait page's by default), `size` its
     * text size (half-points; the body's 16 pt by default).
     */
    table: (columns: readonly Column[], rows: readonly (readonly string[])[], opts: { rowHeight?: number; width?: number; size?: number } = {}) => {
      const width = opts.width ?? TEXT_WIDTH;
      // Rounded at the running total, so the columns never add up to more than the width.
      const edges = columns.map((_, i) => Math.round(columns.slice(0, i + 1).reduce((sum, c) => sum + c.share, 0) * width));
      const widths = edges.map((edge, i) => edge - (i === 0 ? 0 : (edges[i - 1] ?? 0)));
      const cell = (text: string, i: number, bold: boolean) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          // A cell's lines as paragraphs: a line feed inside a run is not a line break in Word.
          children: text
            .split('\n')
            .map((l) => new Paragraph({ alignment: bold ? AlignmentType.CENTER : ALIGN[columns[i]?.align ?? 'left'], children: [run(l, bold, false, opts.size)] })),
        });
      return new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: BORDERS,
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, i, true)) }),
          ...rows.map(
            (row) =>
              new TableRow({
                cantSplit: true,
                height: opts.rowHeight ? { value: opts.rowHeight, rule: HeightRule.ATLEAST } : undefined,
                children: columns.map((_, i) => cell(row[i] ?? '', i, false)),
              }),
          ),
        ],
      });
    },
    /** An empty line between parts; `keepNext` holds it to what follows. */
    gap: (keepNext?: boolean) => new Paragraph({ keepNext, children: [] }),
  };
}

export type DocBlocks = ReturnType<typeof docBlocks>;
