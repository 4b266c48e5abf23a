import { describe, expect, it } from 'vitest';
import { controlledRounding } from '../../../shared/domain/controlled-rounding';
import { type SplitPerson, numberedGroupName, splitBalanced, splitByVillage, villageGroupName } from '../../../shared/domain/group-split';

const p = (id: string, sector: string | null, village: string | null, name = id): SplitPerson => ({ id, name, sector, village });
const count = (ids: string[], people: SplitPerson[], test: (p: SplitPerson) => boolean) =>
  ids.filter((id) => test(people.find((x) => x.id === id) as SplitPerson)).length;

describe('splitBalanced', () => {
  const people = [
    p('c1', 'citizens', '1'),
    p('c2', 'citizens', '1'),
    p('c3', 'citizens', '2'),
    p('c4', 'citizens', '2'),
    p('g1', 'government', '1'),
    p('g2', 'government', '2'),
    p('a1', 'academia', '1'),
    p('a2', 'academia', '1'),
  ];

  it('two groups of four, each sector halved, villages 1 (5 people) and 2 (3 people) split 3/2 and 2/1', () => {
    const groups = splitBalanced(people, 2);
    expect(groups.map((g) => g.memberIds.length)).toEqual([4, 4]);
    for (const sector of ['citizens', 'government', 'academia']) {
      expect(groups.map((g) => count(g.memberIds, people, (x) => x.sector === sector))).toEqual(sector === 'citizens' ? [2, 2] : [1, 1]);
    }
    expect(groups.map((g) => count(g.memberIds, people, (x) => x.village === '1')).sort()).toEqual([2, 3]);
    expect(groups.map((g) => count(g.memberIds, people, (x) => x.village === '2')).sort()).toEqual([1, 2]);
    expect(groups.flatMap((g) => g.memberIds).sort()).toEqual(people.map((x) => x.id).sort());
  });

  it('gives the same groups for the same people in any order', () => {
    expect(splitBalanced([...people].reverse(), 3)).toEqual(splitBalanced(people, 3));
  });

  it('more groups than people leaves some empty; one group takes everyone; nobody makes empty groups', () => {
    expect(splitBalanced(people.slice(0, 2), 3).map((g) => g.memberIds.length).sort()).toEqual([0, 1, 1]);
    expect(splitBalanced(people, 1)[0]?.memberIds).toHaveLength(8);
    expect(splitBalanced([], 2)).toEqual([
      { villages: [], memberIds: [] },
      { villages: [], memberIds: [] },
    ]);
    expect(() => splitBalanced(people, 0)).toThrow(RangeError);
  });

  it('lists each group’s members in Thai name order', () => {
    const named = [p('x1', null, null, 'สมหญิง'), p('x2', null, null, 'กมล'), p('x3', null, null, 'บุญมี')];
    expect(splitBalanced(named, 1)[0]?.memberIds).toEqual(['x2', 'x3', 'x1']);
  });
});

describe('splitBalanced: gender and age group after sector and village', () => {
  /** A room of one village and one sector, as the walk-through had it: full names, so name order puts นาง and นางสาว before นาย. */
  const room = (women: number, men: number, ages: readonly string[] = ['18_35', '36_59', '60_plus']) => [
    ...Array.from({ length: women }, (_, i): SplitPerson => ({
      id: `w${i}`,
      name: `${i % 2 === 0 ? 'นาง' : 'นางสาว'}สมหญิง${i}`,
      sector: 'citizens',
      village: '3',
      gender: 'female',
      ageGroup: ages[i % ages.length] ?? null,
    })),
    ...Array.from({ length: men }, (_, i): SplitPerson => ({
      id: `m${i}`,
      name: `นายสมชาย${i}`,
      sector: 'citizens',
      village: '3',
      gender: 'male',
      ageGroup: ages[(i + 1) % ages.length] ?? null,
    })),
  ];
  const tally = (groups: ReturnType<typeof splitBalanced>, people: SplitPerson[], keyOf: (p: SplitPerson) => string | null | undefined, key: string) =>
    groups.map((g) => count(g.memberIds, people, (x) => keyOf(x) === key));

  it('one village, one sector, 10 women and 10 men: two groups of 5 women and 5 men, not one of each', () => {
    const people = room(10, 10);
    const groups = splitBalanced(people, 2);
    expect(tally(groups, people, (x) => x.gender, 'female')).toEqual([5, 5]);
    expect(tally(groups, people, (x) => x.gender, 'male')).toEqual([5, 5]);
  });

  it('with ages too: each gender and each age group within one of its fair share, 3 groups of an uneven room', () => {
    // 11 women (ages in turn from 18–35: 4, 4, 3) and 7 men (from 36–59: 2, 3, 2 of 18–35,
    // 36–59, 60+): 6, 7 and 5 of each age group in all, so 2 each; 2 or 3; 1 or 2.
    const people = room(11, 7);
    const groups = splitBalanced(people, 3);
    expect(groups.map((g) => g.memberIds.length)).toEqual([6, 6, 6]);
    for (const [gender, total] of [
      ['female', 11],
      ['male', 7],
    ] as const) {
      const counts = tally(groups, people, (x) => x.gender, gender);
      for (const n of counts) expect(Math.abs(n - total / 3)).toBeLessThanOrEqual(1);
    }
    expect(tally(groups, people, (x) => x.ageGroup, '18_35')).toEqual([2, 2, 2]);
    expect(tally(groups, people, (x) => x.ageGroup, '36_59').sort()).toEqual([2, 2, 3]);
    expect(tally(groups, people, (x) => x.ageGroup, '60_plus').sort()).toEqual([1, 2, 2]);
  });

  it('two villages and two sectors keep their balance first; gender is balanced within it', () => {
    // Village 1: 4 citizens (all women) and 2 officials (men); village 2: 4 citizens (2 women, 2 men) and 2 officials (women).
    const person = (id: string, sector: string, village: string, gender: string): SplitPerson => ({ id, name: id, sector, village, gender, ageGroup: null });
    const people = [
      ...['a', 'b', 'c', 'd'].map((x) => person(`1c${x}`, 'citizens', '1', 'female')),
      ...['a', 'b'].map((x) => person(`1g${x}`, 'government', '1', 'male')),
      ...['a', 'b'].map((x) => person(`2cw${x}`, 'citizens', '2', 'female')),
      ...['a', 'b'].map((x) => person(`2cm${x}`, 'citizens', '2', 'male')),
      ...['a', 'b'].map((x) => person(`2g${x}`, 'government', '2', 'female')),
    ];
    const groups = splitBalanced(people, 2);
    expect(tally(groups, people, (x) => x.sector, 'citizens')).toEqual([4, 4]);
    expect(tally(groups, people, (x) => x.village, '1')).toEqual([3, 3]);
    // 8 women, 4 men in all: 4 and 2 in each group.
    expect(tally(groups, people, (x) => x.gender, 'female')).toEqual([4, 4]);
    expect(tally(groups, people, (x) => x.gender, 'male')).toEqual([2, 2]);
  });
});

