import { expect, it } from 'vitest';
import { FIXED_SECTION_KEYS, itemSectionKey } from '../../../shared/contract';
import type { AppError } from '../../../electron/core/errors';
import { openCore, steppingClock } from '../../support/core';
import { forumDraft } from '../../support/factories';
import { seedSampleForum } from '../../support/sample-forum';

const MISSING = '01936d2a-0000-7000-8000-00000000dead';
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: AppError) => e.code,
  );

async function sample() {
  const t = await openCore({ now: steppingClock() });
  return { t, s: await seedSampleForum(t) };
}

it('lists the fixed sections, then one per agenda item in agenda order, all seeded and unedited', async () => {
  const { t, s } = await sample();
  const sections = await t.call('reports.sections', { forumId: s.forumId });
  expect(sections.map((x) => x.key)).toEqual([...FIXED_SECTION_KEYS, ...s.agendaItemIds.map(itemSectionKey)]);
  expect(sections.every((x) => !x.edited && x.updatedAt === null && x.text === x.seededText)).toBe(true);
  expect(sections.find((x) => x.key === 'noteTakerName')?.text).toBe('นางสาวศิริพร จดดี');
});

it('an edited section wins over its seed in the minutes, and reset brings the seed back', async () => {
  const { t, s } = await sample();
  const forumId = s.forumId;
  const key = itemSectionKey(s.item.problems);
  const seeded = (await t.call('reports.minutes', { forumId })).items.find((i) => i.agendaItemId === s.item.problems)?.summary;

  const saved = await t.call('reports.saveSection', { forumId, key, text: 'ที่ประชุมร่วมกันวิเคราะห์ปัญหาน้ำและถนน' });
  expect(saved).toMatchObject({ key, text: 'ที่ประชุมร่วมกันวิเคราะห์ปัญหาน้ำและถนน', seededText: seeded, edited: true });
  expect(saved.updatedAt).not.toBeNull();
  await t.call('reports.saveSection', { forumId, key: 'reviewerName', text: 'นายอำนวย ตรวจดี' });
  await t.call('reports.saveSection', { forumId, key: 'reviewerPosition', text: 'ปลัดองค์การบริหารส่วนตำบลหนองบัว' });

  let model = await t.call('reports.minutes', { forumId });
  expect(model.items.find((i) => i.agendaItemId === s.item.problems)?.summary).toBe('ที่ประชุมร่วมกันวิเคราะห์ปัญหาน้ำและถนน');
  expect(model.signatures.reviewer).toEqual({ name: 'นายอำนวย ตรวจดี', position: 'ปลัดองค์การบริหารส่วนตำบลหนองบัว' });

  // An emptied section stays empty: the note-taker may cut a summary out on purpose.
  await t.call('reports.saveSection', { forumId, key: 'opening', text: '' });
  model = await t.call('reports.minutes', { forumId });
  expect(model.opening).toBe('');

  const reset = await t.call('reports.resetSection', { forumId, key });
  expect(reset).toMatchObject({ key, text: seeded, edited: false, updatedAt: null });
  await t.call('reports.resetSection', { forumId, key: 'opening' });
  model = await t.call('reports.minutes', { forumId });
  expect(model.items.find((i) => i.agendaItemId === s.item.problems)?.summary).toBe(seeded);
  expect(model.opening).toBe('ประธานกล่าวเปิดประชุมเมื่อเวลา 09.00 น.');
});

it('editing and resetting the minutes never changes a note', async () => {
  const { t, s } = await sample();
  const notes = () => t.peek('SELECT * FROM note ORDER BY id');
  const before = notes();
  await t.call('reports.saveSection', { forumId: s.forumId, key: itemSectionKey(s.item.mattersArising), text: 'สรุปใหม่ทั้งหมด' });
  await t.call('reports.resetSection', { forumId: s.forumId, key: itemSectionKey(s.item.mattersArising) });
  await t.call('reports.saveSection', { forumId: s.forumId, key: itemSectionKey(s.item.other), text: 'ไม่มี' });
  expect(notes()).toEqual(before);
});

