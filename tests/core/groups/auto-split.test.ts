import { describe, expect, it } from 'vitest';
import type { PersonDraft } from '../../../shared/contract';
import { openRoom } from '../speakers/room';

const room: Partial<PersonDraft>[] = [
  { firstName: 'ก1', sector: 'citizens', village: '1' },
  { firstName: 'ก2', sector: 'citizens', village: '1' },
  { firstName: 'ก3', sector: 'citizens', village: '2' },
  { firstName: 'ก4', sector: 'citizens', village: '2' },
  { firstName: 'ข1', sector: 'government', village: '1' },
  { firstName: 'ข2', sector: 'government', village: '2' },
  { firstName: 'ค1', sector: 'academia', village: '3' },
];

describe('groups.autoSplit', () => {
  it('balanced: the checked-in attendees in `count` groups, sizes and sectors even, default names', async () => {
    const { call, forumId, people, events } = await openRoom(room);
    // Registered but not arrived: not in the room, so not split.
    await call('attendance.undoCheckIn', { forumId, personId: people[6]?.id as string });
    events.length = 0;
    const list = await call('groups.autoSplit', { forumId, strategy: 'balanced', count: 2 });
    expect(list.groups.map((g) => [g.name, g.members.length])).toEqual([
      ['กลุ่มที่ 1', 3],
      ['กลุ่มที่ 2', 3],
    ]);
    const sectorOf = new Map(people.map((p) => [p.id, p.sector]));
    for (const g of list.groups) {
      expect(g.members.map((m) => sectorOf.get(m.id)).sort()).toEqual(['citizens', 'citizens', 'government']);
    }
    expect(list.unassigned).toEqual([]);
    expect(events).toEqual([{ entity: 'small_group', id: null, forumId }]);
    // Same room, same request: same groups.
    const again = await call('groups.autoSplit', { forumId, strategy: 'balanced', count: 2 });
    expect(again.groups.map((g) => g.members)).toEqual(list.groups.map((g) => g.members));
  });

  it('balanced in a room of one village and one sector: each group mixes women and men, and the age groups, evenly', async () => {
    // As the walk-through had it: full names sort every นาง/นางสาว before every นาย.
    const ages = ['18_35', '36_59', '60_plus'] as const;
    const women = Array.from({ length: 10 }, (_, i): Partial<PersonDraft> => ({ titlePrefix: i % 2 ? 'นางสาว' : 'นาง', firstName: `สมหญิง${i}`, gender: 'female', ageGroup: ages[i % 3] }));
    const men = Array.from({ length: 10 }, (_, i): Partial<PersonDraft> => ({ titlePrefix: 'นาย', firstName: `สมชาย${i}`, gender: 'male', ageGroup: ages[(i + 1) % 3] }));
    const { call, forumId, people } = await openRoom([...women, ...men].map((p) => ({ ...p, sector: 'citizens', village: '3' })));
    const list = await call('groups.autoSplit', { forumId, strategy: 'balanced', count: 2 });
    const byId = new Map(people.map((p) => [p.id, p]));
    const count = (members: { id: string }[], test: (p: (typeof people)[number]) => boolean) => members.filter((m) => test(byId.get(m.id) as (typeof people)[number])).length;
    expect(list.groups.map((g) => [count(g.members, (p) => p.gender === 'female'), count(g.members, (p) => p.gender === 'male')])).toEqual([
      [5, 5],
      [5, 5],
    ]);
    // Ages in all: women 4, 3, 3 and men 3, 4, 3 of 18–35, 36–59, 60+: 7, 7, 6, so 3 or 4, 3 or 4, 3 each.
    for (const [age, total] of [
      ['18_35', 7],
      ['36_59', 7],
      ['60_plus', 6],
    ] as const) {
      for (const g of list.groups) expect(Math.abs(count(g.members, (p) => p.ageGroup === age) - total / 2)).toBeLessThanOrEqual(1);
    }
  });

  it('by village: one group per village named after it; with a count, the smallest villages merge; names can be given', async () => {
    const { call, forumId } = await openRoom(room);
    const byVillage = await call('groups.autoSplit', { forumId, strategy: 'by_village' });
    expect(byVillage.groups.map((g) => [g.name, g.members.length])).toEqual([
      ['หมู่ที่ 1', 3],
      ['หมู่ที่ 2', 3],
      ['หมู่ที่ 3', 1],
    ]);
    const merged = await call('groups.autoSplit', { forumId, strategy: 'by_village', count: 2, names: ['ฝั่งเหนือ'] });
    expect(merged.groups.map((g) => [g.name, g.members.length])).toEqual([
      ['ฝั่งเหนือ', 4],
      ['หมู่ที่ 2', 3],
    ]);
  });

  it('replaces earlier groups, but not while issues are filed under one', async () => {
    const { call, forumId } = await openRoom(room);
    const first = await call('groups.autoSplit', { forumId, strategy: 'balanced', count: 3 });
    const second = await call('groups.autoSplit', { forumId, strategy: 'balanced', count: 2 });
    expect(second.groups).toHaveLength(2);
    expect(second.groups.map((g) => g.id)).not.toContain(first.groups[0]?.id);
    const busy = second.groups[1]?.id as string;
    await call('issues.create', { forumId, title: 'ถนนชำรุด', groupId: busy });
    await expect(call('groups.autoSplit', { forumId, strategy: 'balanced', count: 4 })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'error.groups_have_work',
      details: { groupIds: [busy] },
    });
    expect((await call('groups.list', { forumId })).groups).toHaveLength(2);
  });

  it('refuses names that would repeat, and a balanced split without a count', async () => {
    const { call, forumId } = await openRoom(room);
    await expect(call('groups.autoSplit', { forumId, strategy: 'balanced', count: 2, names: ['กลุ่มที่ 2'] })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'error.group_name_taken',
    });
    // @ts-expect-error count is required for a balanced split
    await expect(call('groups.autoSplit', { forumId, strategy: 'balanced' })).rejects.toMatchObject({ code: 'validation' });
  });
});
