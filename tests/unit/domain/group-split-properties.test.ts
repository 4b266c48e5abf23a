import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlledRounding } from '../../../shared/domain/controlled-rounding';
import { type PlannedGroup, type SplitPerson, splitBalanced, splitByVillage } from '../../../shared/domain/group-split';

const RUNS = { numRuns: 300 };

const peopleArb = fc
  .array(
    fc.record({
      name: fc.constantFrom('สมชาย', 'สมหญิง', 'บุญมี', 'มาลี', 'ทองดี'),
      sector: fc.option(fc.constantFrom('citizens', 'government', 'local_government', 'private'), { freq: 5 }),
      village: fc.option(fc.constantFrom('1', '2', '3', '4', 'บ้านโคก'), { freq: 5 }),
    }),
    { maxLength: 70 },
  )
  .map((rows) => rows.map((row, i): SplitPerson => ({ id: `p${String(i).padStart(3, '0')}`, ...row })));

const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

/** For each key, how many of its people each group holds. */
function countsPerGroup(groups: PlannedGroup[], people: SplitPerson[], keyOf: (p: SplitPerson) => string): Map<string, number[]> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const counts = new Map<string, number[]>();
  groups.forEach((group, g) => {
    for (const id of group.memberIds) {
      const key = keyOf(byId.get(id) as SplitPerson);
      const line = counts.get(key) ?? groups.map(() => 0);
      line[g] = (line[g] ?? 0) + 1;
      counts.set(key, line);
    }
  });
  return counts;
}

