/** The follow-up table and the lessons in the DOCX minutes, from the same rows as the HTML. */
import type { FileChild } from 'docx';
import type { MinutesModel } from '../../../../shared/contract';
import type { DocBlocks } from '../docx/blocks';
import type { PlainFormatter } from '../text/format';
import { FOLLOW_UP_COLUMNS, followUpIntro, followUpRows, lessonGroups } from './rows';
import { FOLLOW_UP_MINUTES_TH as TH } from './strings-th';

type FollowUp = NonNullable<MinutesModel['followUp']>;

export function followUpTableDocx(f: FollowUp, b: DocBlocks, fmt: PlainFormatter, level = 0): FileChild[] {
  const intro = followUpIntro(f, fmt).flatMap((l) => b.body(l, level));
  if (f.view.projects.length === 0) return [b.heading(TH.table, level), ...intro, ...b.body(TH.noProjects, level)];
  return [b.heading(TH.table, level), ...intro, b.table(FOLLOW_UP_COLUMNS, followUpRows(f, fmt))];
}

export function lessonsDocx(f: FollowUp, b: DocBlocks): FileChild[] {
  const groups = lessonGroups(f);
  if (groups.length === 0) return [];
  return [b.heading(TH.lessons), ...groups.flatMap((g) => [b.heading(g.heading), ...g.lines.flatMap((l, i) => b.body(`${i + 1}. ${l}`))])];
}
