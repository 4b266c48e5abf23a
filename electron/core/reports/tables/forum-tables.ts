/**
 * The forum as named tables (participants, issues, notes, polls with their raw inputs,
 * priorities, action plan): the one definition both the XLSX workbook and the CSV files are
 * written from. The minutes model gives what the minutes show; the rest (issue details, notes,
 * poll inputs, people's classifications) is read from the features' stores.
 *
 * Sensitive data (disadvantaged groups) and phone numbers are left out: these files travel by
 * e-mail and USB stick, and the minutes do not need them.
 */
import type { MinutesModel } from '../../../../shared/contract';
import type { Context } from '../../context';
import { storedCategories } from '../../issues/categories';
import { listIssues } from '../../issues/store';
import { listNotes } from '../../notes/store';
import { listAttendees } from '../../people/store';
import { TH } from '../html/strings-th';
import { pollInputTables, pollResultsTable, pollsTable } from './poll-tables';
import { TABLES_TH } from './strings-th';
import { type ForumTable, col, lines } from './table';

const C = TABLES_TH.col;

export function forumTables(ctx: Context, model: MinutesModel): ForumTable[] {
  const forumId = model.forum.id;
  const items = new Map(model.items.map((i) => [i.agendaItemId, `${i.number} ${i.title}`]));
  const itemLabel = (id: string | null) => (id === null ? null : (items.get(id) ?? null));
  const names = new Map(model.annexes.signIn.map((p) => [p.personId, p.name]));
  const personName = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  const inputs = pollInputTables(ctx, model, personName);
  return [
    participantsTable(ctx, model),
    issuesTable(ctx, forumId, itemLabel),
    notesTable(ctx, forumId, itemLabel),
    pollsTable(model, itemLabel),
    pollResultsTable(model),
    inputs.ballots,
    inputs.counts,
    inputs.scores,
    prioritiesTable(model),
    actionPlanTable(model),
  ];
}

/** Everyone registered, in sign-in order (the numbers of the ใบลงทะเบียน). */
function participantsTable(ctx: Context, model: MinutesModel): ForumTable {
  const attendees = new Map(listAttendees(ctx, model.forum.id).map((a) => [a.person.id, a]));
  const guests = new Set(model.guests.map((p) => p.personId));
  const present = new Set(model.present.map((p) => p.personId));
  const attendance = (id: string) => {
    if (guests.has(id)) return TABLES_TH.attendance.guest;
    return present.has(id) ? TABLES_TH.attendance.present : TABLES_TH.attendance.absent;
  };
  return {
    name: 'participants',
    title: TABLES_TH.sheets.participants,
    columns: [
      col(C.number, 'integer', 6),
      col(C.name, 'text', 30),
      col(C.organisation, 'text', 30),
      col(C.position, 'text', 24),
      col(C.village, 'text', 10),
      col(C.sector, 'text', 16),
      col(C.gender, 'text', 10),
      col(C.ageGroup, 'text', 14),
      col(C.role, 'text', 22),
      col(C.attendance, 'text', 18),
      col(C.checkedInAt, 'instant', 26),
    ],
    rows: model.annexes.signIn.map((p) => {
      const person = attendees.get(p.personId)?.person;
      return [
        p.number,
        p.name,
        p.organisation,
        p.position,
        p.village,
        person?.sector ? TABLES_TH.sector[person.sector] : null,
        person ? TABLES_TH.gender[person.gender] : null,
        person?.ageGroup ? TABLES_TH.ageGroup[person.ageGroup] : null,
        person?.role ? TABLES_TH.role[person.role] : null,
        attendance(p.personId),
        attendees.get(p.personId)?.checkedInAt ?? null,
      ];
    }),
  };
}

function issuesTable(ctx: Context, forumId: string, itemLabel: (id: string | null) => string | null): ForumTable {
  const custom = new Map(storedCategories(ctx, forumId).map((c) => [c.key, c.label]));
  const category = (key: string | null) => {
    if (key === null) return null;
    return custom.get(key) ?? (TABLES_TH.category as Record<string, string>)[key] ?? key;
  };
  return {
    name: 'issues',
    title: TABLES_TH.sheets.issues,
    columns: [
      col(C.number, 'integer', 6),
      col(C.issue, 'text', 36),
      col(C.description, 'text', 40),
      col(C.category, 'text', 16),
      col(C.causes, 'text', 40),
      col(C.potentials, 'text', 40),
      col(C.needs, 'text', 40),
      col(C.raisedBy, 'text', 26),
      col(C.agendaItem, 'text', 30),
    ],
    rows: listIssues(ctx, forumId).map((issue, i) => [
      i + 1,
      issue.title,
      issue.description,
      category(issue.category),
      lines(issue.causes.map((d) => d.text)),
      lines(issue.potentials.map((d) => d.text)),
      lines(issue.needs.map((d) => d.text)),
      issue.raisedBy?.name ?? null,
      itemLabel(issue.agendaItemId),
    ]),
  };
}

/** The notes as taken, deleted ones left out (as the minutes leave them out). */
function notesTable(ctx: Context, forumId: string, itemLabel: (id: string | null) => string | null): ForumTable {
  return {
    name: 'notes',
    title: TABLES_TH.sheets.notes,
    columns: [
      col(C.number, 'integer', 6),
      col(C.time, 'instant', 26),
      col(C.agendaItem, 'text', 30),
      col(C.speaker, 'text', 28),
      col(C.kind, 'text', 12),
      col(C.text, 'text', 80),
    ],
    rows: listNotes(ctx, { forumId, includeDeleted: false }).map((n, i) => [
      i + 1,
      n.createdAt,
      itemLabel(n.agendaItemId),
      n.speaker?.name ?? null,
      TABLES_TH.noteKind[n.kind],
      n.text,
    ]),
  };
}

function prioritiesTable(model: MinutesModel): ForumTable {
  return {
    name: 'priorities',
    title: TABLES_TH.sheets.priorities,
    columns: [col(C.place, 'integer', 8), col(C.rank, 'integer', 8), col(C.issue, 'text', 50), col(C.score, 'number', 12)],
    rows: model.priorities.items.map((p) => [p.position, p.rank, p.title, p.score]),
  };
}

function actionPlanTable(model: MinutesModel): ForumTable {
  return {
    name: 'action-plan',
    title: TABLES_TH.sheets.actionPlan,
    columns: [
      col(C.number, 'integer', 6),
      col(C.project, 'text', 36),
      col(C.description, 'text', 40),
      col(C.type, 'text', 18),
      col(C.requestedFrom, 'text', 18),
      col(C.requestedFromName, 'text', 24),
      col(C.owner, 'text', 24),
      col(C.budget, 'money', 16),
      col(C.budgetSource, 'text', 24),
      col(C.startDate, 'date', 12),
      col(C.endDate, 'date', 12),
      col(C.indicator, 'text', 30),
      col(C.status, 'text', 14),
      col(C.issue, 'text', 30),
      col(C.priorityRank, 'integer', 10),
    ],
    rows: model.actionPlan.map((p, i) => [
      i + 1,
      p.title,
      p.description,
      TH.projectTypes[p.type],
      p.requestedFrom ? TH.requestedFrom[p.requestedFrom] : null,
      p.requestedFromName,
      p.owner ?? p.ownerPersonName,
      p.budgetSatang === null ? null : p.budgetSatang / 100,
      p.budgetSource,
      p.startDate,
      p.endDate,
      p.indicator,
      TH.projectStatus[p.status],
      p.issueTitle,
      p.priorityRank,
    ]),
  };
}
