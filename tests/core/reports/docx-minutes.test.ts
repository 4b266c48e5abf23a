import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { minutesDocx } from '../../../electron/core/reports/docx/minutes-docx';
// The dotted line's length is the template's choice; the words around it are checked as written.
import { TH } from '../../../electron/core/reports/html/strings-th';
import { type TestCore, openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';
import { addSchulzePoll, LONG_OPTIONS } from './schulze-example';
import { measure, wordsOf } from './text-width';

interface Unzipped {
  /** word/document.xml as written. */
  xml: string;
  /** Its text: one line per paragraph, tabs as "\t". */
  text: string;
  part(path: string): Promise<string>;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function paragraphText(xml: string): string {
  return (xml.match(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/g) ?? [])
    .map((p) =>
      (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? [])
        .map((piece) => (piece === '<w:tab/>' ? '\t' : piece.replace(/<[^>]+>/g, '')))
        .join('')
        .replace(/&\w+;/g, (e) => ENTITIES[e] ?? e),
    )
    .join('\n');
}

async function unzip(buffer: Buffer): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the package`);
    return file.async('string');
  };
  const xml = await part('word/document.xml');
  return { xml, text: paragraphText(xml), part };
}

async function sampleMinutes(t: TestCore) {
  const s = await seedSampleForum(t);
  return { s, model: await t.call('reports.minutes', { forumId: s.forumId }) };
}

/** The part of the text between two lines that are exactly `from` and `to`. */
function between(text: string, from: string, to: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(from);
  const end = lines.indexOf(to, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return lines.slice(start + 1, end);
}

it('the DOCX minutes read as the official format: heading, attendance, items with resolutions, close and signatures', async () => {
  const t = await openCore({ now: steppingClock() });
  const { model } = await sampleMinutes(t);
  const { text } = await unzip(await minutesDocx(model, { thaiDigits: false }));
  const lines = text.split('\n');

  expect(lines.slice(0, 5)).toEqual([
    'รายงานการประชุม',
    'เวทีประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาหมู่บ้าน ประจำปี 2570',
    'ครั้งที่ 3/2569',
    // 23 November 2026 is a Monday; 2026 + 543 = 2569.
    'เมื่อวันจันทร์ที่ 23 พฤศจิกายน 2569',
    'ณ ศาลาการเปรียญวัดบ้านหนองบัว',
  ]);

  // Each list holds its own people, numbered, with the position after a tab.
  const present = between(text, 'ผู้มาประชุม', 'ผู้ไม่มาประชุม');
  const absent = between(text, 'ผู้ไม่มาประชุม', 'ผู้เข้าร่วมประชุม');
  const position = (p: { position: string | null; organisation: string | null }) => p.position ?? p.organisation;
  expect(present).toEqual(model.present.map((p) => `${p.number}. ${p.name}${position(p) ? `\t${position(p)}` : ''}`));
  expect(present).toContain(`${model.present.find((p) => p.name === 'นายสมศักดิ์ ใจดี')?.number}. นายสมศักดิ์ ใจดี\tผู้ใหญ่บ้าน`);
  expect(absent.map((l) => l.split('\t')[0]?.replace(/^\d+\. /, '')).sort()).toEqual(['นางสมพร แสงทอง', 'นายสุชาติ ดวงดี']);
  const guests = lines.slice(lines.indexOf('ผู้เข้าร่วมประชุม') + 1, lines.indexOf('ผู้เข้าร่วมประชุม') + 3);
  expect(guests.map((l) => l.split('\t')[0]?.replace(/^\d+\. /, '')).sort()).toEqual(['นางสาวพิมพ์ใจ รักษ์ไทย', 'นายเกษม ชาวนา']);

  expect(lines).toContain('เริ่มประชุมเวลา 09.00 น.');
  // The items in order, each followed (after its summary and polls) by its resolution.
  const itemLines = model.items.map((i) => lines.indexOf(`ระเบียบวาระที่ ${i.number} ${i.title}`));
  expect(itemLines.every((n) => n > 0)).toBe(true);
  expect([...itemLines].sort((a, b) => a - b)).toEqual(itemLines);
  for (const [k, item] of model.items.entries()) {
    const next = itemLines[k + 1] ?? lines.length;
    const own = lines.slice(itemLines[k], next);
    expect(own).toContain('มติที่ประชุม');
    for (const r of item.resolutions) expect(own).toContain(r.text);
  }
  expect(lines).toContain('ที่ประชุมมีมติเห็นชอบให้เสนอแผนพัฒนาหมู่บ้านต่อ อบต.หนองบัว ด้วยคะแนนเสียง 9 เสียง');

  // The Borda poll under 4.1: method, tie rule and ranking.
  expect(lines).toContain('ผลการลงคะแนน: จัดลำดับความสำคัญของปัญหาหมู่บ้าน');
  expect(lines).toContain('วิธีลงคะแนน: จัดอันดับ (วิธีบอร์ดา)');
  expect(lines).toContain('กติกาเมื่อคะแนนเท่ากัน: ประธานที่ประชุมชี้ขาด');
  expect(lines).toContain('ผล: น้ำไม่พอใช้ในฤดูแล้ง');
  // Priorities and the action plan, money in baht.
  expect(lines).toContain('ลำดับความสำคัญของปัญหา');
  expect(lines).toContain('โครงการขุดลอกหนองน้ำสาธารณะบ้านหนองบัว');
  expect(lines).toContain('450,000');
  // The total row says how many projects have no budget yet (the road project).
  expect(lines).toContain('รวม (ยังไม่ระบุงบประมาณ 1 โครงการ)');

  const end = lines.indexOf('เลิกประชุมเวลา 12.00 น.');
  expect(end).toBeGreaterThan(itemLines.at(-1) ?? 0);
  // Empty lines (gaps) left out.
  const signatures = lines.slice(end + 1).filter((l) => l !== '');
  expect(signatures[0]).toBe(`ลงชื่อ ${TH.signatureLine} ผู้จดรายงานการประชุม`);
  expect(signatures[1]).toBe('(นางสาวศิริพร จดดี)');
  const reviewer = signatures.indexOf(`ลงชื่อ ${TH.signatureLine} ผู้ตรวจรายงานการประชุม`);
  expect(reviewer).toBeGreaterThan(1);
  // No reviewer named yet: a dotted line to write the name on.
  expect(signatures[reviewer + 1]).toBe(`(${model.signatures.reviewer.name || TH.signatureLine})`);
  expect(lines).toContain('ภาคผนวก 1 ใบลงทะเบียน');
});

it('the sign-in annex lists everyone registered with an empty signature column, its header repeated on each page', async () => {
  const t = await openCore({ now: steppingClock() });
  const { model } = await sampleMinutes(t);
  const { xml } = await unzip(await minutesDocx(model, { thaiDigits: false }));
  const table = (xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []).find((tbl) => tbl.includes('ลายมือชื่อ'));
  if (!table) throw new Error('no sign-in table');
  const rows = table.match(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/g) ?? [];
  expect(rows).toHaveLength(model.annexes.signIn.length + 1);
  expect(rows[0]).toContain('<w:tblHeader/>');
  expect(paragraphText(rows[0] ?? '').split('\n')).toEqual(['ลำดับ', 'ชื่อ-สกุล', 'หน่วยงาน/หมู่บ้าน', 'ตำแหน่ง', 'ลายมือชื่อ']);
  for (const [i, row] of rows.slice(1).entries()) {
    const cells = row.match(/<w:tc>.*?<\/w:tc>/g) ?? [];
    expect(cells).toHaveLength(5);
    expect(paragraphText(cells[1] ?? '')).toBe(model.annexes.signIn[i]?.name);
    expect(paragraphText(cells[4] ?? '')).toBe('');
    expect(row).toContain('<w:cantSplit/>');
  }
});

it('with Thai digits every digit of the text is Thai; the page number field counts in Thai digits either way', async () => {
  const t = await openCore({ now: steppingClock() });
  const { model } = await sampleMinutes(t);
  const thai = await unzip(await minutesDocx(model, { thaiDigits: true }));
  const lines = thai.text.split('\n');
  expect(thai.text).not.toMatch(/[0-9]/);
  expect(lines).toContain('ครั้งที่ ๓/๒๕๖๙');
  expect(lines).toContain('เมื่อวันจันทร์ที่ ๒๓ พฤศจิกายน ๒๕๖๙');
  expect(lines).toContain('เริ่มประชุมเวลา ๐๙.๐๐ น.');
  expect(lines).toContain('ที่ประชุมมีมติเห็นชอบให้เสนอแผนพัฒนาหมู่บ้านต่อ อบต.หนองบัว ด้วยคะแนนเสียง ๙ เสียง');
  expect(lines).toContain('๔๕๐,๐๐๐');
  expect(thai.xml).toContain('<w:pgNumType w:start="1" w:fmt="thaiNumbers"/>');

  const latin = await unzip(await minutesDocx(model, { thaiDigits: false }));
  expect(latin.text).not.toMatch(/[๐-๙]/);
  // The official page number is "- ๒ -" whatever the option says about the body text.
  expect(latin.xml).toContain('<w:pgNumType w:start="1" w:fmt="thaiNumbers"/>');
  expect(latin.xml).not.toContain('w:fmt="decimal"');
});

it('A4 with the official margins, TH Sarabun New 16 pt with Sarabun as its alternative, "- ๒ -" at the top from page 2', async () => {
  const t = await openCore({ now: steppingClock() });
  const { model } = await sampleMinutes(t);
  const docx = await unzip(await minutesDocx(model, { thaiDigits: false }));

  expect(docx.xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  expect(docx.xml).toMatch(/<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1701"/);

  const fonts = '<w:rFonts w:ascii="TH Sarabun New" w:cs="TH Sarabun New" w:eastAsia="TH Sarabun New" w:hAnsi="TH Sarabun New"/>';
  const styles = await docx.part('word/styles.xml');
  expect(styles).toContain(`<w:rPrDefault><w:rPr>${fonts}<w:sz w:val="32"/><w:szCs w:val="32"/>`);
  // Every run names the font and the complex-script size itself: 16 pt, 14 pt in the action plan's table.
  const plan = (docx.xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []).find((tbl) => tbl.includes('ตัวชี้วัด')) ?? '';
  const runs = docx.xml.replace(plan, '').match(/<w:r>.*?<\/w:r>/g) ?? [];
  expect(runs.length).toBeGreaterThan(100);
  expect(runs.filter((r) => !r.includes(fonts) || !r.includes('<w:szCs w:val="32"/>'))).toEqual([]);
  const planRuns = plan.match(/<w:r>.*?<\/w:r>/g) ?? [];
  expect(planRuns.length).toBeGreaterThan(8);
  expect(planRuns.filter((r) => !r.includes(fonts) || !r.includes('<w:szCs w:val="28"/>'))).toEqual([]);
  const fontTable = await docx.part('word/fontTable.xml');
  expect(fontTable).toContain('<w:font w:name="TH Sarabun New"><w:altName w:val="Sarabun"/><w:charset w:val="DE"/>');

  // A different first page: its header is empty; the default header carries "- PAGE -", centred.
  expect(docx.xml).toContain('<w:titlePg/>');
  const sectPr = docx.xml.match(/<w:sectPr>.*<\/w:sectPr>/)?.[0] ?? '';
  const refs = Object.fromEntries([...sectPr.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]));
  const rels = await docx.part('word/_rels/document.xml.rels');
  const target = (id: string | undefined) => `word/${rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1]}`;
  const first = await docx.part(target(refs.first));
  const other = await docx.part(target(refs.default));
  expect(first).not.toContain('PAGE');
  expect(other).toContain('<w:jc w:val="center"/>');
  expect(other.replace(/<w:instrText[^>]*>PAGE<\/w:instrText>/, '«PAGE»').replace(/<w:t[^>]*>([^<]*)<\/w:t>|<[^>]+>/g, '$1')).toBe('- «PAGE» -');
});

it('reports.export gives the same DOCX as a named Word file', async () => {
  const t = await openCore({ now: steppingClock() });
  const { s } = await sampleMinutes(t);
  const file = await t.call('reports.export', { forumId: s.forumId, format: 'docx', thaiDigits: true });
  expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(file.fileName).toMatch(/\.docx$/);
  const { text } = await unzip(Buffer.from(file.base64, 'base64'));
  expect(text.split('\n').slice(0, 3)).toEqual(['รายงานการประชุม', 'เวทีประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาหมู่บ้าน ประจำปี ๒๕๗๐', 'ครั้งที่ ๓/๒๕๖๙']);
});

/** Word's default cell margins, left and right (0.19 cm each), in twips. */
const CELL_MARGINS = 2 * 108;

/**
 * The words of the tables' cells wider than their column less Word's cell margins, measured in
 * Sarabun (what Word or LibreOffice shows when TH Sarabun New is missing, and wider than it) at
 * each cell's own size, bold in the header row: Word would break such a word inside.
 */
async function wordsTooWide(tables: readonly string[]): Promise<string[]> {
  const cells = tables.flatMap((table, t) => {
    const grid = [...(/<w:tblGrid>.*?<\/w:tblGrid>/.exec(table)?.[0] ?? '').matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    const name = paragraphText(table).split('\n')[0];
    return (table.match(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/g) ?? []).flatMap((row, r) =>
      (row.match(/<w:tc>.*?<\/w:tc>/g) ?? []).map((tc, i) => ({
        where: `table ${t + 1} (${name}) row ${r + 1} column ${i + 1}`,
        words: wordsOf(paragraphText(tc)),
        style: `${Number(/<w:szCs w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 32) / 2}${r === 0 ? ' bold' : ''}`,
        room: ((grid[i] ?? 0) - CELL_MARGINS) / 20,
      })),
    );
  });
  // One measuring for every size and weight.
  const styles = [...new Set(cells.map((c) => c.style))];
  const measured = await measure(
    styles.map((style) => {
      const [size, bold] = style.split(' ');
      return { pt: Number(size), bold: bold === 'bold', texts: cells.filter((c) => c.style === style).flatMap((c) => c.words) };
    }),
  );
  const widths = new Map(styles.map((style, i) => [style, measured[i]]));
  return cells.flatMap((c) =>
    c.words.flatMap((word) => {
      const width = widths.get(c.style)?.get(word) ?? 0;
      return width > c.room ? [`${c.where}: "${word}" ${width.toFixed(1)} pt > ${c.room.toFixed(1)} pt`] : [];
    }),
  );
}

it('prints the action plan on a landscape page of its own, and no table has a word wider than its column', { timeout: 120_000 }, async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  // And a Schulze poll's two 5 × 5 tables with long option names.
  await addSchulzePoll(t, s.forumId, 'จัดลำดับโครงการแบบเทียบทีละคู่', LONG_OPTIONS, s.item.problems);
  const model = await t.call('reports.minutes', { forumId: s.forumId });
  const { xml } = await unzip(await minutesDocx(model, { thaiDigits: true }));
  const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
  const table = tables.find((tbl) => tbl.includes('ตัวชี้วัด'));
  if (!table) throw new Error('no action-plan table');
  // A section's properties close it: the plan's are the first after the table, and its own section begins after the previous one.
  const at = xml.indexOf(table);
  const sections = [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => ({ at: m.index, xml: m[0] }));
  const own = sections.findIndex((s) => s.at > at);
  const section = sections[own]?.xml ?? '';
  const attr = (tag: string, name: string) => Number(new RegExp(`<w:${tag} [^>]*w:${name}="(\\d+)"`).exec(section)?.[1]);
  expect(section).toContain('w:orient="landscape"');
  expect(attr('pgSz', 'w')).toBeGreaterThan(attr('pgSz', 'h'));
  // Nothing else shares the landscape page: the plan's section starts right after the previous one.
  const before = xml.slice((sections[own - 1]?.at ?? 0) + (sections[own - 1]?.xml.length ?? 0), at);
  expect(paragraphText(before).split('\n').filter((l) => l.trim() !== '')).toEqual(['แผนปฏิบัติการ']);
  const grid = [...(/<w:tblGrid>.*?<\/w:tblGrid>/.exec(table)?.[0] ?? '').matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
  expect(grid).toHaveLength(8);
  expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(attr('pgSz', 'w') - attr('pgMar', 'left') - attr('pgMar', 'right'));

  // Every table of the minutes: the plan, the polls' (Schulze's two included), the priorities, the sign-in sheet, the annexes.
  expect(tables.filter((tbl) => tbl.includes('ขยายเขตประปาหมู่บ้านไปยังคุ้มหนองบัวใต้'))).toHaveLength(3);
  expect(await wordsTooWide(tables)).toEqual([]);
});

it('keeps the last closing line, the end time and both signatures together: each keeps with the next', async () => {
  const t = await openCore({ now: steppingClock() });
  const { model } = await sampleMinutes(t);
  const closing = 'ประธานกล่าวขอบคุณผู้เข้าร่วมประชุม\nและกล่าวปิดประชุม';
  const { xml } = await unzip(await minutesDocx({ ...model, closing, signatures: { ...model.signatures, reviewer: { name: 'นายสมศักดิ์ ใจดี', position: 'ผู้ใหญ่บ้าน' } } }, { thaiDigits: false }));
  const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/g) ?? [];
  const texts = paragraphs.map((p) => paragraphText(p));
  const from = texts.indexOf('และกล่าวปิดประชุม');
  const to = texts.indexOf('ผู้ใหญ่บ้าน', from);
  expect(from).toBeGreaterThan(0);
  expect(texts.slice(from, to + 1)).toContain('เลิกประชุมเวลา 12.00 น.');
  expect(texts.slice(from, to + 1)).toContain('(นายสมศักดิ์ ใจดี)');
  const held = paragraphs.slice(from, to).map((p, i) => [texts[from + i], p.includes('<w:keepNext/>')]);
  expect(held.filter(([, keep]) => !keep)).toEqual([]);
  // The first closing line may stand on the page before; the last signature line ends the block.
  expect(paragraphs[from - 1]).not.toContain('<w:keepNext/>');
  expect(paragraphs[to]).not.toContain('<w:keepNext/>');
});
