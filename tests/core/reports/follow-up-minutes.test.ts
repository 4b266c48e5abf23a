/**
 * The minutes of a follow-up forum: under agenda item 3 the follow-up table of the earlier forums'
 * projects (status as of the forum's day), and the lessons recorded, in the PDF and the DOCX.
 */
import { describe, expect, it } from 'vitest';
import { forumDraft } from '../../support/factories';
import { docxText } from '../../support/docx-text';
import { openPlan, twoVillages } from '../followup/harness';
import { openPdf } from './pdf-tools';

async function followUpForum() {
  const p = await openPlan();
  const v = await twoVillages(p);
  const forum = await p.call('followUp.createForum', {
    forum: forumDraft({ title: 'เวทีติดตามผลการดำเนินงานตามแผนตำบลหนองบัว', date: '2027-06-05' }),
    followUpOf: [v.v1.id, v.v2.id],
  });
  await p.call('followUp.addStatus', { projectId: v.pond.id, forumId: forum.id, status: 'in_progress', progressPercent: 70, reportedOn: '2027-06-05', spending: [{ source: 'ข้อบัญญัติ อบต.', amountSatang: 300_000_00 }] });
  await p.call('followUp.addStatus', { projectId: v.road.id, forumId: forum.id, status: 'delayed', reason: 'รอผลการจัดสรรงบประมาณ', reportedOn: '2027-06-05' });
  // Reported after the forum's day: not what the room heard, so not in its minutes.
  await p.call('followUp.addStatus', { projectId: v.compost.id, forumId: forum.id, status: 'done', progressPercent: 100, reportedOn: '2027-07-01' });
  await p.call('lessons.create', { forumId: forum.id, projectId: v.pond.id, kind: 'obstacle', text: 'ขุดลอกช่วงฤดูฝนไม่ได้ ต้องเริ่มหลังออกพรรษา' });
  await p.call('lessons.create', { forumId: forum.id, kind: 'next_time', text: 'ประสานงบประมาณกับ อบต. ตั้งแต่ต้นปีงบประมาณ' });
  return { p, v, forum };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the minutes of a follow-up forum', () => {
  it('in the model: the table under item 3, statuses as of the forum’s day, and the lessons', async () => {
    const { p, v, forum } = await followUpForum();
    const model = await p.call('reports.minutes', { forumId: forum.id });
    const itemThree = model.items.find((i) => i.number === '3');
    expect(model.followUp?.agendaItemId).toBe(itemThree?.agendaItemId);
    expect(model.followUp?.view.projects.map((x) => [x.title, x.status])).toEqual([
      [v.pond.title, 'in_progress'],
      [v.compost.title, null],
      [v.road.title, 'delayed'],
      [v.lights.title, null],
    ]);
    expect(model.followUp?.lessons.map((l) => l.kind)).toEqual(['obstacle', 'next_time']);
    // A forum that follows nothing up and learned nothing has no follow-up part.
    expect((await p.call('reports.minutes', { forumId: v.v1.id })).followUp).toBeNull();
  });

  it('in the PDF: the table between items 3 and 4, with statuses and figures, then the lessons', async () => {
    const { p, v, forum } = await followUpForum();
    const file = await p.call('reports.export', { forumId: forum.id, format: 'pdf' });
    const text = squash(openPdf(Buffer.from(file.base64, 'base64')).text());
    const three = text.indexOf(squash('ระเบียบวาระที่ 3 เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว'));
    const table = text.indexOf(squash('ผลการติดตามการดำเนินงานตามแผน'));
    const four = text.indexOf(squash('ระเบียบวาระที่ 4'));
    expect(three).toBeGreaterThan(-1);
    expect(table).toBeGreaterThan(three);
    expect(four).toBeGreaterThan(table);
    const part = text.slice(table, four);
    // Table cells wrap at Thai word boundaries, and pdftotext reads a row's cells line by line:
    // every word of each title is checked, not whole cells (the DOCX test has the cells).
    const words = new Intl.Segmenter('th', { granularity: 'word' });
    for (const phrase of [v.pond.title, v.compost.title, v.road.title, v.lights.title, 'กำลังดำเนินการ', 'ล่าช้า']) {
      for (const { segment, isWordLike } of words.segment(squash(phrase))) if (isWordLike) expect(part, phrase).toContain(segment);
    }
    expect(part).toContain('300,000');
    expect(part).not.toContain('แล้วเสร็จ');
    expect(text).toContain(squash('บทเรียนจากการดำเนินงาน'));
    expect(text).toContain(squash('ปัญหาและอุปสรรค'));
    expect(text).toContain(squash('ขุดลอกช่วงฤดูฝนไม่ได้'));
    expect(text).toContain(squash('ข้อเสนอแนะสำหรับครั้งต่อไป'));
  });

  it('in the DOCX: the same table rows and lessons', async () => {
    const { p, v, forum } = await followUpForum();
    const { lines } = await docxText(Buffer.from((await p.call('reports.export', { forumId: forum.id, format: 'docx' })).base64, 'base64'));
    const at = lines.indexOf('ผลการติดตามการดำเนินงานตามแผน');
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith('ระเบียบวาระที่ 3')));
    expect(at).toBeLessThan(lines.findIndex((l) => l.startsWith('ระเบียบวาระที่ 4')));
    const joined = lines.join('|');
    expect(joined).toContain(['1', v.pond.title, 'กำลังดำเนินการ', '70', '450,000', '0', '300,000', 'เกินกำหนด'].join('|'));
    expect(joined).toContain(['3', v.road.title, 'ล่าช้า', '', '1,200,000', '0', '0', 'รอผลการจัดสรรงบประมาณ'].join('|'));
    expect(lines).toContain('บทเรียนจากการดำเนินงาน');
    expect(lines).toContain(`1. ${v.pond.title}: ขุดลอกช่วงฤดูฝนไม่ได้ ต้องเริ่มหลังออกพรรษา`);
    expect(lines).toContain('1. ประสานงบประมาณกับ อบต. ตั้งแต่ต้นปีงบประมาณ');
  });
});
