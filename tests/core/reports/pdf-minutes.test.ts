/**
 * The minutes PDF as the district clerk receives it, printed by the system Chromium from the
 * sample forum and read back with poppler: the official Thai text, the font, the page numbers,
 * Thai line breaking and vector charts.
 */
import { expect, it } from 'vitest';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';
import { lines, openPdf, type PdfFile } from './pdf-tools';

/** Long enough to wrap over many lines, with runs of words written without spaces, as Thai is. */
const LONG_OPENING =
  'ประธานกล่าวเปิดประชุมและชี้แจงวัตถุประสงค์ของการจัดเวทีประชาคมหมู่บ้านในครั้งนี้ว่าเพื่อให้ประชาชนในหมู่บ้านได้ร่วมกันทบทวนสถานการณ์ปัญหาและความต้องการของชุมชนในรอบปีที่ผ่านมา ' +
  'โดยเฉพาะปัญหาน้ำไม่เพียงพอต่อการอุปโภคบริโภคในฤดูแล้งซึ่งส่งผลกระทบต่อผู้สูงอายุและเด็กเล็กเป็นอย่างมาก ' +
  'ตลอดจนปัญหาถนนเข้าหมู่บ้านชำรุดเสียหายจนรถพยาบาลฉุกเฉินไม่สามารถเข้าถึงผู้ป่วยติดเตียงได้อย่างทันท่วงที ' +
  'ทั้งนี้ขอให้ผู้เข้าร่วมประชุมทุกท่านแสดงความคิดเห็นอย่างเปิดเผยและรับฟังซึ่งกันและกันเพื่อให้ได้แผนพัฒนาหมู่บ้านที่สอดคล้องกับความต้องการที่แท้จริงของชุมชน ' +
  'และนำเสนอต่อองค์การบริหารส่วนตำบลหนองบัวเพื่อบรรจุไว้ในแผนพัฒนาท้องถิ่นต่อไป';

/** The official page number header: "- ๒ -", in Thai digits whatever the thaiDigits option. */
const PAGE_NUMBER = /^-\s*[๐-๙]+\s*-$/;

const BOTTOM_MARGIN_PT = (20 / 25.4) * 72;

interface Printed {
  thai: Buffer;
  arabic: Buffer;
  pages: number | null;
  fileName: string;
}

let printed: Promise<Printed> | null = null;

/**
 * One sample forum printed twice (Thai digits on and off), shared by the tests of this file;
 * each test writes the bytes into its own temp folder.
 */
async function minutes(): Promise<{ pdf: PdfFile; arabic: PdfFile; pages: number | null; fileName: string }> {
  const { thai, arabic, pages, fileName } = await print();
  return { pdf: openPdf(thai), arabic: openPdf(arabic), pages, fileName };
}

function print(): Promise<Printed> {
  printed ??= (async () => {
    const t = await openCore({ now: steppingClock() });
    const s = await seedSampleForum(t);
    await t.call('reports.saveSection', { forumId: s.forumId, key: 'opening', text: LONG_OPENING });
    await t.call('reports.saveSection', { forumId: s.forumId, key: 'reviewerName', text: 'นายสมศักดิ์ ใจดี' });
    const thai = await t.call('reports.export', { forumId: s.forumId, format: 'pdf', thaiDigits: true });
    const plain = await t.call('reports.export', { forumId: s.forumId, format: 'pdf', thaiDigits: false });
    return {
      thai: Buffer.from(thai.base64, 'base64'),
      arabic: Buffer.from(plain.base64, 'base64'),
      pages: thai.pages,
      fileName: thai.fileName,
    };
  })();
  return printed;
}

it('carries the exact Thai text of the heading, names, resolutions and dates, in Thai digits when asked', { timeout: 90_000 }, async () => {
  const { pdf, arabic, fileName } = await minutes();
  const text = pdf.text();
  for (const expected of [
    'รายงานการประชุม',
    'เวทีประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาหมู่บ้าน ประจำปี ๒๕๗๐',
    'ครั้งที่ ๓/๒๕๖๙',
    'เมื่อวันจันทร์ที่ ๒๓ พฤศจิกายน ๒๕๖๙',
    'ณ ศาลาการเปรียญวัดบ้านหนองบัว',
    'ผู้มาประชุม',
    'ผู้ไม่มาประชุม',
    'ผู้เข้าร่วมประชุม',
    'นางบุญมี ศรีสุข',
    'นายเกษม ชาวนา',
    'เริ่มประชุมเวลา ๐๙.๐๐ น.',
    'ระเบียบวาระที่ ๔.๑ ปัญหาและความต้องการของหมู่บ้าน',
    'มติที่ประชุม',
    'รับรองรายงานการประชุมครั้งที่ ๒/๒๕๖๙ โดยมีการแก้ไขชื่อกลุ่มผู้ใช้',
    'วิธีลงคะแนน: จัดอันดับ (วิธีบอร์ดา)',
    'กติกาเมื่อคะแนนเท่ากัน: ประธานที่ประชุมชี้ขาด',
    'แผนปฏิบัติการ',
    'ลำดับความสำคัญของปัญหา',
    'เลิกประชุมเวลา ๑๒.๐๐ น.',
    'ผู้จดรายงานการประชุม',
    '(นางสาวศิริพร จดดี)',
    'ผู้ตรวจรายงานการประชุม',
    '(นายสมศักดิ์ ใจดี)',
    'ภาคผนวก ๑ ใบลงทะเบียน',
    'ลายมือชื่อ',
  ]) {
    expect(text).toContain(expected);
  }
  // Thai digits throughout: no Arabic digit is left anywhere in the text.
  expect(text).not.toMatch(/[0-9]/);
  const plain = arabic.text();
  expect(plain).toContain('เมื่อวันจันทร์ที่ 23 พฤศจิกายน 2569');
  expect(plain).toContain('ครั้งที่ 3/2569');
  // No Thai digit in the body text: only the page-number headers ("- ๒ -") have them, always.
  const laidOut = lines(arabic.text({ layout: true }));
  expect(laidOut.filter((l) => PAGE_NUMBER.test(l))).toHaveLength(arabic.pages - 1);
  expect(laidOut.filter((l) => !PAGE_NUMBER.test(l)).join('\n')).not.toMatch(/[๐-๙]/);
  expect(fileName).toMatch(/^minutes-2026-11-23-.+\.pdf$/);
});

