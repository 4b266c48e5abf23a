import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/contract';
import { bahtToSatang, formatSatang, summariseActionPlan } from '../../../shared/domain/action-plan';
import { MAX_BUDGET_SATANG, projectRuleProblems } from '../../../shared/domain/project-rules';

type P = Pick<Project, 'type' | 'requestedFrom' | 'budgetSatang' | 'status'>;

describe('summariseActionPlan', () => {
  it('totals budgets by type and by level, leaving cancelled projects out of the money but not out of the status counts', () => {
    const plan: P[] = [
      { type: 'self', requestedFrom: null, budgetSatang: 1_500_000, status: 'proposed' }, // ฿15,000
      { type: 'joint', requestedFrom: 'local_government', budgetSatang: 25_000_050, status: 'approved' }, // ฿250,000.50
      { type: 'requested', requestedFrom: 'district', budgetSatang: null, status: 'proposed' }, // not yet costed
      { type: 'requested', requestedFrom: 'province', budgetSatang: 120_000_000, status: 'in_progress' }, // ฿1,200,000
      { type: 'requested', requestedFrom: 'agency', budgetSatang: 30_000_000, status: 'done' }, // ฿300,000
      { type: 'joint', requestedFrom: 'local_government', budgetSatang: 4_000_000, status: 'cancelled' }, // left out
      { type: 'self', requestedFrom: null, budgetSatang: 0, status: 'done' }, // costed at nothing: not "without budget"
    ];
    expect(summariseActionPlan(plan)).toEqual({
      projectCount: 7,
      // 1,500,000 + 25,000,050 + 120,000,000 + 30,000,000
      budgetSatang: 176_500_050,
      withoutBudget: 1,
      byType: {
        self: { count: 2, budgetSatang: 1_500_000 },
        joint: { count: 1, budgetSatang: 25_000_050 },
        requested: { count: 3, budgetSatang: 150_000_000 },
      },
      byRequestedFrom: {
        local_government: { count: 1, budgetSatang: 25_000_050 },
        district: { count: 1, budgetSatang: 0 },
        province: { count: 1, budgetSatang: 120_000_000 },
        agency: { count: 1, budgetSatang: 30_000_000 },
      },
      byStatus: { proposed: 2, approved: 1, in_progress: 1, done: 2, cancelled: 1 },
    });
  });

  it('an empty plan has every bucket at zero, so the UI never meets a missing key', () => {
    const s = summariseActionPlan([]);
    expect(s.projectCount).toBe(0);
    expect(s.budgetSatang).toBe(0);
    expect(Object.values(s.byType)).toEqual([0, 0, 0].map(() => ({ count: 0, budgetSatang: 0 })));
    expect(Object.keys(s.byRequestedFrom)).toEqual(['local_government', 'district', 'province', 'agency']);
    expect(s.byStatus).toEqual({ proposed: 0, approved: 0, in_progress: 0, done: 0, cancelled: 0 });
  });

  it('the type totals and the status counts each add up to the whole (property)', () => {
    const project = fc.record({
      type: fc.constantFrom('self', 'joint', 'requested'),
      level: fc.constantFrom('local_government', 'district', 'province', 'agency'),
      budgetSatang: fc.option(fc.integer({ min: 0, max: MAX_BUDGET_SATANG }), { nil: null }),
      status: fc.constantFrom('proposed', 'approved', 'in_progress', 'done', 'cancelled'),
    });
    fc.assert(
      fc.property(fc.array(project, { maxLength: 40 }), (raw) => {
        const plan: P[] = raw.map((r) => ({ ...r, requestedFrom: r.type === 'self' ? null : r.level }));
        const s = summariseActionPlan(plan);
        const byType = Object.values(s.byType);
        expect(byType.reduce((a, b) => a + b.budgetSatang, 0)).toBe(s.budgetSatang);
        expect(Object.values(s.byStatus).reduce((a, b) => a + b, 0)).toBe(plan.length);
        const levels = Object.values(s.byRequestedFrom).reduce((a, b) => a + b.budgetSatang, 0);
        expect(levels).toBe(s.byType.joint.budgetSatang + s.byType.requested.budgetSatang);
        expect(Number.isSafeInteger(s.budgetSatang)).toBe(true);
      }),
    );
  });
});

describe('projectRuleProblems', () => {
  const base = { type: 'self', requestedFrom: null, requestedFromName: null, startDate: null, endDate: null } as const;

  it('accepts a self project with no level, and a requested one with a level', () => {
    expect(projectRuleProblems(base)).toEqual([]);
    expect(projectRuleProblems({ ...base, type: 'requested', requestedFrom: 'district' })).toEqual([]);
    expect(projectRuleProblems({ ...base, type: 'joint', requestedFrom: 'local_government', requestedFromName: 'อบต.หนองบัว' })).toEqual([]);
    expect(projectRuleProblems({ ...base, startDate: '2027-01-01', endDate: '2027-01-01' })).toEqual([]);
  });

  it.each([
    ['requested without a level', { type: 'requested' }, 'requestedFrom', /requested project needs requestedFrom/],
    ['joint without a level', { type: 'joint' }, 'requestedFrom', /joint project needs requestedFrom/],
    ['self with a level', { requestedFrom: 'province' }, 'requestedFrom', /self project .* must be null/],
    ['an agency without its name', { type: 'requested', requestedFrom: 'agency' }, 'requestedFromName', /agency's name/],
    ['a name without a level', { requestedFromName: 'อำเภอเมือง' }, 'requestedFromName', /needs requestedFrom/],
    ['an end a day before the start', { startDate: '2027-03-01', endDate: '2027-02-28' }, 'endDate', /endDate 2027-02-28 is before startDate 2027-03-01/],
  ] as const)('refuses %s', (_what, change, path, message) => {
    const problems = projectRuleProblems({ ...base, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toMatch(message);
  });
});

describe('bahtToSatang and formatSatang', () => {
  it.each([
    ['12500', 1_250_000],
    ['12,500.5', 1_250_050],
    ['12,500.50', 1_250_050],
    ['1.15', 115], // parseFloat('1.15') * 100 is 114.99999999999999
    ['0.07', 7],
    ['๑๒,๕๐๐', 1_250_000],
    ['฿ 3,000', 300_000],
    ['3000 บาท', 300_000],
    ['0', 0],
    ['10,000,000,000', MAX_BUDGET_SATANG],
  ])('%j is %d satang', (text, satang) => {
    expect(bahtToSatang(text)).toBe(satang);
  });

  it.each(['', '-5', '1.005', '12,50', '1,2345', 'abc', '1e3', '10,000,000,000.01', '99999999999999999999'])('%j is not an amount', (text) => {
    expect(bahtToSatang(text)).toBeNull();
  });

  it('formats with thousands separators and two decimals, and reads back what it wrote', () => {
    expect(formatSatang(1_250_050)).toBe('12,500.50');
    expect(formatSatang(7)).toBe('0.07');
    expect(formatSatang(100_000_000)).toBe('1,000,000.00');
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_BUDGET_SATANG }), (s) => bahtToSatang(formatSatang(s)) === s));
  });
});
