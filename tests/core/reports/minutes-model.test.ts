import { expect, it } from 'vitest';
import { MinutesModel } from '../../../shared/contract';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';

async function sample() {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  return { t, s, model: await t.call('reports.minutes', { forumId: s.forumId }) };
}

it('lists who came in Thai name order, guests (providers, specialists) apart, the absent, and the sign-in sheet in registration order', async () => {
  const { s, model } = await sample();
  expect(model.present.map((p) => [p.number, p.name])).toEqual([
    [1, 'นางสาวกาญจนา ทองคำ'],
    [2, 'นายณรงค์ ศักดิ์ดี'],
    [3, 'นายทองดี มีสุข'],
    [4, 'นางบุญมี ศรีสุข'],
    [5, 'นายประยูร แก้วมณี'],
    [6, 'นางสาวมาลี พรหมมา'],
    [7, 'นายวิชัย บุญเรือง'],
    [8, 'นายสมศักดิ์ ใจดี'],
    [9, 'นางอำไพ สายทอง'],
  ]);
  expect(model.guests.map((p) => [p.number, p.name, p.position])).toEqual([
    [1, 'นายเกษม ชาวนา', 'นักวิชาการส่งเสริมการเกษตร'],
    [2, 'นางสาวพิมพ์ใจ รักษ์ไทย', 'นักพัฒนาชุมชน'],
  ]);
  expect(model.absent.map((p) => [p.number, p.name])).toEqual([
    [1, 'นางสมพร แสงทอง'],
    [2, 'นายสุชาติ ดวงดี'],
  ]);
  expect(model.annexes.signIn.map((p) => p.personId)).toEqual(s.personIds);
  expect(model.annexes.signIn.map((p) => p.number)).toEqual(s.personIds.map((_, i) => i + 1));
  expect(model.annexes.signIn[0]).toMatchObject({ name: 'นายสมศักดิ์ ใจดี', position: 'ผู้ใหญ่บ้าน', organisation: 'หมู่ที่ 3 บ้านหนองบัว', village: '3' });
});

it('numbers the agenda items as the agenda does and seeds each summary from its notes, in order, without deleted notes or notes already a resolution', async () => {
  const { s, model } = await sample();
  expect(model.items.map((i) => [i.number, i.level, i.agendaItemId])).toEqual([
    ['1', 0, s.item.announcements],
    ['2', 0, s.item.previousMinutes],
    ['3', 0, s.item.mattersArising],
    ['4', 0, s.item.consideration],
    ['4.1', 1, s.item.problems],
    ['5', 0, s.item.other],
  ]);
  const summary = (id: string) => model.items.find((i) => i.agendaItemId === id)?.summary;
  // Item 2's draft resolution is printed as its resolution, not again in the discussion.
  expect(summary(s.item.previousMinutes)).toBe('นายวิชัย บุญเรือง ประธานกลุ่มผู้ใช้น้ำ เสนอว่า ให้แก้ไขชื่อกลุ่มผู้ใช้น้ำในหน้า 2 ให้ถูกต้อง');
  // Item 3's third note is in the trash.
  expect(summary(s.item.mattersArising)).toBe(
    [
      'นายณรงค์ ศักดิ์ดี สมาชิกสภา อบต. กล่าวว่า โครงการซ่อมถนนสายบ้านหนองบัว–บ้านโนนสูงจากปีที่แล้ว ได้รับงบประมาณแล้ว จะเริ่มดำเนินการเดือนมกราคม',
      'นางสาวมาลี พรหมมา กรรมการหมู่บ้าน ถามว่า จะมีการซ่อมไฟฟ้าส่องสว่างตรงทางโค้งด้วยหรือไม่',
    ].join('\n'),
  );
  expect(summary(s.item.problems)).toBe(
    [
      'นายวิชัย บุญเรือง ประธานกลุ่มผู้ใช้น้ำ กล่าวว่า ช่วงเดือนมีนาคมถึงพฤษภาคม น้ำในหนองสาธารณะแห้ง ชาวบ้านต้องซื้อน้ำใช้',
      'นายวิชัย บุญเรือง ประธานกลุ่มผู้ใช้น้ำ เสนอว่า ให้ขุดลอกหนองน้ำสาธารณะและทำรางระบายน้ำ',
      'นายทองดี มีสุข ปราชญ์ชาวบ้าน ถามว่า การขุดลอกต้องขออนุญาตใช้พื้นที่จากอำเภอหรือไม่',
      'นายเกษม ชาวนา นักวิชาการส่งเสริมการเกษตร กล่าวว่า สำนักงานเกษตรอำเภอมีงบอบรมการทำปุ๋ยอินทรีย์ ให้หมู่บ้านส่งรายชื่อผู้สนใจ',
      'ที่ประชุมอภิปรายว่า ควรให้ความสำคัญกับผู้สูงอายุติดเตียงด้วย',
      'นางอำไพ สายทอง ประธานกลุ่มแม่บ้านเกษตรกร เสนอว่า ให้ตั้งกลุ่มทำปุ๋ยอินทรีย์ใช้เองในหมู่บ้าน',
    ].join('\n'),
  );
  expect(summary(s.item.other)).toBe('มีผู้เสนอว่า ควรจัดเวทีติดตามผลการดำเนินงานอีกครั้งในเดือนมิถุนายน');
});

