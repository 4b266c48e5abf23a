import { describe, expect, it } from 'vitest';
import { openIssues } from './harness';

describe('issues: the agenda item they were raised under', () => {
  it('defaults to the forum current item; null means none; another item of the forum may be named', async () => {
    const { call, forum, addAgendaItem, setCurrentItem } = await openIssues();
    const item3 = addAgendaItem(forum.id, 'วาระที่ 3 เรื่องสืบเนื่อง');
    const item4 = addAgendaItem(forum.id, 'วาระที่ 4 เรื่องเพื่อพิจารณา');

    const beforeAnyItem = await call('issues.create', { forumId: forum.id, title: 'ก่อนเริ่มวาระ' });
    expect(beforeAnyItem.agendaItemId).toBeNull();

    setCurrentItem(forum.id, item4);
    expect((await call('issues.create', { forumId: forum.id, title: 'ถนนชำรุด' })).agendaItemId).toBe(item4);
    expect((await call('issues.create', { forumId: forum.id, title: 'ย้อนไปวาระ 3', agendaItemId: item3 })).agendaItemId).toBe(item3);
    expect((await call('issues.create', { forumId: forum.id, title: 'ไม่ผูกวาระ', agendaItemId: null })).agendaItemId).toBeNull();

    const quick = await call('issues.quickAdd', { forumId: forum.id, text: 'น้ำท่วม\nไฟดับบ่อย' });
    expect(quick.map((i) => i.agendaItemId)).toEqual([item4, item4]);
    const quickElsewhere = await call('issues.quickAdd', { forumId: forum.id, text: 'ขยะ', agendaItemId: item3 });
    expect(quickElsewhere.map((i) => i.agendaItemId)).toEqual([item3]);
  });

  it('is moved with update, and cleared when the agenda item is deleted', async () => {
    const { call, forum, addAgendaItem, setCurrentItem, exec } = await openIssues();
    const item1 = addAgendaItem(forum.id, 'วาระที่ 1');
    const item2 = addAgendaItem(forum.id, 'วาระที่ 2');
    setCurrentItem(forum.id, item1);
    const issue = await call('issues.create', { forumId: forum.id, title: 'ถนนชำรุด' });
    expect((await call('issues.update', { id: issue.id, patch: { agendaItemId: item2 } })).agendaItemId).toBe(item2);
    exec('DELETE FROM agenda_item WHERE id = ?', item2);
    expect((await call('issues.get', { id: issue.id })).agendaItemId).toBeNull();
  });
});