describe('splitBalanced: the guarantees in group-split.ts', () => {
  it('places everyone once, in `count` groups whose sizes, sectors, villages and sector-villages differ by at most 1', () => {
    fc.assert(
      fc.property(peopleArb, fc.integer({ min: 1, max: 9 }), (people, count) => {
        const groups = splitBalanced(people, count);
        expect(groups).toHaveLength(count);
        expect(groups.flatMap((g) => g.memberIds).sort()).toEqual(people.map((p) => p.id).sort());
        expect(spread(groups.map((g) => g.memberIds.length))).toBeLessThanOrEqual(1);
        const keys = {
          sector: (p: SplitPerson) => p.sector ?? 'unknown',
          village: (p: SplitPerson) => p.village ?? 'unknown',
          cell: (p: SplitPerson) => `${p.sector}|${p.village}`,
        };
        for (const keyOf of Object.values(keys)) {
          for (const line of countsPerGroup(groups, people, keyOf).values()) expect(spread(line)).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order the people come in', () => {
    fc.assert(
      fc.property(
        peopleArb.chain((people) => fc.tuple(fc.constant(people), fc.shuffledSubarray(people, { minLength: people.length }))),
        fc.integer({ min: 1, max: 6 }),
        ([people, shuffled], count) => {
          expect(splitBalanced(shuffled, count)).toEqual(splitBalanced(people, count));
        },
      ),
      RUNS,
    );
  });
});

describe('splitByVillage', () => {
  it('keeps each village whole, in one group per village, or exactly `max` groups when there are more villages', () => {
    fc.assert(
      fc.property(peopleArb, fc.option(fc.integer({ min: 1, max: 8 })), (people, max) => {
        const groups = splitByVillage(people, max ?? undefined);
        const villages = new Set(people.map((p) => p.village));
        expect(groups).toHaveLength(max === null ? villages.size : Math.min(max, villages.size));
        expect(groups.flatMap((g) => g.memberIds).sort()).toEqual(people.map((p) => p.id).sort());
        expect(groups.flatMap((g) => g.villages).length).toBe(villages.size);
        const byId = new Map(people.map((p) => [p.id, p]));
        for (const group of groups) {
          for (const id of group.memberIds) expect(group.villages).toContain(byId.get(id)?.village);
          if (max === null) expect(group.villages).toHaveLength(1);
        }
      }),
      RUNS,
    );
  });
});

describe('controlledRounding', () => {
  it('always finds a whole table with every cell, row, column and total rounded down or up from table/parts', () => {
    const tableArb = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 7 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      );
    fc.assert(
      fc.property(tableArb, fc.integer({ min: 1, max: 9 }), (table, parts) => {
        const x = controlledRounding(table, parts);
        const near = (value: number, count: number) => {
          expect(value).toBeGreaterThanOrEqual(Math.floor(count / parts));
          expect(value).toBeLessThanOrEqual(Math.ceil(count / parts));
        };
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        table.forEach((line, i) => {
          const rounded = x[i] as number[];
          line.forEach((count, j) => {
            near(rounded[j] as number, count);
          });
          near(sum(rounded), sum(line));
        });
        for (let j = 0; j < (table[0]?.length ?? 0); j++) near(sum(x.map((r) => r[j] as number)), sum(table.map((r) => r[j] as number)));
        near(sum(x.flat()), sum(table.flat()));
      }),
      RUNS,
    );
  });
});

describe('splitBalanced: gender and age group, as far as sector and village leave room', () => {
  /** Small rooms, so every possible split can be tried. */
  const smallRoom = fc
    .array(
      fc.record({
        name: fc.constantFrom('นายสมชาย', 'นางสมหญิง', 'นางสาวมาลี', 'นายบุญมี'),
        sector: fc.option(fc.constantFrom('citizens', 'government'), { freq: 4 }),
        village: fc.option(fc.constantFrom('1', '2'), { freq: 4 }),
        gender: fc.option(fc.constantFrom('female', 'male'), { freq: 6 }),
        ageGroup: fc.option(fc.constantFrom('18_35', '36_59', '60_plus'), { freq: 6 }),
      }),
      { maxLength: 9 },
    )
    .map((rows) => rows.map((row, i): SplitPerson => ({ id: `p${i}`, ...row })));

  const keys = {
    sector: (p: SplitPerson) => p.sector ?? 'unknown',
    village: (p: SplitPerson) => p.village ?? 'unknown',
    cell: (p: SplitPerson) => `${p.sector}|${p.village}`,
    gender: (p: SplitPerson) => p.gender ?? 'unknown',
    age: (p: SplitPerson) => p.ageGroup ?? 'unknown',
  };

  /** Per key, each group's count: `assignment[i]` is person i's group. */
  function counts(people: SplitPerson[], assignment: readonly number[], groups: number, keyOf: (p: SplitPerson) => string): number[][] {
    const byKey = new Map<string, number[]>();
    people.forEach((p, i) => {
      const line = byKey.get(keyOf(p)) ?? new Array<number>(groups).fill(0);
      line[assignment[i] as number] = (line[assignment[i] as number] ?? 0) + 1;
      byKey.set(keyOf(p), line);
    });
    return [...byKey.values()];
  }
  const spreadOk = (lines: number[][]) => lines.every((line) => spread(line) <= 1);
  /** Every group's count within 1 of the fair share (the key's total over the groups). */
  const fair = (lines: number[][], groups: number) =>
    lines.every((line) => {
      const share = line.reduce((a, b) => a + b, 0) / groups;
      return line.every((n) => Math.abs(n - share) <= 1);
    });
  const primary = (people: SplitPerson[], a: readonly number[], groups: number) =>
    spreadOk([new Array<number>(groups).fill(0).map((_, g) => a.filter((x) => x === g).length)]) &&
    spreadOk(counts(people, a, groups, keys.sector)) &&
    spreadOk(counts(people, a, groups, keys.village)) &&
    spreadOk(counts(people, a, groups, keys.cell));

  /** Whether any split keeping the sector and village guarantees also passes `extra`. */
  function achievable(people: SplitPerson[], groups: number, extra: (a: readonly number[]) => boolean): boolean {
    const a = new Array<number>(people.length).fill(0);
    const walk = (i: number): boolean => {
      if (i === people.length) return primary(people, a, groups) && extra(a);
      for (let g = 0; g < groups; g++) {
        a[i] = g;
        if (walk(i + 1)) return true;
      }
      return false;
    };
    return walk(0);
  }

  const assignmentOf = (people: SplitPerson[], split: PlannedGroup[]) => {
    const groupOf = new Map(split.flatMap((g, i) => g.memberIds.map((id) => [id, i] as const)));
    return people.map((p) => groupOf.get(p.id) as number);
  };

  it('each group’s count of each gender is within 1 of its fair share wherever a split keeping the sector and village balance allows it', () => {
    fc.assert(
      fc.property(smallRoom, fc.integer({ min: 2, max: 3 }), (people, groups) => {
        const ours = assignmentOf(people, splitBalanced(people, groups));
        expect(primary(people, ours, groups)).toBe(true);
        if (achievable(people, groups, (a) => fair(counts(people, a, groups, keys.gender), groups))) {
          expect(counts(people, ours, groups, keys.gender)).toSatisfy((lines: number[][]) => fair(lines, groups));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('and each age group too, wherever a split keeping the sector, village and gender balance allows it', () => {
    fc.assert(
      fc.property(smallRoom, fc.integer({ min: 2, max: 3 }), (people, groups) => {
        const ours = assignmentOf(people, splitBalanced(people, groups));
        const both = (a: readonly number[]) => fair(counts(people, a, groups, keys.gender), groups) && fair(counts(people, a, groups, keys.age), groups);
        if (achievable(people, groups, both)) expect(both(ours)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a room of one village and one sector is always balanced by gender and by age group', () => {
    const room = fc
      .array(fc.record({ gender: fc.constantFrom('female', 'male', 'other'), ageGroup: fc.constantFrom('18_35', '36_59', '60_plus') }), { maxLength: 60 })
      .map((rows) => rows.map((row, i): SplitPerson => ({ id: `p${String(i).padStart(3, '0')}`, name: `${row.gender === 'male' ? 'นาย' : 'นาง'}${i}`, sector: 'citizens', village: '3', ...row })));
    fc.assert(
      fc.property(room, fc.integer({ min: 1, max: 8 }), (people, groups) => {
        const ours = assignmentOf(people, splitBalanced(people, groups));
        expect(spreadOk(counts(people, ours, groups, keys.gender))).toBe(true);
        expect(fair(counts(people, ours, groups, keys.age), groups)).toBe(true);
      }),
      RUNS,
    );
  });
});
