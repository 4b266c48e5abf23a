import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../../shared/contract/representation';
import { type EquityPerson, type TimedSpeech, equity, gini } from '../../../shared/domain/equity';
import { AGE_GROUPS, DISADVANTAGED_GROUPS, GENDERS, ROLES, SECTORS } from '../../../shared/domain/vocabulary';

const RUNS = { numRuns: 300 };

const personArb = (id: string): fc.Arbitrary<EquityPerson> =>
  fc.record({
    id: fc.constant(id),
    sector: fc.option(fc.constantFrom(...SECTORS)),
    gender: fc.constantFrom(...GENDERS),
    village: fc.option(fc.constantFrom('1', '2', '3', 'บ้านหนองบัว')),
    ageGroup: fc.option(fc.constantFrom(...AGE_GROUPS)),
    role: fc.option(fc.constantFrom(...ROLES)),
    sensitive: fc.option(
      fc.record({
        disadvantagedGroups: fc.uniqueArray(fc.constantFrom(...DISADVANTAGED_GROUPS), { minLength: 1 }),
        consentGivenAt: fc.constant('2026-11-23T02:00:00.000Z'),
        consentRecordedBy: fc.constant('ผู้จด'),
      }),
    ),
  });

/** A room of up to 25 people (some not checked in) and up to 40 speeches, some unattributed. */
const forumArb = fc.integer({ min: 0, max: 25 }).chain((n) =>
  fc
    .tuple(...Array.from({ length: n }, (_, i) => personArb(`p${String(i).padStart(2, '0')}`)))
    .chain((people) =>
      fc.record({
        attendees: fc.subarray(people),
        speeches: fc.array(
          fc.record({
            person: people.length > 0 ? fc.option(fc.constantFrom(...people), { freq: 4 }) : fc.constant(null),
            durationMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 * 60_000 })),
          }),
          { maxLength: 40 },
        ),
      }),
    ),
);

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('equity: properties', () => {
  it('Gini is in [0, 1) and equals the pairwise definition Σ Σ |xi − xj| / (2 n² μ)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 60 }), (xs) => {
        const g = gini(xs);
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThan(1);
        const total = sum(xs);
        let pairs = 0;
        for (const x of xs) for (const y of xs) pairs += Math.abs(x - y);
        expect(g).toBeCloseTo(total === 0 ? 0 : pairs / (2 * xs.length * total), 12);
      }),
      RUNS,
    );
  });

  it('shares of attendees, speeches and time each sum to 1 per single-valued dimension', () => {
    fc.assert(
      fc.property(forumArb, ({ attendees, speeches }) => {
        const f = equity(attendees, speeches);
        expect(f.gini).toBeGreaterThanOrEqual(0);
        expect(f.gini).toBeLessThan(1);
        for (const dimension of DIMENSIONS.filter((d) => d !== 'disadvantagedGroup')) {
          const shares = f.byDimension[dimension];
          expect(sum(shares.map((s) => s.attendees))).toBe(f.attendees);
          expect(sum(shares.map((s) => s.speeches))).toBe(f.speeches);
          expect(sum(shares.map((s) => s.ms))).toBe(f.totalMs);
          if (f.attendees > 0) expect(sum(shares.map((s) => s.attendeeShare))).toBeCloseTo(1, 12);
          if (f.speeches > 0) expect(sum(shares.map((s) => s.speechShare))).toBeCloseTo(1, 12);
          if (f.totalMs > 0) expect(sum(shares.map((s) => s.timeShare))).toBeCloseTo(1, 12);
          for (const s of shares) expect(s.gap).toBeCloseTo(s.timeShare - s.attendeeShare, 15);
        }
      }),
      RUNS,
    );
  });

  it('every ms is someone’s or unattributed; top shares grow from three to all and never pass 1', () => {
    fc.assert(
      fc.property(forumArb, ({ attendees, speeches }) => {
        const f = equity(attendees, speeches);
        expect(sum(f.speakers.map((s) => s.ms)) + f.unattributed.ms).toBe(f.totalMs);
        expect(sum(f.speakers.map((s) => s.speeches)) + f.unattributed.speeches).toBe(f.speeches);
        expect(f.topThree.share).toBeLessThanOrEqual(1 + 1e-12);
        expect(f.topThree.people).toBe(Math.min(3, f.speakers.length));
        expect(f.speakers.map((s) => s.ms)).toEqual([...f.speakers.map((s) => s.ms)].sort((a, b) => b - a));
      }),
      RUNS,
    );
  });

  it('the order of speeches and of attendees changes nothing', () => {
    fc.assert(
      fc.property(
        forumArb.chain((forum) =>
          fc.record({
            forum: fc.constant(forum),
            attendees: fc.shuffledSubarray(forum.attendees, { minLength: forum.attendees.length }),
            speeches: fc.shuffledSubarray(forum.speeches, { minLength: forum.speeches.length }),
          }),
        ),
        ({ forum, attendees, speeches }) => {
          expect(equity(attendees, speeches as TimedSpeech[])).toEqual(equity(forum.attendees, forum.speeches));
        },
      ),
      RUNS,
    );
  });
});
