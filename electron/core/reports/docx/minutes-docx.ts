/**
 * The minutes as an editable DOCX (library `docx`), with the structure and wording of the
 * official Thai format that the HTML/PDF template prints (same strings, html/strings-th.ts):
 * heading, attendance lists, start time, each ระเบียบวาระ with its summary, polls and มติที่ประชุม,
 * priorities and action plan, close time, signature blocks, then the annexes.
 *
 * Page: A4 with the official margins (top 2.5 cm, bottom 2 cm, left 3 cm, right 2 cm), TH Sarabun
 * New 16 pt (font-table.ts), the page number "- ๒ -" at the top centre from page 2 (the first
 * page has its own, empty header).
 */
import {
  Document,
  type FileChild,
  Header,
  NumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  AlignmentType,
  TextRun,
} from 'docx';
import type { MinutesModel, MinutesPerson, MinutesPoll, MinutesResolution } from '../../../../shared/contract';
import { TH } from '../html/strings-th';
import { equityAnnex, representationAnnex, signInAnnex } from './annexes';
import { type DocBlocks, docBlocks } from './blocks';
import { BODY_SIZE, FONT_TABLE_XML, RUN_FONTS, THAI_FONT } from './font-table';
import { actionPlanRows, actionPlanTotal, PLAN_COLUMNS, PLAN_WIDTH_MM } from '../text/action-plan';
import { type PlainFormatter, plainFormatter } from '../text/format';
import { prioritiesStatement } from '../text/poll-outcome';
import { pollBlock } from './poll-block';

const CM = 567;
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: Math.round(2.5 * CM), bottom: 2 * CM, left: 3 * CM, right: 2 * CM, header: Math.round(1.25 * CM), footer: CM };

/** Where the signature blocks stand: the right half of the page. */
const SIGNATURE_INDENT = 3800;

function attendance(heading: string, people: readonly MinutesPerson[], b: DocBlocks, fmt: PlainFormatter): FileChild[] {
  if (people.length === 0) return [b.heading(heading), b.line(TH.nobody, { indentLeft: 2 * CM })];
  return [b.heading(heading), ...people.map((p) => b.personLine(fmt.num(p.number), p.name, p.position ?? p.organisation))];
}

function items(model: MinutesModel, b: DocBlocks, fmt: PlainFormatter): FileChild[] {
  const polls = new Map(model.polls.map((p) => [p.pollId, p]));
  const out: FileChild[] = [];
  for (const item of model.items) {
    out.push(b.heading(`${TH.agendaItem(item.number)} ${item.title}`, item.level), ...b.body(item.summary, item.level));
    for (const id of item.pollIds) {
      const poll = polls.get(id);
      if (poll) out.push(...pollBlock(poll, b, fmt, item.level));
    }
    out.push(b.heading(TH.resolution, item.level));
    if (item.resolutions.length === 0) out.push(...b.body(TH.noResolution, item.level));
    out.push(...resolutionLines(item.resolutions, b, item.level));
  }
  return out;
}

/** Several resolutions are numbered; one stands alone. */
function resolutionLines(list: readonly MinutesResolution[], b: DocBlocks, level = 0): FileChild[] {
  const numbered = list.length > 1;
  return list.flatMap((r, i) => b.body(numbered ? `${i + 1}. ${r.text}` : r.text, level));
}

/** What was recorded under no agenda item, after the last one; nothing when there is none (the HTML template's rule). */
function unassigned(model: MinutesModel, b: DocBlocks): FileChild[] {
  const { summary, resolutions } = model.unassigned;
  const body = b.body(summary);
  if (body.length === 0 && resolutions.length === 0) return [];
  return [b.heading(TH.unassigned), ...body, ...(resolutions.length > 0 ? [b.heading(TH.resolution), ...resolutionLines(resolutions, b)] : [])];
}

/** Polls held under no agenda item of the minutes: after the items, so none goes unreported. */
function loosePolls(model: MinutesModel, b: DocBlocks, fmt: PlainFormatter): FileChild[] {
  const placed = new Set(model.items.flatMap((i) => i.pollIds));
  const loose: MinutesPoll[] = model.polls.filter((p) => !placed.has(p.pollId));
  return loose.length === 0 ? [] : [b.heading(TH.otherPolls), ...loose.flatMap((p) => pollBlock(p, b, fmt, 0))];
}

function priorities(model: MinutesModel, b: DocBlocks, fmt: PlainFormatter): FileChild[] {
  const list = model.priorities;
  if (list.items.length === 0) return [];
  const statement = prioritiesStatement(list);
  return [
    b.heading(TH.priorities),
    ...b.body(statement),
    b.table(
      [
        { header: TH.colRank, share: 0.14, align: 'center' },
        { header: TH.colIssue, share: 0.64 },
        { header: TH.colScore, share: 0.22, align: 'right' },
      ],
      list.items.map((i) => [fmt.num(i.rank), i.title, i.score === null ? '' : fmt.num(i.score)]),
    ),
  ];
}

/** The plan's landscape page: A4 turned, its top margin (3 cm) the binding edge, as in the HTML template. */
const LANDSCAPE_MARGINS = { top: 3 * CM, right: Math.round(2.5 * CM), bottom: 2 * CM, left: 2 * CM, header: Math.round(1.25 * CM), footer: CM };
const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;
/** 14 pt, in half-points: the plan's cells, as the PDF prints every table. */
const PLAN_SIZE = 28;