it('attaches each resolution and poll to its own item, and carries the priorities, action plan and annex figures', async () => {
  const { s, model } = await sample();
  const item = (id: string) => model.items.find((i) => i.agendaItemId === id);
  expect(item(s.item.previousMinutes)?.resolutions).toEqual([
    { id: s.resolutionIds.previousMinutes, text: 'รับรองรายงานการประชุมครั้งที่ 2/2569 โดยมีการแก้ไขชื่อกลุ่มผู้ใช้น้ำ', pollId: null },
  ]);
  expect(item(s.item.problems)?.resolutions.map((r) => [r.id, r.pollId])).toEqual([[s.resolutionIds.problems, s.pollIds.ranked]]);
  expect(item(s.item.consideration)?.resolutions.map((r) => r.id)).toEqual([s.resolutionIds.consideration]);
  expect(item(s.item.announcements)?.resolutions).toEqual([]);
  expect(item(s.item.problems)?.pollIds).toEqual([s.pollIds.ranked]);
  expect(item(s.item.consideration)?.pollIds).toEqual([s.pollIds.yesNo]);
  expect(item(s.item.other)?.pollIds).toEqual([]);

  expect(model.polls.map((p) => [p.pollId, p.method, p.agendaItemId])).toEqual([
    [s.pollIds.ranked, 'borda', s.item.problems],
    [s.pollIds.yesNo, 'yes_no', s.item.consideration],
  ]);
  const borda = model.polls[0]?.results;
  expect(borda?.ranking.map((r) => [r.label, r.score])).toEqual([
    ['น้ำไม่พอใช้ในฤดูแล้ง', 26],
    ['ถนนเข้าหมู่บ้านชำรุด', 20],
    ['ผู้สูงอายุติดบ้านติดเตียงขาดผู้ดูแล', 8],
    ['ราคาผลผลิตทางการเกษตรตกต่ำ', 6],
  ]);
  expect(model.priorities.items.map((p) => p.issueId)).toEqual([s.issue.water, s.issue.road, s.issue.elderly, s.issue.prices]);
  expect(model.actionPlan.map((p) => p.id)).toEqual(s.projectIds);
  expect(model.actionPlanSummary).toMatchObject({ projectCount: 3, budgetSatang: 450_000_00 + 1_285_750_50, withoutBudget: 1 });
  expect(model.annexes.representation).toMatchObject({ basis: 'checked_in', total: 11 });
  expect(model.annexes.equity.speakers.map((x) => x.person.id)).toContain(s.people.waterGroup);
});

it('seeds the opening from the start time and the note-taker from the forum, and validates as the contract says', async () => {
  const { model } = await sample();
  expect([model.startTime, model.endTime]).toEqual(['09:00', '12:00']);
  expect(model.opening).toBe('ประธานกล่าวเปิดประชุมเมื่อเวลา 09.00 น.');
  expect(model.closing).toBe('');
  expect(model.signatures).toEqual({ noteTaker: { name: 'นางสาวศิริพร จดดี', position: '' }, reviewer: { name: '', position: '' } });
  expect(MinutesModel.safeParse(model).success).toBe(true);
});

it('follows merged issues: the priority list and the action plan name the surviving issue', async () => {
  const { t, s } = await sample();
  await t.call('issues.merge', { survivorId: s.issue.road, mergedId: s.issue.water });
  const model = await t.call('reports.minutes', { forumId: s.forumId });
  expect(model.priorities.items.map((p) => p.issueId)).not.toContain(s.issue.water);
  expect(model.actionPlan[0]).toMatchObject({ issueId: s.issue.road, issueTitle: 'ถนนเข้าหมู่บ้านชำรุด' });
});
