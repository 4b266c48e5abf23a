/**
 * The action plan's totals and money, as pure functions shared by the core and the UI (the
 * rules a project's fields must follow are in project-rules.ts, which the contract uses).
 *
 * Money: budgets are whole satang (1 baht = 100 satang) in a JS integer, never baht as a float,
 * so 0.1 + 0.2 never shows up in a budget total. A project's budget is at most
 * MAX_BUDGET_SATANG (project-rules.ts); sums of up to 9,000 such projects stay exact (below 2^53).
 *
 * Summary rules (`summariseActionPlan`):
 * - `byStatus` counts every project, cancelled ones included.
 * - Everything else (total, `byType`, `byRequestedFrom`, `withoutBudget`) leaves cancelled
 *   projects out: the plan's money is what is still meant to be spent.
 * - A project without a budget (null) counts in its type and level with 0 baht, and in
 *   `withoutBudget`, so "฿0" is never mistaken for "not yet costed".
 * - `byRequestedFrom` holds the joint and requested projects by the level they are asked of;
 *   self projects have no level and appear only in `byType.self`.
 */
import type { ActionPlanSummary, BudgetBucket, Project } from '../contract';
import { MAX_BUDGET_SATANG } from './project-rules';
import { PROJECT_STATUSES, PROJECT_TYPES, REQUESTED_FROM_LEVELS } from './project-vocabulary';

type Summarised = Pick<Project, 'type' | 'requestedFrom' | 'budgetSatang' | 'status'>;

const emptyBuckets = <K extends string>(keys: readonly K[]): Record<K, BudgetBucket> =>
  Object.fromEntries(keys.map((k) => [k, { count: 0, budgetSatang: 0 }])) as Record<K, BudgetBucket>;

export function summariseActionPlan(projects: readonly Summarised[]): ActionPlanSummary {
  const summary: ActionPlanSummary = {
    projectCount: projects.length,
    budgetSatang: 0,
    withoutBudget: 0,
    byType: emptyBuckets(PROJECT_TYPES),
    byRequestedFrom: emptyBuckets(REQUESTED_FROM_LEVELS),
    byStatus: Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0])) as ActionPlanSummary['byStatus'],
  };
  for (const p of projects) {
    summary.byStatus[p.status] += 1;
    if (p.status === 'cancelled') continue;
    const budget = p.budgetSatang ?? 0;
    if (p.budgetSatang === null) summary.withoutBudget += 1;
    summary.budgetSatang += budget;
    summary.byType[p.type].count += 1;
    summary.byType[p.type].budgetSatang += budget;
    if (p.requestedFrom !== null) {
      summary.byRequestedFrom[p.requestedFrom].count += 1;
      summary.byRequestedFrom[p.requestedFrom].budgetSatang += budget;
    }
  }
  return summary;
}

const THAI_DIGITS = /[๐-๙]/g;
const BAHT_TEXT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * A baht amount as typed ("12500", "12,500.5", "๑๒,๕๐๐", "฿ 3,000") to whole satang, by string
 * arithmetic rather than `parseFloat(x) * 100` (which turns 1.15 into 114.99999999999999).
 * Null when it is not an amount: negative, more than two decimals, misplaced commas, too large.
 */
export function bahtToSatang(text: string): number | null {
  const cleaned = text
    .replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/^\s*฿?\s*/, '')
    .replace(/\s*(บาท)?\s*$/, '');
  const match = BAHT_TEXT.exec(cleaned);
  if (!match) return null;
  const [whole = '0', fraction = ''] = cleaned.replace(/,/g, '').split('.');
  // Digits beyond the limit's length cannot be a valid amount; checked before Number() loses precision.
  if (whole.replace(/^0+/, '').length > 13) return null;
  const satang = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return satang <= MAX_BUDGET_SATANG ? satang : null;
}

/** Whole satang as baht with thousands separators and two decimals: 1250050 → "12,500.50". */
export function formatSatang(satang: number): string {
  const whole = Math.trunc(satang / 100);
  const rest = String(satang % 100).padStart(2, '0');
  return `${String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${rest}`;
}
