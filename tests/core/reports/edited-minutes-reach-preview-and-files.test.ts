import { expect, it } from 'vitest';
import { type MinutesModel, itemSectionKey } from '../../../shared/contract';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';

it('the preview, the JSON file and the page sent to the PDF printer all carry the edited texts', async () => {
  const printed: string[] = [];
  // The browser is outside the core: this printer only keeps the page it was given.
  const print = async (html: string) => {
    printed.push(html);
    return Buffer.from('%PDF-1.4\n/Type /Page\n');
  };
  const t = await openCore({ now: steppingClock(), pdfPrinter: { print } });
  const s = await seedSampleForum(t);
  const forumId = s.forumId;
  await t.call('reports.saveSection', { forumId, key: itemSectionKey(s.item.problems), text: 'สรุปประเด็นปัญหาที่ผู้จดแก้ไขแล้ว' });
  await t.call('reports.saveSection', { forumId, key: 'reviewerName', text: 'นายอำนวย ตรวจดี' });

  const { html } = await t.call('reports.preview', { forumId });
  expect(html).toContain('สรุปประเด็นปัญหาที่ผู้จดแก้ไขแล้ว');
  expect(html).toContain('นายอำนวย ตรวจดี');
  expect(html).not.toContain('ที่ประชุมอภิปรายว่า ควรให้ความสำคัญกับผู้สูงอายุติดเตียงด้วย');

  const json = await t.call('reports.export', { forumId, format: 'json' });
  const model = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')) as MinutesModel;
  expect(model.items.find((i) => i.agendaItemId === s.item.problems)?.summary).toBe('สรุปประเด็นปัญหาที่ผู้จดแก้ไขแล้ว');
  expect(model.signatures.reviewer.name).toBe('นายอำนวย ตรวจดี');

  const pdf = await t.call('reports.export', { forumId, format: 'pdf', thaiDigits: true });
  expect(pdf.pages).toBe(1);
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain('สรุปประเด็นปัญหาที่ผู้จดแก้ไขแล้ว');
  expect(printed[0]).toContain('นายอำนวย ตรวจดี');
});
