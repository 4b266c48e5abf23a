/**
 * Agenda item 3 of a follow-up forum (เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว), filled when the
 * forum is created: which forums it follows up, their resolutions, and their projects with the
 * status each has at that moment (the agenda sent out before the meeting). The minutes print the
 * follow-up table as it stands on the forum's day (reports/followup/).
 */
import type { FollowUpView } from '../../../shared/contract';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { FOLLOW_UP_TH as TH } from './phrases-th';

export function itemThreeText(view: FollowUpView): string {
  const earlier = view.forums.filter((f) => !f.current);
  const lines: string[] = [];
  const forumLine = (f: FollowUpView['forums'][number]) => [f.title, f.number ? TH.session(f.number) : null, formatDate(f.date, 'th')].filter(Boolean).join(' ');
  lines.push(`${TH.from}: ${earlier.map(forumLine).join('; ')}`);
  lines.push(TH.resolutions);
  if (view.resolutions.length === 0) lines.push(TH.none);
  view.resolutions.forEach((r, i) => {
    lines.push(`${i + 1}. ${r.text.replace(/\s*\n\s*/g, ' ')}`);
  });
  lines.push(TH.projects);
  const projects = view.projects.filter((p) => p.forumId !== view.forumId);
  if (projects.length === 0) lines.push(TH.none);
  projects.forEach((p, i) => {
    const status = p.status === null ? TH.noUpdate : [TH.status[p.status], p.progressPercent === null ? null : `(${TH.percent(p.progressPercent)})`].filter(Boolean).join(' ');
    lines.push(`${i + 1}. ${p.title} – ${status}${p.reason ? `: ${p.reason}` : ''}`);
  });
  return lines.join('\n');
}
