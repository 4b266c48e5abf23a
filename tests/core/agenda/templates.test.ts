import { describe, expect, it } from 'vitest';
import { addNote, forumWithCore, outline } from './harness';

describe('agenda templates', () => {
  it('lists the three templates, each item titled in Thai and English', async () => {
    const { call } = await forumWithCore();
    const templates = await call('agenda.templates', {});
    expect(templates.map((t) => t.id)).toEqual(['official_five', 'problem_analysis', 'blank']);
    expect(templates.find((t) => t.id === 'blank')?.items).toEqual([]);
    for (const t of templates) {
      for (const item of t.items) {
        expect(item.title.th).toMatch(/[\u0E00-\u0E7F]/);
        expect(item.title.en).toMatch(/^[A-Z][A-Za-z ,-]+$/);
      }
    }
  });

  it('official_five adds the five items of Thai official minutes in order, numbered 1-5, with planned minutes', async () => {
    const { call, forumId, events } = await forumWithCore();
    events.length = 0;
    const list = await call('agenda.applyTemplate', { forumId, template: 'official_five' });
    expect(outline(list)).toEqual([
      '1 ประธานแจ้งให้ที่ประชุมทราบ',
      '2 รับรองรายงานการประชุมครั้งที่แล้ว',
      '3 เรื่องสืบเนื่อง',
      '4 เรื่องเพื่อพิจารณา',
      '5 เรื่องอื่น ๆ',
    ]);
    expect(list.items.map((i) => i.plannedMinutes)).toEqual([10, 10, 15, 60, 10]);
    expect(list.items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4]);
    expect(list.items.every((i) => i.parentId === null && i.elapsedMs === 0 && i.runningSince === null && i.startedAt === null)).toBe(true);
    expect(list.currentItemId).toBeNull();
    // One event per new item, all for this forum.
    expect(events).toEqual(list.items.map((i) => ({ entity: 'agenda_item', id: i.id, forumId })));
    expect(await call('agenda.list', { forumId })).toEqual(list);
  });

  it('problem_analysis follows seed 001 step 1: open, data, problems and causes, potentials, needs, priorities, summary', async () => {
    const { call, forumId } = await forumWithCore();
    const list = await call('agenda.applyTemplate', { forumId, template: 'problem_analysis' });
    expect(outline(list)).toEqual([
      '1 เปิดเวทีประชาคม ชี้แจงวัตถุประสงค์',
      '2 นำเสนอข้อมูลชุมชน',
      '3 วิเคราะห์ประเด็นปัญหาและสาเหตุ',
      '4 ค้นหาศักยภาพและทรัพยากรของชุมชน',
      '5 ความต้องการของชุมชน',
      '6 จัดลำดับความสำคัญของปัญหาและความต้องการ',
      '7 สรุปผลและนำเสนอต่อที่ประชาคม',
    ]);
    // 15 + 20 + 45 + 30 + 30 + 30 + 15: a morning.
    expect(list.items.reduce((sum, i) => sum + (i.plannedMinutes ?? 0), 0)).toBe(185);
    expect(list.items[1]?.description).toContain('จปฐ.');
  });

  it('lang en titles the items in English', async () => {
    const { call, forumId } = await forumWithCore();
    const list = await call('agenda.applyTemplate', { forumId, template: 'official_five', lang: 'en' });
    expect(list.items.map((i) => i.title)).toEqual([
      'Announcements from the chair',
      'Adoption of the minutes of the previous meeting',
      'Matters arising',
      'Matters for consideration',
      'Other matters',
    ]);
  });

  it('refuses to apply over an existing agenda unless asked to replace it', async () => {
    const { call, forumId, peek } = await forumWithCore();
    await call('agenda.add', { forumId, title: 'ลงทะเบียน' });
    await expect(call('agenda.applyTemplate', { forumId, template: 'official_five' })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'agenda.not_empty',
    });
    expect(peek('SELECT title FROM agenda_item WHERE forum_id = ?', forumId)).toEqual([{ title: 'ลงทะเบียน' }]);

    const replaced = await call('agenda.applyTemplate', { forumId, template: 'official_five', replace: true });
    expect(replaced.items).toHaveLength(5);
    expect(peek('SELECT count(*) AS n FROM agenda_item WHERE forum_id = ?', forumId)).toEqual([{ n: 5 }]);
    // Replacing with blank clears the agenda.
    expect((await call('agenda.applyTemplate', { forumId, template: 'blank', replace: true })).items).toEqual([]);
  });

  it('refuses to replace an agenda that notes or issues already refer to, and changes nothing', async () => {
    const t = await forumWithCore();
    const { call, forumId, peek } = t;
    const list = await call('agenda.applyTemplate', { forumId, template: 'official_five' });
    const item = list.items[0]?.id;
    const note = addNote(t, forumId, item ?? null);
    await expect(call('agenda.applyTemplate', { forumId, template: 'problem_analysis', replace: true })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'agenda.referenced',
      details: { references: { note: 1 } },
    });
    expect(peek('SELECT count(*) AS n FROM agenda_item WHERE forum_id = ?', forumId)).toEqual([{ n: 5 }]);
    expect(peek('SELECT agenda_item_id FROM note WHERE id = ?', note)).toEqual([{ agenda_item_id: item }]);
  });

  it('applies to a missing forum as not_found, and an unknown template is refused by the schema', async () => {
    const { call, forumId } = await forumWithCore();
    await expect(call('agenda.applyTemplate', { forumId: '01936d2a-0000-7000-8000-00000000dead', template: 'blank' })).rejects.toMatchObject({
      code: 'not_found',
    });
    // @ts-expect-error: not a template id
    await expect(call('agenda.applyTemplate', { forumId, template: 'tambon_plan' })).rejects.toMatchObject({ code: 'validation' });
  });
});