it('embeds Sarabun and no other font, and draws charts as vectors', { timeout: 90_000 }, async () => {
  const { pdf } = await minutes();
  const fonts = lines(pdf.fonts()).slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+Sarabun-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  expect(fonts.some((f) => f.includes('Sarabun-Bold'))).toBe(true);
  // pdfimages lists only its two header lines: no raster anywhere, charts included.
  expect(lines(pdf.images())).toHaveLength(2);
});

const thaiNumber = (n: number) => String(n).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)] ?? d);

it('counts its pages and numbers them "- ๒ -" at the top from page 2, none on page 1, in Thai digits with the option on or off', { timeout: 90_000 }, async () => {
  const { pdf, arabic, pages } = await minutes();
  expect(pages).toBe(pdf.pages);
  expect(pdf.pages).toBeGreaterThanOrEqual(5);
  const first = lines(pdf.text({ first: 1, last: 1, layout: true }));
  expect(first[0]).toBe('รายงานการประชุม');
  expect(first.some((l) => PAGE_NUMBER.test(l))).toBe(false);
  for (const page of [2, pdf.pages]) {
    const top = lines(pdf.text({ first: page, last: page, layout: true }))[0];
    expect(top?.replace(/\s+/g, '')).toBe(`-${thaiNumber(page)}-`);
  }
  // The page number stays in Thai digits when the body text's digits are Arabic.
  expect(arabic.pages).toBeGreaterThanOrEqual(2);
  expect(lines(arabic.text({ first: 2, last: 2, layout: true }))[0]?.replace(/\s+/g, '')).toBe('-๒-');
  expect(lines(arabic.text({ first: arabic.pages, last: arabic.pages, layout: true }))[0]?.replace(/\s+/g, '')).toBe(`-${thaiNumber(arabic.pages)}-`);
});

it('breaks Thai lines between words only, never leaving a vowel or tone mark at the start of a line', { timeout: 90_000 }, async () => {
  const { pdf } = await minutes();
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const target = squeeze(LONG_OPENING);
  // The paragraph's lines, in order, as the reader extracts them (page numbers left out).
  const all = [1, 2, 3].flatMap((page) => lines(pdf.text({ first: page, last: page, layout: true })).filter((l) => !PAGE_NUMBER.test(l)));
  const start = all.findIndex((l) => target.startsWith(squeeze(l)) && squeeze(l).length > 10);
  expect(start).toBeGreaterThan(-1);
  const breaks: number[] = [];
  let at = 0;
  for (let i = start; at < target.length; i++) {
    const line = squeeze(all[i] ?? '');
    expect(target.startsWith(line, at), `line ${i} continues the paragraph: ${line}`).toBe(true);
    expect(line).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/);
    at += line.length;
    if (at < target.length) breaks.push(at);
  }
  expect(breaks.length).toBeGreaterThanOrEqual(4);
  // Word boundaries of the original text, counted without its spaces.
  const boundaries = new Set<number>();
  let squeezed = 0;
  for (const segment of new Intl.Segmenter('th', { granularity: 'word' }).segment(LONG_OPENING)) {
    squeezed += squeeze(segment.segment).length;
    boundaries.add(squeezed);
  }
  for (const offset of breaks) expect(boundaries.has(offset), `break before "${target.slice(offset, offset + 12)}"`).toBe(true);
});

it('leaves nothing of a page in the next page: no marks below the bottom margin', { timeout: 90_000 }, async () => {
  const { pdf } = await minutes();
  for (let page = 1; page <= pdf.pages; page++) {
    // Portrait or landscape (the action plan's page): the bottom margin is 2 cm either way.
    const limit = pdf.size(page).height - BOTTOM_MARGIN_PT;
    const strays = pdf.words(page).filter((w) => w.yMin >= limit - 0.5);
    expect(strays, `page ${page}`).toEqual([]);
  }
});