function actionPlan(model: MinutesModel, b: DocBlocks, fmt: PlainFormatter): FileChild[] {
  if (model.actionPlan.length === 0) return [];
  const total = actionPlanTotal(model, fmt);
  const budgetAt = PLAN_COLUMNS.findIndex((c) => c.header === TH.colBudget);
  const totalRow = PLAN_COLUMNS.map((_, i) => (i === 1 ? total.label : i === budgetAt ? total.budget : ''));
  return [
    b.heading(TH.actionPlan),
    b.table(
      PLAN_COLUMNS.map((c) => ({ header: c.header, share: c.mm / PLAN_WIDTH_MM, align: c.align })),
      [...actionPlanRows(model, fmt), totalRow],
      { width: LANDSCAPE_TEXT_WIDTH, size: PLAN_SIZE },
    ),
  ];
}

/** One signature block; `last` ends the sign-off, every other line keeps with the next. */
function signature(role: string, person: { name: string; position: string }, b: DocBlocks, last: boolean): FileChild[] {
  const at = { align: 'center' as const, indentLeft: SIGNATURE_INDENT, keepNext: true };
  const lines = [`${TH.signature} ${TH.signatureLine} ${role}`, `(${person.name || TH.signatureLine})`, ...(person.position ? [person.position] : [])];
  return [b.gap(true), ...lines.map((line, i) => b.line(line, { ...at, keepNext: !(last && i === lines.length - 1) }))];
}

/**
 * The closing text, the end time and both signatures. From the last closing line to the last
 * signature line every paragraph keeps with the next, so Word moves them to a new page together
 * rather than leave a signature alone (as the PDF's unbreakable sign-off does).
 */
function signOff(model: MinutesModel, b: DocBlocks, fmt: PlainFormatter): FileChild[] {
  const closing = b.body(model.closing);
  const last = closing.length > 0 ? b.body(model.closing.trim().split(/\r?\n/).pop() ?? '', 0, { keepNext: true }) : [];
  return [
    ...closing.slice(0, -1),
    ...last,
    b.gap(true),
    b.line(TH.ended(model.endTime ? fmt.time(model.endTime) : TH.timeUnknown), { bold: true, keepNext: true }),
    ...signature(TH.noteTaker, model.signatures.noteTaker, b, false),
    ...signature(TH.reviewer, model.signatures.reviewer, b, true),
  ];
}

/** "- ๒ -": the official page number, from page 2 (page 1's header is the empty first-page one). */
function pageNumberHeader(): Header {
  const style = { font: RUN_FONTS, size: BODY_SIZE, sizeComplexScript: BODY_SIZE };
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...style, children: ['- ', PageNumber.CURRENT, ' -'] })] })],
  });
}

// The PAGE field always in Thai digits (๒), as the official form has it, whatever the thaiDigits
// option (the body text's): Word formats it by the section's number format, so every section says so.
const portraitPage = (first: boolean) => ({
  size: A4,
  margin: MARGINS,
  pageNumbers: first ? { start: 1, formatType: NumberFormat.THAI_NUMBERS } : { formatType: NumberFormat.THAI_NUMBERS },
});
const landscapePage = () => ({
  size: { ...A4, orientation: PageOrientation.LANDSCAPE },
  margin: LANDSCAPE_MARGINS,
  pageNumbers: { formatType: NumberFormat.THAI_NUMBERS },
});
const firstHeaders = () => ({ first: new Header({ children: [] }), default: pageNumberHeader() });

export async function minutesDocx(model: MinutesModel, options: { thaiDigits: boolean }): Promise<Buffer> {
  const fmt = plainFormatter(options.thaiDigits);
  const b = docBlocks(options.thaiDigits);
  const forum = model.forum;
  const children: FileChild[] = [
    b.title(TH.heading),
    b.title(forum.title),
    ...(forum.number ? [b.title(TH.session(forum.number))] : []),
    b.title(fmt.when(forum.date)),
    ...(forum.venue ? [b.title(TH.at(forum.venue))] : []),
    ...attendance(TH.present, model.present, b, fmt),
    ...attendance(TH.absent, model.absent, b, fmt),
    ...attendance(TH.guests, model.guests, b, fmt),
    b.gap(),
    b.line(TH.started(model.startTime ? fmt.time(model.startTime) : TH.timeUnknown), { bold: true }),
    ...b.body(model.opening),
    ...items(model, b, fmt),
    ...unassigned(model, b),
    ...loosePolls(model, b, fmt),
    ...priorities(model, b, fmt),
  ];
  const plan = actionPlan(model, b, fmt);
  const rest: FileChild[] = [
    ...signOff(model, b, fmt),
    ...signInAnnex(model, b, fmt, '1'),
    ...representationAnnex(model, b, fmt, '2'),
    ...equityAnnex(model, b, fmt, '3'),
  ];

  const doc = new Document({
    creator: 'Wethi',
    title: `${TH.documentTitle} ${forum.title}`,
    // Every run also names the font (blocks.ts); the defaults cover text a clerk adds in Word.
    styles: {
      default: {
        document: {
          run: { font: RUN_FONTS, size: BODY_SIZE, sizeComplexScript: BODY_SIZE, language: { value: 'th-TH', bidirectional: 'th-TH' } },
        },
      },
    },
    // The theme's body font for Thai script, for styles that point at the theme rather than a font.
    theme: { fonts: { body: { latin: THAI_FONT, complexScript: THAI_FONT, scripts: { Thai: THAI_FONT } } } },
    // The action plan, when there is one, is a landscape section between two portrait ones; the
    // page numbers run on through all three.
    sections:
      plan.length === 0
        ? [{ properties: { titlePage: true, page: portraitPage(true) }, headers: firstHeaders(), children: [...children, ...rest] }]
        : [
            { properties: { titlePage: true, page: portraitPage(true) }, headers: firstHeaders(), children },
            { properties: { page: landscapePage() }, headers: { default: pageNumberHeader() }, children: plan },
            { properties: { page: portraitPage(false) }, headers: { default: pageNumberHeader() }, children: rest },
          ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
