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