describe('splitByVillage', () => {
  const people = [
    ...['a', 'b', 'c', 'd', 'e'].map((id) => p(`1${id}`, null, '1')),
    ...['a', 'b', 'c'].map((id) => p(`2${id}`, null, '2')),
    ...['a', 'b'].map((id) => p(`3${id}`, null, '3')),
    p('4a', null, '4'),
    p('xa', null, null),
  ];

  it('one group per village in village order, people with no village last', () => {
    const groups = splitByVillage(people);
    expect(groups.map((g) => g.villages)).toEqual([['1'], ['2'], ['3'], ['4'], [null]]);
    expect(groups.map((g) => g.memberIds.length)).toEqual([5, 3, 2, 1, 1]);
    expect(groups.map((g) => villageGroupName(g.villages))).toEqual(['หมู่ที่ 1', 'หมู่ที่ 2', 'หมู่ที่ 3', 'หมู่ที่ 4', 'ไม่ระบุหมู่บ้าน']);
  });

  it('with at most three groups the smaller villages join the smallest group, largest first, never cut', () => {
    // Seeds 1 (5), 2 (3), 3 (2); then 4 (1) joins 3 → 3; then no-village (1) joins the first smallest, 2 → 4.
    const groups = splitByVillage(people, 3);
    expect(groups.map((g) => g.villages)).toEqual([['1'], ['2', null], ['3', '4']]);
    expect(groups.map((g) => g.memberIds.length)).toEqual([5, 4, 3]);
    expect(groups.map((g) => villageGroupName(g.villages))).toEqual(['หมู่ที่ 1', 'หมู่ที่ 2, ไม่ระบุหมู่บ้าน', 'หมู่ที่ 3, หมู่ที่ 4']);
  });

  it('a limit at or above the number of villages changes nothing; a village written as a name keeps it', () => {
    expect(splitByVillage(people, 9)).toEqual(splitByVillage(people));
    expect(villageGroupName(['บ้านหนองบัว'])).toBe('บ้านหนองบัว');
    expect(numberedGroupName(0)).toBe('กลุ่มที่ 1');
  });
});

describe('controlledRounding', () => {
  it('rounds a table over 3 parts keeping every cell, row, column and the total within floor and ceil', () => {
    // 5/3 = 1.67, 1/3, 4/3; rows 2, 5/3; columns 5/3, 5/3 → 2 or 1 each; total 10/3 → 3 or 4.
    const x = controlledRounding(
      [
        [5, 1],
        [0, 4],
      ],
      3,
    );
    const [[a, b], [c, d]] = x as [[number, number], [number, number]];
    expect(c).toBe(0);
    expect([1, 2]).toContain(a);
    expect([0, 1]).toContain(b);
    expect([1, 2]).toContain(d);
    expect(a + b).toBe(2);
    expect([1, 2]).toContain(a + c);
    expect([1, 2]).toContain(b + d);
    expect([3, 4]).toContain(a + b + c + d);
  });
});
