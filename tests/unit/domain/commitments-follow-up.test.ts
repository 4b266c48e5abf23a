import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundingOf } from '../../../shared/domain/commitments';
import { isOverdue, latestProgress, latestUpdate, spentToDate } from '../../../shared/domain/follow-up';

describe('commitments against a budget', () => {
  it('adds money, in-kind and people values, counts person-days, and gives the gap (hand-computed)', () => {
    const f = fundingOf(100_000_00, [
      { kind: 'money', amountSatang: 60_000_00, people: null, days: null },
      { kind: 'in_kind', amountSatang: 15_000_50, people: null, days: null },
      { kind: 'people', amountSatang: null, people: 4, days: 5 },
      { kind: 'people', amountSatang: 9_000_00, people: 10, days: 3 },
    ]);
    expect(f).toEqual({
      budgetSatang: 100_000_00,
      moneySatang: 60_000_00,
      inKindSatang: 15_000_50,
      peopleSatang: 9_000_00,
      personDays: 50,
      committedSatang: 84_000_50,
      gapSatang: 15_999_50,
    });
    expect(fundingOf(null, [{ kind: 'money', amountSatang: 1, people: null, days: null }]).gapSatang).toBeNull();
    expect(fundingOf(10, [{ kind: 'money', amountSatang: 25, people: null, days: null }]).gapSatang).toBe(-15);
  });

  it('committed + gap is always the budget, in whole satang', () => {
    const commitment = fc.record({
      kind: fc.constantFrom('money' as const, 'in_kind' as const, 'people' as const),
      amountSatang: fc.option(fc.integer({ min: 0, max: 1e11 }), { nil: null }),
      people: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
      days: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(commitment, { maxLength: 30 }), (budget, list) => {
        const f = fundingOf(budget, list);
        return f.committedSatang + (f.gapSatang ?? 0) === budget && Number.isInteger(f.committedSatang);
      }),
    );
  });
});

describe('a project followed up', () => {
  const u = (reportedOn: string, createdAt: string, status: 'in_progress' | 'done' | 'delayed', progressPercent: number | null, spending: { source: string; amountSatang: number }[] = []) => ({
    reportedOn,
    createdAt,
    status,
    progressPercent,
    spending,
  });

  it('takes the latest report as current (the later entry on the same day), and the latest progress given', () => {
    const list = [u('2027-06-01', '2027-06-01T03:00:00Z', 'delayed', null), u('2027-05-01', '2027-06-01T04:00:00Z', 'in_progress', 30), u('2027-06-01', '2027-06-01T02:00:00Z', 'in_progress', 50)];
    expect(latestUpdate(list)?.status).toBe('delayed');
    expect(latestProgress(list)).toBe(50);
    expect(latestUpdate([])).toBeNull();
  });

  it('adds spending by source in report order', () => {
    expect(
      spentToDate([u('2027-06-01', 'b', 'done', 100, [{ source: 'อบต.', amountSatang: 5 }]), u('2027-05-01', 'a', 'in_progress', 10, [{ source: 'กองทุน', amountSatang: 3 }, { source: 'อบต.', amountSatang: 2 }])]),
    ).toEqual({ totalSatang: 10, bySource: [{ source: 'กองทุน', amountSatang: 3 }, { source: 'อบต.', amountSatang: 7 }] });
  });

  it('is overdue after its end date unless done or dropped', () => {
    expect(isOverdue('2027-04-30', 'in_progress', '2027-05-01')).toBe(true);
    expect(isOverdue('2027-04-30', null, '2027-05-01')).toBe(true);
    expect(isOverdue('2027-04-30', 'done', '2027-05-01')).toBe(false);
    expect(isOverdue('2027-04-30', 'dropped', '2027-05-01')).toBe(false);
    expect(isOverdue('2027-04-30', 'delayed', '2027-04-30')).toBe(false);
    expect(isOverdue(null, 'delayed', '2027-05-01')).toBe(false);
  });
});
