import { expect, it } from 'vitest';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';

it("seeds a small group's report back as its reporter's statement, and names the group when it has no reporter", async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  const reported = await t.call('groups.reportBack', { groupId: s.groupId, agendaItemId: s.item.other });
  const other = await t.call('groups.create', { forumId: s.forumId, name: 'กลุ่มที่ 2 ด้านสุขภาพ' });
  const unattributed = await t.call('groups.reportBack', { groupId: other.id, agendaItemId: s.item.other });
  expect(unattributed.note.speaker).toBeNull();

  const model = await t.call('reports.minutes', { forumId: s.forumId });
  const lines = model.items.find((i) => i.agendaItemId === s.item.other)?.summary.split('\n') ?? [];
  // Attributed to the reporter, with their position, as any statement of theirs; the note's own words name the group.
  const reporter = model.annexes.signIn.find((p) => p.personId === reported.note.speaker?.id);
  expect(reporter?.position).toBeTruthy();
  expect(reported.note.text).toContain('กลุ่มที่ 1 ด้านการเกษตร');
  expect(lines).toContain(`${reporter?.name} ${reporter?.position} กล่าวว่า ${reported.note.text}`);
  // Nobody named: the group speaks, not "the meeting".
  expect(lines).toContain(`ผู้แทนกลุ่มย่อย กลุ่มที่ 2 ด้านสุขภาพ รายงานต่อที่ประชุมว่า ${unattributed.note.text}`);
  expect(lines.filter((l) => l.startsWith('ที่ประชุมอภิปรายว่า รายงานผลการประชุมกลุ่มย่อย'))).toEqual([]);
});
