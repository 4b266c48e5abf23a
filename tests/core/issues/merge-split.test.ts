import { describe, expect, it } from 'vitest';
import { resolveIssueId } from '../../../electron/core/issues/store';
import { personDraft } from '../../support/factories';
import { MISSING, openIssues } from './harness';

describe('issues: merge', () => {
  it('appends the merged causes, potentials and needs without repeating a text, fills empty fields, hides the merged issue', async () => {
    const { call, forum, events } = await openIssues();
    const person = await call('people.create', personDraft({ titlePrefix: 'นาย', firstName: 'บุญมี', lastName: 'ใจดี' }));
    const survivor = await call('issues.create', {
      forumId: forum.id,
      title: 'ฝุ่นควันจากการเผาไร่อ้อย',
      category: 'environment',
      causes: ['ฝุ่น PM2.5 จากการเผาอ้อย', 'ไม่มีรถตัดอ้อย'],
      needs: ['รถตัดอ้อยให้เช่า'],
    });
    const other = await call('issues.create', { forumId: forum.id, title: 'ถนนชำรุด' });
    const merged = await call('issues.create', {
      forumId: forum.id,
      title: 'ควันไฟในหน้าหีบอ้อย',
      description: 'เด็กและผู้สูงอายุป่วยทางเดินหายใจ',
      category: 'health',
      raisedByPersonId: person.id,
      // Same text as the survivor's but for case and spacing: the room said the same thing.
      causes: ['ฝุ่น  pm2.5 จากการเผาอ้อย', 'โรงงานรับซื้ออ้อยไฟไหม้ราคาดี'],
      potentials: ['กลุ่มเกษตรกรรุ่นใหม่'],
      needs: ['รถตัดอ้อยให้เช่า', 'ตรวจสุขภาพเด็ก'],
    });

    const result = await call('issues.merge', { survivorId: survivor.id, mergedId: merged.id });
    expect(result).toMatchObject({
      id: survivor.id,
      title: 'ฝุ่นควันจากการเผาไร่อ้อย',
      description: 'เด็กและผู้สูงอายุป่วยทางเดินหายใจ',
      category: 'environment',
      raisedBy: { kind: 'person', personId: person.id, name: 'นายบุญมี ใจดี' },
      mergedInto: null,
    });
    expect(result.causes.map((d) => d.text)).toEqual(['ฝุ่น PM2.5 จากการเผาอ้อย', 'ไม่มีรถตัดอ้อย', 'โรงงานรับซื้ออ้อยไฟไหม้ราคาดี']);
    expect(result.potentials.map((d) => d.text)).toEqual(['กลุ่มเกษตรกรรุ่นใหม่']);
    expect(result.needs.map((d) => d.text)).toEqual(['รถตัดอ้อยให้เช่า', 'ตรวจสุขภาพเด็ก']);
    // The survivor's own lines keep their ids.
    expect(result.causes.slice(0, 2)).toEqual(survivor.causes);

    expect((await call('issues.list', { forumId: forum.id })).map((i) => [i.id, i.position])).toEqual([
      [survivor.id, 0],
      [other.id, 1],
    ]);
    const all = await call('issues.list', { forumId: forum.id, includeMerged: true });
    expect(all.map((i) => i.id)).toEqual([survivor.id, other.id, merged.id]);
    // The merged issue keeps its own record as history.
    expect(all[2]).toMatchObject({ title: 'ควันไฟในหน้าหีบอ้อย', mergedInto: survivor.id, category: 'health' });
    expect(all[2]?.causes.map((d) => d.text)).toEqual(['ฝุ่น  pm2.5 จากการเผาอ้อย', 'โรงงานรับซื้ออ้อยไฟไหม้ราคาดี']);

    expect(events.slice(-2)).toEqual([
      { entity: 'issue', id: survivor.id, forumId: forum.id },
      { entity: 'issue', id: merged.id, forumId: forum.id },
    ]);
  });

  it('resolveIssueId follows a chain of two merges to the issue still on the list', async () => {
    const { call, forum, readContext } = await openIssues();
    const [x, y, z] = await call('issues.quickAdd', { forumId: forum.id, text: 'น้ำขุ่น\nน้ำไม่ไหล\nน้ำประปา' });
    if (!x || !y || !z) throw new Error('quick add made fewer than three');
    await call('issues.merge', { survivorId: y.id, mergedId: x.id });
    await call('issues.merge', { survivorId: z.id, mergedId: y.id });

    const ctx = readContext();
    expect(resolveIssueId(ctx, x.id)).toBe(z.id);
    expect(resolveIssueId(ctx, y.id)).toBe(z.id);
    expect(resolveIssueId(ctx, z.id)).toBe(z.id);
    expect(resolveIssueId(ctx, MISSING)).toBeNull();
    // History is kept as it happened: x was merged into y, not rewritten to z.
    expect((await call('issues.get', { id: x.id })).mergedInto).toBe(y.id);
  });

  it('refuses an issue into itself, a merged issue on either side, other forums, and missing issues', async () => {
    const { call, forum, peek } = await openIssues();
    const [a, b, c] = await call('issues.quickAdd', { forumId: forum.id, text: 'ก\nข\nค' });
    if (!a || !b || !c) throw new Error('quick add made fewer than three');
    const otherForum = await call('forums.create', { title: 'เวทีตำบล', date: '2026-12-01' });
    const elsewhere = await call('issues.create', { forumId: otherForum.id, title: 'ถนนชำรุด' });
    await call('issues.merge', { survivorId: a.id, mergedId: b.id });
    const before = peek('SELECT * FROM issue ORDER BY id');

    await expect(call('issues.merge', { survivorId: a.id, mergedId: a.id })).rejects.toMatchObject({ code: 'validation', messageKey: 'issue.merge_same' });
    await expect(call('issues.merge', { survivorId: b.id, mergedId: c.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'issue.already_merged' });
    await expect(call('issues.merge', { survivorId: c.id, mergedId: b.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'issue.already_merged' });
    await expect(call('issues.merge', { survivorId: a.id, mergedId: elsewhere.id })).rejects.toMatchObject({
      code: 'outside_forum',
      details: { entity: 'issue', id: elsewhere.id },
    });
    await expect(call('issues.merge', { survivorId: a.id, mergedId: MISSING })).rejects.toMatchObject({ code: 'not_found' });
    expect(peek('SELECT * FROM issue ORDER BY id')).toEqual(before);
  });
});

describe('issues: split', () => {
  it('adds the parts right after the original, which stays and may be edited in the same step', async () => {
    const { call, forum, addAgendaItem, addGroup, setCurrentItem } = await openIssues();
    const item = addAgendaItem(forum.id, 'วาระที่ 4');
    const group = addGroup(forum.id, 'กลุ่ม 3');
    setCurrentItem(forum.id, item);
    const water = await call('issues.create', {
      forumId: forum.id,
      title: 'ปัญหาน้ำ',
      category: 'infrastructure',
      groupId: group,
      causes: ['ถังกรองเก่า', 'ฝนทิ้งช่วง', 'ท่อแตก'],
    });
    const road = await call('issues.create', { forumId: forum.id, title: 'ถนนชำรุด' });

    const parts = await call('issues.split', {
      id: water.id,
      original: { title: 'น้ำประปาไม่สะอาด', causes: ['ถังกรองเก่า', 'ท่อแตก'] },
      parts: [
        { title: 'น้ำไม่พอใช้หน้าแล้ง', causes: ['ฝนทิ้งช่วง'], needs: ['ขุดลอกหนองน้ำ'] },
        { title: 'น้ำท่วมขังหน้าฝน', category: 'environment', description: 'ท่อระบายน้ำเล็กเกินไป' },
      ],
    });

    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({
      title: 'น้ำไม่พอใช้หน้าแล้ง',
      splitFrom: water.id,
      category: 'infrastructure',
      agendaItemId: item,
      groupId: group,
      raisedBy: { kind: 'group', groupId: group, name: 'กลุ่ม 3' },
      description: null,
      position: 1,
    });
    expect(parts[0]?.causes.map((d) => d.text)).toEqual(['ฝนทิ้งช่วง']);
    expect(parts[0]?.needs.map((d) => d.text)).toEqual(['ขุดลอกหนองน้ำ']);
    expect(parts[1]).toMatchObject({ title: 'น้ำท่วมขังหน้าฝน', category: 'environment', description: 'ท่อระบายน้ำเล็กเกินไป', position: 2 });

    const listed = await call('issues.list', { forumId: forum.id });
    expect(listed.map((i) => [i.title, i.position])).toEqual([
      ['น้ำประปาไม่สะอาด', 0],
      ['น้ำไม่พอใช้หน้าแล้ง', 1],
      ['น้ำท่วมขังหน้าฝน', 2],
      ['ถนนชำรุด', 3],
    ]);
    expect(listed[0]?.causes.map((d) => d.text)).toEqual(['ถังกรองเก่า', 'ท่อแตก']);
    expect(listed[0]?.splitFrom).toBeNull();
    expect(listed[3]?.id).toBe(road.id);
  });

  it('refuses a merged issue, an unknown category, and rolls the original edit back with it', async () => {
    const { call, forum, titles } = await openIssues();
    const [a, b] = await call('issues.quickAdd', { forumId: forum.id, text: 'ก\nข' });
    if (!a || !b) throw new Error('quick add made fewer than two');
    await expect(
      call('issues.split', { id: a.id, original: { title: 'ก ใหม่' }, parts: [{ title: 'ค', category: 'agriculture' }] }),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(await titles()).toEqual(['ก', 'ข']);
    await expect(call('issues.split', { id: a.id, parts: [] })).rejects.toMatchObject({ code: 'validation' });

    await call('issues.merge', { survivorId: a.id, mergedId: b.id });
    await expect(call('issues.split', { id: b.id, parts: [{ title: 'ค' }] })).rejects.toMatchObject({ code: 'conflict' });
  });
});
