/**
 * Thai fiscal years (ปีงบประมาณ) and the development plan's levels, as pure functions.
 *
 * The Thai government's fiscal year runs from 1 October to 30 September and is numbered by the
 * Buddhist-Era year in which it ends: 1 Oct 2026 – 30 Sep 2027 is ปีงบประมาณ 2570
 * (2027 + 543). Dates are ISO calendar days ('YYYY-MM-DD'), never shifted by a time zone.
 */
import type { ProjectType, RequestedFromLevel } from './project-vocabulary';
import type { PlanLevel } from './follow-through-vocabulary';
import { BE_OFFSET } from './buddhist-date';

/** The fiscal year (พ.ศ.) a day falls in. */
export function fiscalYearOf(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number);
  if (!y || !m) throw new Error(`not an ISO date: ${isoDate}`);
  return (m >= 10 ? y + 1 : y) + BE_OFFSET;
}

/** The first and last day of a fiscal year (พ.ศ.). */
export function fiscalYearSpan(fiscalYear: number): { start: string; end: string } {
  const endCe = fiscalYear - BE_OFFSET;
  return { start: `${endCe - 1}-10-01`, end: `${endCe}-09-30` };
}

/** Consecutive fiscal years from `first` to `last` (inclusive). */
export function fiscalYearsBetween(first: number, last: number): number[] {
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

/**
 * The level a project is asked of, as the development-plan list groups projects: ทำเอง is the
 * community itself; joint and requested projects go to the level named in requestedFrom
 * (อบต./เทศบาล is the sub-district).
 */
export function planLevelOf(project: { type: ProjectType; requestedFrom: RequestedFromLevel | null }): PlanLevel {
  if (project.type === 'self' || project.requestedFrom === null) return 'community';
  switch (project.requestedFrom) {
    case 'local_government':
      return 'subdistrict';
    case 'district':
      return 'district';
    case 'province':
      return 'province';
    case 'agency':
      return 'agency';
  }
}
