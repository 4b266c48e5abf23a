import { describe, expect, it } from 'vitest';
import { addItems, forumWithCore, outline, storedPositions } from './harness';

describe('agenda structure', () => {
  it('add appends at the end, trims the title, and keeps an empty description as null', async () => {
    const { call, forumId, events } = await forumWithCore();
    const first = await call('agenda.add', { forumId, title: '  ประธานแจ้งให้ทราบ ', plannedMinutes: 10, description: '  ' });
    expect(first).toEqual({
      id: first.id,
      forumId,
      parentId: null,
      position: 0,
      number: '1',
      title: 'ประธานแจ้งให้ทราบ',
      description: null,
      plannedMinutes: 10,
      startedAt: null,
      endedAt: null,
      elapsedMs: 0,
      runningSince: null,
      createdAt: '2026-11-23T02:00:00.000Z',
    });
    const second = await call('agenda.add', { forumId, title: 'เรื่องเพื่อพิจารณา' });
    expect(second).toMatchObject({ number: '2', position: 1, plannedMinutes: null });
    expect(events.filter((e) => e.entity === 'agenda_item')).toEqual([
      { entity: 'agenda_item', id: first.id, forumId },
      { entity: 'agenda_item', id: second.id, forumId },
    ]);
  });

  it('nests sub-items one level, numbered 4.1, 4.2, and afterId inserts between siblings', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const list = await call('agenda.applyTemplate', { forumId, template: 'official_five' });
    const consideration = list.items[3]?.id ?? '';
    const water = await call('agenda.add', { forumId, title: 'ปัญหาน้ำ', parentId: consideration });
    await call('agenda.add', { forumId, title: 'ถนน', parentId: consideration });
    // After 4.1, without naming the parent: it is taken from the item.
    await call('agenda.add', { forumId, title: 'ไฟฟ้า', afterId: water.id });
    // After the top-level item 1.
    await call('agenda.add', { forumId, title: 'แนะนำผู้เข้าร่วม', afterId: list.items[0]?.id });
    expect(outline(await call('agenda.list', { forumId }))).toEqual([
      '1 ประธานแจ้งให้ที่ประชุมทราบ',
      '2 แนะนำผู้เข้าร่วม',
      '3 รับรองรายงานการประชุมครั้งที่แล้ว',
      '4 เรื่องสืบเนื่อง',
      '5 เรื่องเพื่อพิจารณา',
      '5.1 ปัญหาน้ำ',
      '5.2 ไฟฟ้า',
      '5.3 ถนน',
      '6 เรื่องอื่น ๆ',
    ]);
    expect(storedPositions(t, forumId)).toEqual({ top: [0, 1, 2, 3, 4, 5], [consideration]: [0, 1, 2] });
  });

  it('refuses a sub-item of a sub-item, a parent in another forum, and afterId under another parent', async () => {
    const { call, forumId } = await forumWithCore();
    const [a, b] = await addItems({ call }, forumId, ['ก', 'ข']);
    const child = await call('agenda.add', { forumId, title: 'ก.1', parentId: a });
    await expect(call('agenda.add', { forumId, title: 'ก.1.1', parentId: child.id })).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'agenda.nesting_too_deep',
    });
    await expect(call('agenda.add', { forumId, title: 'x', parentId: b, afterId: child.id })).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'agenda.after_not_sibling',
    });
    const other = await call('forums.create', { title: 'เวทีอื่น', date: '2026-11-24' });
    await expect(call('agenda.add', { forumId: other.id, title: 'x', parentId: a })).rejects.toMatchObject({
      code: 'outside_forum',
      messageKey: 'error.outside_forum',
    });
    await expect(call('agenda.add', { forumId, title: '   ' })).rejects.toMatchObject({ code: 'validation' });
    await expect(call('agenda.add', { forumId, title: 'x', plannedMinutes: 0 })).rejects.toMatchObject({ code: 'validation' });
    expect((await call('agenda.list', { forumId })).items).toHaveLength(3);
  });

  it('update changes only the keys in the patch', async () => {
    const { call, forumId } = await forumWithCore();
    const item = await call('agenda.add', { forumId, title: 'เรื่องอื่น ๆ', plannedMinutes: 10, description: 'ถ้ามี' });
    const updated = await call('agenda.update', { id: item.id, patch: { plannedMinutes: 20 } });
    expect(updated).toEqual({ ...item, plannedMinutes: 20 });
    const cleared = await call('agenda.update', { id: item.id, patch: { description: '', plannedMinutes: null, title: 'อื่น ๆ' } });
    expect(cleared).toEqual({ ...item, title: 'อื่น ๆ', description: null, plannedMinutes: null });
    await expect(call('agenda.update', { id: '01936d2a-0000-7000-8000-00000000dead', patch: { title: 'x' } })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('move reorders within the top level and keeps positions dense', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const [a, , , d] = await addItems(t, forumId, ['A', 'B', 'C', 'D']);
    // D to the front, then A to the end (index past the end is clamped).
    expect(outline(await call('agenda.move', { id: d ?? '', parentId: null, index: 0 }))).toEqual(['1 D', '2 A', '3 B', '4 C']);
    expect(outline(await call('agenda.move', { id: a ?? '', parentId: null, index: 99 }))).toEqual(['1 D', '2 B', '3 C', '4 A']);
    // Moving an item to where it already is changes nothing.
    expect(outline(await call('agenda.move', { id: a ?? '', parentId: null, index: 3 }))).toEqual(['1 D', '2 B', '3 C', '4 A']);
    expect(storedPositions(t, forumId)).toEqual({ top: [0, 1, 2, 3] });
  });

  it('move nests an item under another, brings it back out, and both lists stay dense', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const [a, b, c] = await addItems(t, forumId, ['A', 'B', 'C']);
    const [a1, a2] = await addItems(t, forumId, ['A1', 'A2'], a);
    // B becomes the first sub-item of A: the top level closes up, A's children open up.
    expect(outline(await call('agenda.move', { id: b ?? '', parentId: a ?? '', index: 0 }))).toEqual(['1 A', '1.1 B', '1.2 A1', '1.3 A2', '2 C']);
    expect(storedPositions(t, forumId)).toEqual({ top: [0, 1], [a ?? '']: [0, 1, 2] });
    // A1 out to the top level between A and C.
    const list = await call('agenda.move', { id: a1 ?? '', parentId: null, index: 1 });
    expect(outline(list)).toEqual(['1 A', '1.1 B', '1.2 A2', '2 A1', '3 C']);
    expect(list.items.find((i) => i.id === a1)?.parentId).toBeNull();
    // A2 under C.
    expect(outline(await call('agenda.move', { id: a2 ?? '', parentId: c ?? '', index: 0 }))).toEqual(['1 A', '1.1 B', '2 A1', '3 C', '3.1 A2']);
    expect(storedPositions(t, forumId)).toEqual({ top: [0, 1, 2], [a ?? '']: [0], [c ?? '']: [0] });
  });

  it('move refuses two-level nesting, a parent with sub-items under another, and an item under itself', async () => {
    const t = await forumWithCore();
    const { call, forumId } = t;
    const [a, b] = await addItems(t, forumId, ['A', 'B']);
    const [a1] = await addItems(t, forumId, ['A1'], a);
    const before = await call('agenda.list', { forumId });

    // Under a sub-item: that would be 1.1.1.
    await expect(call('agenda.move', { id: b ?? '', parentId: a1 ?? '', index: 0 })).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'agenda.nesting_too_deep',
    });
    // A has a sub-item, so A cannot become a sub-item of B.
    await expect(call('agenda.move', { id: a ?? '', parentId: b ?? '', index: 0 })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'agenda.has_children',
    });
    await expect(call('agenda.move', { id: b ?? '', parentId: b ?? '', index: 0 })).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'agenda.parent_is_self',
    });
    await expect(call('agenda.move', { id: b ?? '', parentId: null, index: -1 })).rejects.toMatchObject({ code: 'validation' });
    expect(await call('agenda.list', { forumId })).toEqual(before);
  });

  it('list of a forum in the trash or not there is not_found', async () => {
    const { call, forumId } = await forumWithCore();
    await call('agenda.add', { forumId, title: 'A' });
    await call('forums.delete', { id: forumId });
    await expect(call('agenda.list', { forumId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('agenda.list', { forumId: '01936d2a-0000-7000-8000-00000000dead' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
