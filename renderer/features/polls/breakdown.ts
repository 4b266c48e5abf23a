/**
 * Show-of-hands breakdowns as the editor holds them (rows of typed counts) and as the contract
 * takes them (group → option → hands). Groups of sector, gender and age are the register's codes
 * (shown translated); villages are names as typed. Mismatches with the totals are found here for
 * the live hint; the host refuses them anyway.
 */
import { useTranslation } from 'react-i18next';
import type { BREAKDOWN_BY, PollCounts } from '../../../shared/contract';
import { AGE_GROUPS, GENDERS, SECTORS } from '../../../shared/domain/vocabulary';
import { parseCount } from '../../ui/digits';

export type BreakdownBy = (typeof BREAKDOWN_BY)[number];

export interface BreakdownRow {
  key: number;
  group: string;
  counts: Record<string, string>;
}

export interface BreakdownValues {
  by: BreakdownBy;
  rows: BreakdownRow[];
}

const FIXED: Partial<Record<BreakdownBy, readonly string[]>> = { sector: SECTORS, gender: GENDERS, age_group: AGE_GROUPS };
const VOCAB: Partial<Record<BreakdownBy, 'sector' | 'gender' | 'ageGroup'>> = { sector: 'sector', gender: 'gender', age_group: 'ageGroup' };

let nextKey = 1;
export const breakdownRow = (group = '', counts: Record<string, string> = {}): BreakdownRow => ({ key: nextKey++, group, counts });

export const isFixed = (by: BreakdownBy) => FIXED[by] !== undefined;

export function newBreakdown(by: BreakdownBy): BreakdownValues {
  return { by, rows: (FIXED[by] ?? ['']).map((g) => breakdownRow(g)) };
}

export function breakdownsFromStored(stored: PollCounts['hands']): BreakdownValues[] {
  return (stored?.breakdowns ?? []).map((b) => {
    const by = b.by as BreakdownBy;
    const typed = Object.entries(b.groups).map(([group, counts]) => breakdownRow(group, Object.fromEntries(Object.entries(counts).map(([o, n]) => [o, String(n)]))));
    const missing = (FIXED[by] ?? []).filter((g) => !(g in b.groups)).map((g) => breakdownRow(g));
    return { by, rows: [...typed, ...missing] };
  });
}

const countOf = (text: string | undefined) => parseCount(text || '0');

/** The rows that say something: a group name and at least one hand. */
export function toContract(b: BreakdownValues, optionIds: string[]) {
  const groups: Record<string, Record<string, number>> = {};
  for (const row of b.rows) {
    const name = row.group.trim();
    const counts = Object.fromEntries(optionIds.map((id) => [id, countOf(row.counts[id]) ?? 0]));
    if (name && Object.values(counts).some((n) => n > 0)) groups[name] = counts;
  }
  return { by: b.by, groups };
}

export const columnSum = (b: BreakdownValues, optionId: string) => b.rows.reduce((sum, r) => sum + (countOf(r.counts[optionId]) ?? 0), 0);

export const hasInvalidCell = (b: BreakdownValues) => b.rows.some((r) => Object.values(r.counts).some((v) => countOf(v) === null));

export function useGroupLabel() {
  const { t } = useTranslation();
  return (by: string, group: string): string => {
    const vocab = VOCAB[by as BreakdownBy];
    return vocab && (FIXED[by as BreakdownBy] ?? []).includes(group) ? t(`vocab.${vocab}.${group}` as never) : group;
  };
}
