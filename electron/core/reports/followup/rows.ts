/**
 * The follow-up table and the lessons as plain text rows, shared by the HTML (→ PDF) and DOCX
 * minutes so both print the same words and figures.
 */
import type { MinutesModel } from '../../../../shared/contract';
import { LESSON_KINDS } from '../../../../shared/domain/follow-through-vocabulary';
import type { PlainFormatter } from '../text/format';
import { FOLLOW_UP_MINUTES_TH as TH } from './strings-th';

type FollowUp = NonNullable<MinutesModel['followUp']>;

export const FOLLOW_UP_COLUMNS = [
  { header: TH.colNumber, share: 0.05, align: 'center' as const },
  { header: TH.colProject, share: 0.21 },
  { header: TH.colStatus, share: 0.17 },
  { header: TH.colProgress, share: 0.09, align: 'right' as const },
  { header: TH.colBudget, share: 0.12, align: 'right' as const },
  { header: TH.colCommitted, share: 0.11, align: 'right' as const },
  { header: TH.colSpent, share: 0.11, align: 'right' as const },
  { header: TH.colNote, share: 0.14 },
];

export function followUpRows(f: FollowUp, fmt: PlainFormatter): string[][] {
  const rows = f.view.projects.map((p, i) => [
    fmt.num(i + 1),
    p.title,
    p.status === null ? TH.noUpdate : TH.status[p.status],
    p.progressPercent === null ? '' : fmt.num(p.progressPercent),
    p.budgetSatang === null ? '' : fmt.baht(p.budgetSatang),
    fmt.baht(p.committedSatang),
    fmt.baht(p.spentSatang),
    [p.overdue ? TH.overdue : null, p.reason].filter(Boolean).join(': '),
  ]);
  const t = f.view.projects;
  rows.push([
    '',
    TH.total,
    '',
    '',
    fmt.baht(t.reduce((s, p) => s + (p.budgetSatang ?? 0), 0)),
    fmt.baht(t.reduce((s, p) => s + p.committedSatang, 0)),
    fmt.baht(t.reduce((s, p) => s + p.spentSatang, 0)),
    '',
  ]);
  return rows;
}

/** "โครงการตามแผนของ เวที ก, เวที ข" and "ข้อมูล ณ วันที่ …". */
export function followUpIntro(f: FollowUp, fmt: PlainFormatter): string[] {
  const earlier = f.view.forums.filter((x) => !x.current).map((x) => x.title);
  return [...(earlier.length > 0 ? [TH.from(earlier.join(', '))] : []), TH.asOf(fmt.date(f.view.asOf ?? f.view.today))];
}

/** Lessons grouped by kind, each "โครงการ …: text" or the text alone for the plan as a whole. */
export function lessonGroups(f: FollowUp): { heading: string; lines: string[] }[] {
  return LESSON_KINDS.map((kind) => ({
    heading: TH.lessonKinds[kind],
    lines: f.lessons.filter((l) => l.kind === kind).map((l) => (l.projectTitle ? `${l.projectTitle}: ${l.text}` : l.text)),
  })).filter((g) => g.lines.length > 0);
}