it('a seeded summary follows the notes until it is edited, then the edit stays', async () => {
  const { t, s } = await sample();
  const forumId = s.forumId;
  const key = itemSectionKey(s.item.other);
  await t.call('notes.create', { forumId, agendaItemId: s.item.other, speakerId: s.people.teacher, text: 'โรงเรียนยินดีให้ใช้สถานที่', kind: 'statement' });
  const section = async () => (await t.call('reports.sections', { forumId })).find((x) => x.key === key);
  expect((await section())?.text).toBe(
    'มีผู้เสนอว่า ควรจัดเวทีติดตามผลการดำเนินงานอีกครั้งในเดือนมิถุนายน\nนางสาวกาญจนา ทองคำ ครู กล่าวว่า โรงเรียนยินดีให้ใช้สถานที่',
  );
  await t.call('reports.saveSection', { forumId, key, text: 'ไม่มี' });
  await t.call('notes.create', { forumId, agendaItemId: s.item.other, text: 'อีกเรื่องหนึ่ง' });
  expect(await section()).toMatchObject({ text: 'ไม่มี', edited: true });
  expect((await section())?.seededText).toMatch(/ที่ประชุมอภิปรายว่า อีกเรื่องหนึ่ง$/);
});

it('a deleted agenda item leaves the sections and the minutes; restoring it brings back its edited summary', async () => {
  const { t, s } = await sample();
  const forumId = s.forumId;
  const key = itemSectionKey(s.item.mattersArising);
  await t.call('reports.saveSection', { forumId, key, text: 'เรื่องสืบเนื่องที่แก้ไขแล้ว' });
  const deleted = await t.call('agenda.delete', { id: s.item.mattersArising });

  expect((await t.call('reports.sections', { forumId })).map((x) => x.key)).not.toContain(key);
  const model = await t.call('reports.minutes', { forumId });
  expect(model.items.map((i) => i.number)).toEqual(['1', '2', '3', '3.1', '4']);
  expect(model.items.map((i) => i.agendaItemId)).not.toContain(s.item.mattersArising);
  expect(await code(t.call('reports.saveSection', { forumId, key, text: 'x' }))).toBe('not_found');

  await t.call('agenda.restore', deleted);
  const back = (await t.call('reports.sections', { forumId })).find((x) => x.key === key);
  expect(back).toMatchObject({ text: 'เรื่องสืบเนื่องที่แก้ไขแล้ว', edited: true });
});

it('each save and each reset of an edit tells the windows, with the section key', async () => {
  const { t, s } = await sample();
  const forumId = s.forumId;
  const key = itemSectionKey(s.item.announcements);
  const minutesEvents = () => t.events.filter((e) => e.entity === 'minutes');
  await t.call('reports.saveSection', { forumId, key, text: 'แจ้งเพื่อทราบ' });
  expect(minutesEvents()).toEqual([{ entity: 'minutes', id: key, forumId }]);
  await t.call('reports.resetSection', { forumId, key });
  expect(minutesEvents()).toHaveLength(2);
  // Nothing to reset: nothing changed, nothing told.
  await t.call('reports.resetSection', { forumId, key });
  expect(minutesEvents()).toHaveLength(2);
  expect(t.peek("SELECT op, entity, entity_id FROM audit WHERE entity = 'minutes' ORDER BY rowid")).toEqual([
    { op: 'reports.saveSection', entity: 'minutes', entity_id: key },
    { op: 'reports.resetSection', entity: 'minutes', entity_id: key },
  ]);
});

it('refuses an unknown forum, a key that is no section, and an agenda item of another forum', async () => {
  const { t, s } = await sample();
  const other = await t.call('forums.create', forumDraft());
  const foreignItem = (await t.call('agenda.add', { forumId: other.id, title: 'วาระอื่น' })).id;

  expect(await code(t.call('reports.minutes', { forumId: MISSING }))).toBe('not_found');
  expect(await code(t.call('reports.sections', { forumId: MISSING }))).toBe('not_found');
  expect(await code(t.call('reports.saveSection', { forumId: MISSING, key: 'opening', text: 'x' }))).toBe('not_found');
  expect(await code(t.call('reports.resetSection', { forumId: MISSING, key: 'opening' }))).toBe('not_found');
  expect(await code(t.call('reports.saveSection', { forumId: s.forumId, key: itemSectionKey(foreignItem), text: 'x' }))).toBe('outside_forum');
  expect(await code(t.call('reports.saveSection', { forumId: s.forumId, key: itemSectionKey(MISSING), text: 'x' }))).toBe('not_found');
  // Keys outside the contract never reach the store.
  for (const key of ['agenda', 'item:', 'item:nope', 'Opening']) {
    expect(await code(t.call('reports.saveSection', { forumId: s.forumId, key: key as never, text: 'x' }))).toBe('validation');
  }
  expect(await code(t.call('reports.saveSection', { forumId: s.forumId, key: 'closing', text: 'ก'.repeat(100_001) }))).toBe('validation');
  expect(t.peek('SELECT count(*) AS n FROM minutes_section')).toEqual([{ n: 0 }]);
});
