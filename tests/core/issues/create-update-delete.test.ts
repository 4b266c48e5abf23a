import { describe, expect, it } from 'vitest';
import { manualClock } from '../../support/core';
import { personDraft } from '../../support/factories';
import { MISSING, openIssues } from './harness';

const anyId = expect.stringMatching(/^[0-9a-f-]{36}$/);

describe('issues: create, update, delete with undo', () => {
  it('create trims text, fills defaults, appends to the list and emits one issue event', async () => {
    const now = manualClock('2026-11-23T02:00:00.000Z');
    const { call, forum, events } = await openIssues({ now });
    const issue = await call('issues.create', {
      forumId: forum.id,
      title: '  ถนนเข้าหมู่บ้านชำรุด  ',
      description: '   ',
      causes: ['  ฝนตกหนัก ', 'รถบรรทุกอ้อย'],
    });
    expect(issue).toEqual({
      id: anyId,
      forumId: forum.id,
      title: 'ถนนเข้าหมู่บ้านชำรุด',
      description: null,
      category: null,
      causes: [
        { id: anyId, text: 'ฝนตกหนัก' },
        { id: anyId, text: 'รถบรรทุกอ้อย' },
      ],
      potentials: [],
      needs: [],
      raisedBy: null,
      agendaItemId: null,
      groupId: null,
      position: 0,
      mergedInto: null,
      splitFrom: null,
      createdAt: '2026-11-23T02:00:00.000Z',
      updatedAt: '2026-11-23T02:00:00.000Z',
    });
    expect(await call('issues.get', { id: issue.id })).toEqual(issue);
    const second = await call('issues.create', { forumId: forum.id, title: 'น้ำประปาไม่ไหล', category: 'infrastructure' });
    expect(second).toMatchObject({ position: 1, category: 'infrastructure' });
    expect(events.filter((e) => e.entity === 'issue')).toEqual([
      { entity: 'issue', id: issue.id, forumId: forum.id },
      { entity: 'issue', id: second.id, forumId: forum.id },
    ]);
  });

  it('raisedBy names the person, or the small group when no person is given', async () => {
    const { call, forum, addGroup } = await openIssues();
    const person = await call('people.create', personDraft({ titlePrefix: 'นาง', firstName: 'มาลี', lastName: 'ศรีสุข' }));
    const group = addGroup(forum.id, 'กลุ่มที่ 2 (เกษตรกร)');

    const byPerson = await call('issues.create', { forumId: forum.id, title: 'ก', raisedByPersonId: person.id });
    const byGroup = await call('issues.create', { forumId: forum.id, title: 'ข', groupId: group });
    const byPersonInGroup = await call('issues.create', { forumId: forum.id, title: 'ค', raisedByPersonId: person.id, groupId: group });

    expect(byPerson).toMatchObject({ raisedBy: { kind: 'person', personId: person.id, name: 'นางมาลี ศรีสุข' }, groupId: null });
    expect(byGroup).toMatchObject({ raisedBy: { kind: 'group', groupId: group, name: 'กลุ่มที่ 2 (เกษตรกร)' }, groupId: group });
    expect(byPersonInGroup).toMatchObject({ raisedBy: { kind: 'person', personId: person.id, name: 'นางมาลี ศรีสุข' }, groupId: group });

    // Erasing the person (PDPA) leaves the issue, raised by the group it came from.
    await call('people.erase', { id: person.id });
    expect((await call('issues.get', { id: byPersonInGroup.id })).raisedBy).toEqual({ kind: 'group', groupId: group, name: 'กลุ่มที่ 2 (เกษตรกร)' });
    expect((await call('issues.get', { id: byPerson.id })).raisedBy).toBeNull();
  });

  it('refuses links that do not exist or belong to another forum, and writes nothing', async () => {
    const { call, forum, addAgendaItem, addGroup, peek } = await openIssues();
    const other = await call('forums.create', { title: 'เวทีอื่น', date: '2026-12-01' });
    const otherItem = addAgendaItem(other.id, 'วาระที่ 1');
    const otherGroup = addGroup(other.id, 'กลุ่ม 1');
    const base = { forumId: forum.id, title: 'ถนนชำรุด' };

    await expect(call('issues.create', { ...base, agendaItemId: otherItem })).rejects.toMatchObject({ code: 'outside_forum', messageKey: 'error.outside_forum' });
    await expect(call('issues.create', { ...base, groupId: otherGroup })).rejects.toMatchObject({ code: 'outside_forum' });
    await expect(call('issues.create', { ...base, raisedByPersonId: MISSING })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('issues.create', { ...base, agendaItemId: MISSING })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('issues.create', { ...base, category: 'agriculture' })).rejects.toMatchObject({ code: 'validation', messageKey: 'issue.unknown_category' });
    await expect(call('issues.create', { ...base, forumId: MISSING })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('issues.create', { ...base, title: '   ' })).rejects.toMatchObject({ code: 'validation' });
    expect(peek('SELECT count(*) AS n FROM issue')).toEqual([{ n: 0 }]);
  });

  it('update changes only the keys given; a list given replaces the old one, keeping ids of lines still there', async () => {
    const now = manualClock('2026-11-23T02:00:00.000Z');
    const { call, forum } = await openIssues({ now });
    const before = await call('issues.create', {
      forumId: forum.id,
      title: 'ถนนเข้าหมู่บ้านชำรุด',
      causes: ['ฝนตกหนัก', 'รถบรรทุกอ้อย'],
      potentials: ['แรงงานในหมู่บ้าน'],
    });
    now.set('2026-11-23T03:15:00.000Z');
    const described = await call('issues.update', { id: before.id, patch: { description: 'ช่วงหน้าฝนรถสัญจรไม่ได้', needs: ['งบซ่อมถนน'] } });
    expect(described).toEqual({
      ...before,
      description: 'ช่วงหน้าฝนรถสัญจรไม่ได้',
      needs: [{ id: anyId, text: 'งบซ่อมถนน' }],
      updatedAt: '2026-11-23T03:15:00.000Z',
    });

    const truck = before.causes[1];
    const after = await call('issues.update', { id: before.id, patch: { causes: ['รถบรรทุกอ้อย', 'ไม่มีรางระบายน้ำ'], category: 'infrastructure' } });
    expect(after.causes).toEqual([truck, { id: anyId, text: 'ไม่มีรางระบายน้ำ' }]);
    expect(after.causes[1]?.id).not.toBe(before.causes[0]?.id);
    expect(after).toMatchObject({ title: 'ถนนเข้าหมู่บ้านชำรุด', potentials: before.potentials, needs: described.needs, category: 'infrastructure' });

    const cleared = await call('issues.update', { id: before.id, patch: { description: '', causes: [] } });
    expect(cleared).toMatchObject({ description: null, causes: [] });
    await expect(call('issues.update', { id: MISSING, patch: { title: 'x' } })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('delete removes the issue and closes the gap; restore puts it back as it was, once', async () => {
    const { call, forum, titles, peek } = await openIssues();
    const a = await call('issues.create', { forumId: forum.id, title: 'ถนนชำรุด' });
    const b = await call('issues.create', {
      forumId: forum.id,
      title: 'น้ำประปาไม่ไหล',
      category: 'infrastructure',
      causes: ['ท่อแตก'],
      potentials: ['ประปาหมู่บ้าน'],
      needs: ['งบเปลี่ยนท่อ', 'ช่างประปา'],
    });
    const c = await call('issues.create', { forumId: forum.id, title: 'ขยะล้นถัง' });

    const deleted = await call('issues.delete', { id: b.id });
    expect(deleted.issues.map((r) => r.id)).toEqual([b.id]);
    expect(deleted.splitChildren).toEqual([]);
    expect(await titles()).toEqual(['ถนนชำรุด', 'ขยะล้นถัง']);
    expect((await call('issues.list', { forumId: forum.id })).map((i) => i.position)).toEqual([0, 1]);
    expect(peek('SELECT count(*) AS n FROM issue_detail')).toEqual([{ n: 0 }]);
    await expect(call('issues.get', { id: b.id })).rejects.toMatchObject({ code: 'not_found' });

    const restored = await call('issues.restore', { deleted });
    expect(restored).toEqual(b);
    expect(await titles()).toEqual(['ถนนชำรุด', 'น้ำประปาไม่ไหล', 'ขยะล้นถัง']);
    expect((await call('issues.get', { id: c.id })).position).toBe(2);
    expect((await call('issues.get', { id: a.id })).position).toBe(0);

    await expect(call('issues.restore', { deleted })).rejects.toMatchObject({ code: 'conflict', messageKey: 'issue.already_restored' });
  });

  it('deleting an issue takes the issues merged into it along, and restore brings back the history and split links', async () => {
    const { call, forum, titles } = await openIssues();
    const a = await call('issues.create', { forumId: forum.id, title: 'น้ำประปา' });
    const b = await call('issues.create', { forumId: forum.id, title: 'น้ำไม่ไหล' });
    const c = await call('issues.create', { forumId: forum.id, title: 'น้ำขุ่น' });
    await call('issues.merge', { survivorId: b.id, mergedId: c.id });
    await call('issues.merge', { survivorId: a.id, mergedId: b.id });
    const [part] = await call('issues.split', { id: a.id, parts: [{ title: 'น้ำประปาไม่พอหน้าแล้ง' }] });
    const other = await call('issues.create', { forumId: forum.id, title: 'ถนนชำรุด' });
    if (!part) throw new Error('split made no part');

    const deleted = await call('issues.delete', { id: a.id });
    expect(deleted.issues.map((r) => r.id)).toEqual([a.id, b.id, c.id]);
    expect(deleted.splitChildren).toEqual([{ id: part.id, splitFrom: a.id }]);
    // Nothing merged into a comes back as if it had never been merged.
    expect(await titles(forum.id, true)).toEqual(['น้ำประปาไม่พอหน้าแล้ง', 'ถนนชำรุด']);
    expect((await call('issues.get', { id: part.id })).splitFrom).toBeNull();

    await call('issues.restore', { deleted });
    expect(await titles()).toEqual(['น้ำประปา', 'น้ำประปาไม่พอหน้าแล้ง', 'ถนนชำรุด']);
    expect(await titles(forum.id, true)).toEqual(['น้ำประปา', 'น้ำประปาไม่พอหน้าแล้ง', 'ถนนชำรุด', 'น้ำไม่ไหล', 'น้ำขุ่น']);
    expect((await call('issues.get', { id: b.id })).mergedInto).toBe(a.id);
    expect((await call('issues.get', { id: c.id })).mergedInto).toBe(b.id);
    expect((await call('issues.get', { id: part.id })).splitFrom).toBe(a.id);
    expect((await call('issues.get', { id: other.id })).position).toBe(2);
  });

  it('restore leaves empty the links to things deleted in the meantime', async () => {
    const { call, forum, addAgendaItem, exec } = await openIssues();
    const item = addAgendaItem(forum.id, 'วาระที่ 4 เรื่องเพื่อพิจารณา');
    await call('issues.setCategories', { forumId: forum.id, categories: [{ key: 'health' }, { key: 'farming', label: 'การเกษตร' }] });
    const issue = await call('issues.create', { forumId: forum.id, title: 'ราคายางตกต่ำ', agendaItemId: item, category: 'farming' });
    const deleted = await call('issues.delete', { id: issue.id });

    exec('DELETE FROM agenda_item WHERE id = ?', item);
    await call('issues.setCategories', { forumId: forum.id, categories: [{ key: 'health' }] });

    expect(await call('issues.restore', { deleted })).toMatchObject({ id: issue.id, agendaItemId: null, category: null, title: 'ราคายางตกต่ำ' });
  });

  it('restore refuses a snapshot mixing forums', async () => {
    const { call, forum } = await openIssues();
    const issue = await call('issues.create', { forumId: forum.id, title: 'ก' });
    const deleted = await call('issues.delete', { id: issue.id });
    const other = await call('forums.create', { title: 'เวทีอื่น', date: '2026-12-01' });
    const [record] = deleted.issues;
    if (!record) throw new Error('empty snapshot');
    const mixed = { ...deleted, issues: [record, { ...record, id: '01936d2a-0000-7000-8000-0000000000aa', forumId: other.id }] };
    await expect(call('issues.restore', { deleted: mixed })).rejects.toMatchObject({ code: 'validation' });
    await expect(call('issues.list', { forumId: forum.id })).resolves.toEqual([]);
  });
});
