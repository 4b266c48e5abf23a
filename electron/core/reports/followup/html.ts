/** The follow-up table and the lessons in the HTML minutes (the PDF's source). */
import type { MinutesModel } from '../../../../shared/contract';
import type { Formatter } from '../html/format';
import { FOLLOW_UP_COLUMNS, followUpIntro, followUpRows, lessonGroups } from './rows';
import { FOLLOW_UP_MINUTES_TH as TH } from './strings-th';

type FollowUp = NonNullable<MinutesModel['followUp']>;

export function followUpTableHtml(f: FollowUp, fmt: Formatter): string {
  // The heading and its lines stay with the table's first rows.
  const intro = `<div style="break-after: avoid">${followUpIntro(f, fmt.plain)
    .map((l) => `<p class="body">${fmt.text(l)}</p>`)
    .join('')}</div>`;
  if (f.view.projects.length === 0) return `<h3>${TH.table}</h3>${intro}<p class="note">${TH.noProjects}</p>`;
  const cols = `<colgroup>${FOLLOW_UP_COLUMNS.map((c) => `<col style="width:${(c.share * 100).toFixed(1)}%">`).join('')}</colgroup>`;
  const head = `<thead><tr>${FOLLOW_UP_COLUMNS.map((c) => `<th>${c.header}</th>`).join('')}</tr></thead>`;
  const cls = (i: number) => (FOLLOW_UP_COLUMNS[i]?.align === 'right' ? ' class="n"' : FOLLOW_UP_COLUMNS[i]?.align === 'center' ? ' class="c"' : '');
  const body = followUpRows(f, fmt.plain)
    .map((row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${fmt.text(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<h3>${TH.table}</h3>${intro}<table class="plan followup">${cols}${head}<tbody>${body}</tbody></table>`;
}

export function lessonsHtml(f: FollowUp, fmt: Formatter): string {
  const groups = lessonGroups(f);
  if (groups.length === 0) return '';
  return (
    `<section class="item"><h2>${TH.lessons}</h2>` +
    groups.map((g) => `<h3>${g.heading}</h3>${g.lines.map((l, i) => `<p class="body">${fmt.text(`${i + 1}. ${l}`)}</p>`).join('')}`).join('') +
    '</section>'
  );
}
