import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { minutesDocx } from '../../../electron/core/reports/docx/minutes-docx';
import { renderMinutesHtml } from '../../../electron/core/reports/html/render';
import { TH } from '../../../electron/core/reports/html/strings-th';
import type { MinutesModel } from '../../../shared/contract';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';

/** The DOCX body's text, one line per paragraph. */
async function docxText(model: MinutesModel): Promise<string> {
  const zip = await JSZip.loadAsync(await minutesDocx(model, { thaiDigits: false }));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? []).map((p) => (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')).join('\n');
}

it('prints notes and a resolution recorded under no agenda item after the last item, seeded like an item and editable', async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  await t.call('notes.create', { forumId: s.forumId, agendaItemId: null, text: 'ขอให้ทำป้ายบอกทางเข้าหมู่บ้าน', speakerId: s.people.teacher, kind: 'proposal', groupId: null });
  // Moved off its item: it leaves item 4.1's summary and joins the unassigned one.
  const moved = await t.call('notes.create', { forumId: s.forumId, agendaItemId: s.item.problems, text: 'ควรนัดประชุมครั้งต่อไปเดือนหน้า', speakerId: null, kind: 'statement', groupId: null });
  await t.call('notes.move', { id: moved.id, agendaItemId: null });
  const resolution = await t.call('notes.setResolution', { forumId: s.forumId, agendaItemId: null, text: 'ที่ประชุมมีมติให้ทำป้ายบอกทางเข้าหมู่บ้าน' });

  const model = await t.call('reports.minutes', { forumId: s.forumId });
  const seeded = ['นางสาวกาญจนา ทองคำ ครู เสนอว่า ขอให้ทำป้ายบอกทางเข้าหมู่บ้าน', 'ที่ประชุมอภิปรายว่า ควรนัดประชุมครั้งต่อไปเดือนหน้า'].join('\n');
  expect(model.unassigned).toEqual({ summary: seeded, resolutions: [{ id: resolution.id, text: 'ที่ประชุมมีมติให้ทำป้ายบอกทางเข้าหมู่บ้าน', pollId: null }] });
  expect(model.items.find((i) => i.agendaItemId === s.item.problems)?.summary).not.toContain('เดือนหน้า');

  const sections = await t.call('reports.sections', { forumId: s.forumId });
  expect(sections.find((x) => x.key === 'unassigned')).toMatchObject({ text: seeded, seededText: seeded, edited: false });

  const html = renderMinutesHtml(model, { thaiDigits: false });
  const at = (text: string) => html.indexOf(text);
  expect(at(TH.unassigned)).toBeGreaterThan(at(TH.agendaItem('5')));
  expect(at('ขอให้ทำป้ายบอกทางเข้าหมู่บ้าน')).toBeGreaterThan(at(TH.unassigned));
  expect(at('ที่ประชุมมีมติให้ทำป้ายบอกทางเข้าหมู่บ้าน')).toBeGreaterThan(at(TH.unassigned));
  expect(at(TH.unassigned)).toBeLessThan(at('เลิกประชุมเวลา'));

  const text = await docxText(model);
  const lines = text.split('\n');
  const head = lines.indexOf(TH.unassigned);
  expect(head).toBeGreaterThan(lines.findIndex((l) => l.startsWith(TH.agendaItem('5'))));
  expect(lines.slice(head + 1, head + 5)).toEqual([...seeded.split('\n'), TH.resolution, 'ที่ประชุมมีมติให้ทำป้ายบอกทางเข้าหมู่บ้าน']);

  // The note-taker's edit is what prints.
  await t.call('reports.saveSection', { forumId: s.forumId, key: 'unassigned', text: 'ที่ประชุมหารือเรื่องป้ายบอกทาง' });
  const edited = await t.call('reports.minutes', { forumId: s.forumId });
  expect(edited.unassigned.summary).toBe('ที่ประชุมหารือเรื่องป้ายบอกทาง');
  expect(renderMinutesHtml(edited, { thaiDigits: false })).toContain('ที่ประชุมหารือเรื่องป้ายบอกทาง');
});

it('has no such heading when every note and resolution is under an agenda item', async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  const model = await t.call('reports.minutes', { forumId: s.forumId });
  expect(model.unassigned).toEqual({ summary: '', resolutions: [] });
  expect(renderMinutesHtml(model, { thaiDigits: false })).not.toContain(TH.unassigned);
  expect(await docxText(model)).not.toContain(TH.unassigned);
});

it("writes a project's period as two lines in both formats: a line break in the HTML, two paragraphs in the DOCX, never a literal tag", async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  const model = await t.call('reports.minutes', { forumId: s.forumId });
  expect(renderMinutesHtml(model, { thaiDigits: false })).toContain('15 ม.ค. 2570 –<br>30 เม.ย. 2570');
  const text = await docxText(model);
  expect(text).not.toContain('<br>');
  expect(text).toContain('15 ม.ค. 2570 –\n30 เม.ย. 2570');
});
