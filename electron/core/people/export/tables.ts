/**
 * A person's export as named tables in Thai, dates in the Buddhist Era and times in the
 * forum's zone: the XLSX has a sheet per table, the PDF a section per table, so both say the
 * same. Empty tables are kept (the PDF says "ไม่มี"): the person sees what was looked at.
 */
import type { PersonExport } from '../../../../shared/contract';
import { formatDate, formatDateTime } from '../../../../shared/domain/buddhist-date';
import { labelsIn } from '../../../../shared/domain/labels';
import { fullName } from '../../../../shared/domain/thai-text';
import { type Cell, type ForumTable, col } from '../../reports/tables/table';
import { FORUM_TIME_ZONE } from '../../reports/times';
import { PERSON_EXPORT_TH as P } from './strings-th';

const when = (iso: string | null) => (iso === null ? null : formatDateTime(iso, 'th', FORUM_TIME_ZONE));
const day = (iso: string) => formatDate(iso, 'th');
const V = labelsIn('th');

const table = (name: string, title: string, columns: ForumTable['columns'], rows: Cell[][]): ForumTable => ({ name, title, columns, rows });
const forumCols = [col(P.col.forum, 'text', 36), col(P.col.forumDate, 'text', 16)];
const forumCells = (r: { forumTitle: string; forumDate: string }): Cell[] => [r.forumTitle, day(r.forumDate)];

export function personTables(model: PersonExport): ForumTable[] {
  const p = model.person;
  const f = P.field;
  const personRows: Cell[][] = [
    [f.titlePrefix, p.titlePrefix],
    [f.firstName, p.firstName],
    [f.lastName, p.lastName],
    [f.gender, V.gender[p.gender]],
    [f.ageGroup, p.ageGroup ? V.ageGroup[p.ageGroup] : null],
    [f.phone, p.phone],
    [f.organisation, p.organisation],
    [f.position, p.position],
    [f.village, p.village],
    [f.sector, p.sector ? V.sector[p.sector] : null],
    [f.role, p.role ? V.role[p.role] : null],
    [f.disadvantagedGroups, p.sensitive ? p.sensitive.disadvantagedGroups.map((g) => V.disadvantagedGroup[g]).join(', ') : null],
    [f.consentGivenAt, when(p.sensitive?.consentGivenAt ?? null)],
    [f.consentRecordedBy, p.sensitive?.consentRecordedBy ?? null],
    [f.createdAt, when(p.createdAt)],
    [f.updatedAt, when(p.updatedAt)],
  ];
  const c = P.col;
  return [
    table('person', P.sheets.person, [col(c.item, 'text', 30), col(c.value, 'text', 50)], personRows),
    table(
      'attendance',
      P.sheets.attendance,
      [...forumCols, col(c.badge, 'integer', 10), col(c.registeredAt, 'text', 22), col(c.checkedInAt, 'text', 22)],
      model.attendance.map((a) => [...forumCells(a), a.badgeNumber, when(a.registeredAt), when(a.checkedInAt)]),
    ),
    table(
      'notes',
      P.sheets.notes,
      [...forumCols, col(c.agendaItem, 'text', 30), col(c.kind, 'text', 12), col(c.text, 'text', 60), col(c.at, 'text', 22), col(c.status, 'text', 18)],
      model.notes.map((n) => [
        ...forumCells(n),
        n.agendaItemTitle,
        V.noteKind[n.kind],
        n.text,
        when(n.createdAt),
        n.deletedAt ? P.noteState.deleted : n.editedAt ? P.noteState.edited : P.noteState.kept,
      ]),
    ),
    table(
      'speeches',
      P.sheets.speeches,
      [...forumCols, col(c.agendaItem, 'text', 30), col(c.startedAt, 'text', 22), col(c.endedAt, 'text', 22), col(c.minutes, 'number', 10)],
      model.speeches.map((s) => [
        ...forumCells(s),
        s.agendaItemTitle,
        when(s.startedAt),
        when(s.endedAt) ?? P.running,
        s.durationMs === null ? null : Math.round(s.durationMs / 600) / 100,
      ]),
    ),
    table(
      'issues',
      P.sheets.issues,
      [...forumCols, col(c.issue, 'text', 36), col(c.description, 'text', 50), col(c.at, 'text', 22)],
      model.issuesRaised.map((i) => [...forumCells(i), i.title, i.description, when(i.createdAt)]),
    ),
    table(
      'groups',
      P.sheets.groups,
      [...forumCols, col(c.group, 'text', 30), col(c.roles, 'text', 30)],
      model.groups.map((g) => [
        ...forumCells(g),
        g.name,
        (['member', 'facilitator', 'reporter'] as const)
          .filter((role) => g[role])
          .map((role) => P.groupRole[role])
          .join(', '),
      ]),
    ),
    table(
      'queue',
      P.sheets.queue,
      [...forumCols, col(c.position, 'integer', 12), col(c.at, 'text', 22)],
      model.speakerQueue.map((q) => [...forumCells(q), q.position, when(q.addedAt)]),
    ),
    table(
      'ballots',
      P.sheets.ballots,
      [...forumCols, col(c.poll, 'text', 36), col(c.method, 'text', 24), col(c.seq, 'integer', 8), col(c.choice, 'text', 40), col(c.copies, 'integer', 10), col(c.at, 'text', 22)],
      model.ballots.map((b) => [...forumCells(b), b.pollTitle, V.pollMethod[b.method], b.seq, b.choice, b.count, when(b.createdAt)]),
    ),
    table(
      'scores',
      P.sheets.scores,
      [...forumCols, col(c.poll, 'text', 36), col(c.option, 'text', 30), col(c.criterion, 'text', 24), col(c.score, 'number', 10)],
      model.scores.map((s) => [...forumCells(s), s.pollTitle, s.option, s.criterion, s.value]),
    ),
    table(
      'eligibility',
      P.sheets.eligibility,
      [...forumCols, col(c.poll, 'text', 36), col(c.status, 'text', 16)],
      model.pollEligibility.map((e) => [...forumCells(e), e.pollTitle, V.pollStatus[e.status]]),
    ),
    table(
      'projects',
      P.sheets.projects,
      [...forumCols, col(c.project, 'text', 40), col(c.owner, 'text', 30), col(c.status, 'text', 18)],
      model.projectsOwned.map((pr) => [
        ...forumCells(pr),
        pr.title,
        pr.owner,
        pr.deletedAt ? P.projectDeleted : V.projectStatus[pr.status],
      ]),
    ),
  ];
}

export const personTitle = (model: PersonExport) => fullName(model.person);
