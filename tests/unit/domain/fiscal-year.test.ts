import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalYearOf, fiscalYearSpan, fiscalYearsBetween, planLevelOf } from '../../../shared/domain/fiscal-year';

describe('Thai fiscal years (1 October – 30 September, numbered in พ.ศ. by the year they end)', () => {
  it('puts the days around the turn of the year in the right year', () => {
    expect(fiscalYearOf('2026-09-30')).toBe(2569);
    expect(fiscalYearOf('2026-10-01')).toBe(2570);
    expect(fiscalYearOf('2026-12-31')).toBe(2570);
    expect(fiscalYearOf('2027-01-15')).toBe(2570);
    expect(fiscalYearOf('2027-09-30')).toBe(2570);
    expect(fiscalYearOf('2027-10-01')).toBe(2571);
    expect(fiscalYearSpan(2570)).toEqual({ start: '2026-10-01', end: '2027-09-30' });
    expect(fiscalYearsBetween(2570, 2574)).toEqual([2570, 2571, 2572, 2573, 2574]);
  });

  it('every day falls inside the span of its own fiscal year', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const span = fiscalYearSpan(fiscalYearOf(iso));
        return span.start <= iso && iso <= span.end;
      }),
    );
  });

  it('groups projects by the level they are asked of', () => {
    expect(planLevelOf({ type: 'self', requestedFrom: null })).toBe('community');
    expect(planLevelOf({ type: 'joint', requestedFrom: 'local_government' })).toBe('subdistrict');
    expect(planLevelOf({ type: 'requested', requestedFrom: 'district' })).toBe('district');
    expect(planLevelOf({ type: 'requested', requestedFrom: 'province' })).toBe('province');
    expect(planLevelOf({ type: 'joint', requestedFrom: 'agency' })).toBe('agency');
  });
});
