/**
 * What phones send besides ballots: issues (problem, cause, need), ideas and questions, named
 * or anonymous. A participant's wait in the moderation queue until the facilitator accepts
 * (into the forum's issues, or merged into one already there), edits or hides them. A group
 * scribe's issues and report-back notes are the group's own work and land under the group at
 * once. Each is stored once under the phone's own id, so a resend changes nothing.
 * Run inside `ctx.write`.
 */
import type { ChangeEvent, RoomSubmission } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import type { SubmissionKind } from '../../../shared/room/wire';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { appendDetails } from '../issues/details';
import { createIssue, endPosition, requireActiveIssue } from '../issues/write-issue';
import { requireForum, requireInForum } from '../guard';
import { insertNote } from '../notes/store';
import type { Voter } from './voters';

export interface Submitted {
  submissionId: string;
  kind: SubmissionKind;
  text: string;
  cause?: string | undefined;
  need?: string | undefined;
  name?: string | undefined;
  anonymous: boolean;
}

interface SubmissionRow {
  id: string;
  forum_id: string;
  kind: SubmissionKind;
  text: string;
  cause: string | null;
  need: string | null;
  author_name: string | null;
  person_id: string | null;
  group_id: string | null;
  status: RoomSubmission['status'];
  issue_id: string | null;
  note_id: string | null;
  created_at: string;
  decided_at: string | null;
  title_prefix: string | null;
  first_name: string | null;
  last_name: string | null;
  group_name: string | null;
}

const SELECT = `
  SELECT s.*, p.title_prefix, p.first_name, p.last_name, g.name AS group_name
  FROM room_submission s LEFT JOIN person p ON p.id = s.person_id LEFT JOIN small_group g ON g.id = s.group_id`;

function toSubmission(r: SubmissionRow): RoomSubmission {
  const author = r.first_name !== null ? fullName({ titlePrefix: r.title_prefix, firstName: r.first_name, lastName: r.last_name }) : (r.group_name ?? r.author_name);
  return {
    id: r.id,
    forumId: r.forum_id,
    kind: r.kind,
    text: r.text,
    cause: r.cause,
    need: r.need,
    author,
    personId: r.person_id,
    groupId: r.group_id,
    status: r.status,
    issueId: r.issue_id,
    noteId: r.note_id,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
  };
}

export function readSubmission(ctx: Context, id: string): RoomSubmission {
  const row = ctx.sql(`${SELECT} WHERE s.id = ?`).get(id) as SubmissionRow | undefined;
  if (!row) throw notFound('room_submission', id);
  return toSubmission(row);
}

export function listSubmissions(ctx: Context, forumId: string, status?: RoomSubmission['status']): RoomSubmission[] {
  const rows = (
    status === undefined
      ? ctx.sql(`${SELECT} WHERE s.forum_id = ? ORDER BY s.created_at DESC, s.id DESC`).all(forumId)
      : ctx.sql(`${SELECT} WHERE s.forum_id = ? AND s.status = ? ORDER BY s.created_at DESC, s.id DESC`).all(forumId, status)
  ) as SubmissionRow[];
  return rows.map(toSubmission);
}

type Emit = (event: ChangeEvent) => void;

/** Stores what a phone sent; `already_stored` for a resend. */
export function submit(ctx: Context, voter: Voter, s: Submitted, emit: Emit): 'stored' | 'already_stored' {
  const earlier = ctx.sql('SELECT forum_id FROM room_submission WHERE client_id = ?').pluck().get(s.submissionId) as string | undefined;
  if (earlier !== undefined) {
    if (earlier !== voter.forumId) throw new AppError('conflict', 'room.submission_id_taken', 'this id was used in another forum');
    return 'already_stored';
  }
  const group = voter.groupId;
  if (s.kind === 'report' && group === null) throw new AppError('validation', 'room.report_needs_group', "only a group's phone sends the group's report");
  const personId = group === null && !s.anonymous ? voter.personId : null;
  const authorName = group === null && personId === null && !s.anonymous && s.name ? s.name : null;
  const id = ctx.newId();
  const at = ctx.now();
  let status: RoomSubmission['status'] = 'pending';
  let issueId: string | null = null;
  let noteId: string | null = null;
  const agendaItemId = requireForum(ctx, voter.forumId).currentAgendaItemId;
  if (group !== null) {
    status = 'accepted';
    if (s.kind === 'report' || s.kind === 'question') {
      noteId = ctx.newId();
      insertNote(ctx, noteId, { forumId: voter.forumId, agendaItemId, groupId: group, speakerId: null, kind: s.kind === 'question' ? 'question' : 'statement', text: s.text }, at);
      emit({ entity: 'note', id: noteId, forumId: voter.forumId });
    } else {
      issueId = newIssue(ctx, voter.forumId, { text: s.text, cause: s.cause ?? null, need: s.need ?? null, personId: null, groupId: group });
      emit({ entity: 'issue', id: issueId, forumId: voter.forumId });
    }
  }
  ctx
    .sql(
      `INSERT INTO room_submission (id, forum_id, client_id, kind, text, cause, need, author_name, person_id, group_id, agenda_item_id, status, issue_id, note_id, created_at, decided_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, voter.forumId, s.submissionId, s.kind, s.text, s.cause || null, s.need || null, authorName, personId, group, agendaItemId, status, issueId, noteId, at, status === 'pending' ? null : at);
  emit({ entity: 'room', id: voter.forumId, forumId: voter.forumId });
  return 'stored';
}

function newIssue(ctx: Context, forumId: string, v: { text: string; cause: string | null; need: string | null; personId: string | null; groupId: string | null }): string {
  return createIssue(ctx, {
    forumId,
    title: Array.from(v.text.replace(/\s+/g, ' ')).slice(0, 300).join(''),
    description: null,
    category: null,
    causes: v.cause ? [v.cause] : [],
    potentials: [],
    needs: v.need ? [v.need] : [],
    raisedByPersonId: v.personId,
    groupId: v.groupId,
    agendaItemId: requireForum(ctx, forumId).currentAgendaItemId,
    splitFrom: null,
    position: endPosition(ctx, forumId),
  });
}

export function editSubmission(ctx: Context, id: string, patch: { kind?: SubmissionKind; text?: string; cause?: string | null; need?: string | null }): RoomSubmission {
  const before = readSubmission(ctx, id);
  if (before.status === 'accepted') throw new AppError('conflict', 'room.submission_accepted', 'accepted already: edit the issue itself');
  if (patch.kind === 'report') throw new AppError('validation', 'room.report_needs_group', "a report is a group's");
  ctx
    .sql('UPDATE room_submission SET kind = coalesce(?, kind), text = coalesce(?, text), cause = ?, need = ? WHERE id = ?')
    .run(patch.kind ?? null, patch.text ?? null, patch.cause === undefined ? before.cause : patch.cause, patch.need === undefined ? before.need : patch.need, id);
  return readSubmission(ctx, id);
}

export function acceptSubmission(ctx: Context, id: string, intoIssueId: string | undefined, emit: Emit): RoomSubmission {
  const s = readSubmission(ctx, id);
  if (s.status === 'accepted') return s;
  let issueId: string | null = null;
  if (s.kind === 'issue' || s.kind === 'idea') {
    if (intoIssueId !== undefined) {
      // A duplicate: what it adds (cause, need) goes under the issue already on the list.
      requireInForum(ctx, s.forumId, 'issue', intoIssueId);
      requireActiveIssue(ctx, intoIssueId);
      if (s.cause) appendDetails(ctx, intoIssueId, 'cause', [s.cause]);
      if (s.need) appendDetails(ctx, intoIssueId, 'need', [s.need]);
      ctx.sql('UPDATE issue SET updated_at = ? WHERE id = ?').run(ctx.now(), intoIssueId);
      issueId = intoIssueId;
    } else {
      issueId = newIssue(ctx, s.forumId, { text: s.text, cause: s.cause, need: s.need, personId: s.personId, groupId: s.groupId });
    }
    emit({ entity: 'issue', id: issueId, forumId: s.forumId });
  } else if (intoIssueId !== undefined) {
    throw new AppError('validation', 'room.question_not_issue', 'a question is accepted as it is, not into an issue');
  }
  ctx.sql("UPDATE room_submission SET status = 'accepted', issue_id = ?, decided_at = ? WHERE id = ?").run(issueId, ctx.now(), id);
  return readSubmission(ctx, id);
}

export function hideSubmission(ctx: Context, id: string, hidden: boolean): RoomSubmission {
  const s = readSubmission(ctx, id);
  const status = hidden ? 'hidden' : s.issueId !== null || s.noteId !== null ? 'accepted' : 'pending';
  ctx.sql('UPDATE room_submission SET status = ?, decided_at = ? WHERE id = ?').run(status, status === 'pending' ? null : ctx.now(), id);
  return readSubmission(ctx, id);
}

/**
 * Written contributions for the equity figures: what phones sent (issues, ideas, questions,
 * group reports), hidden ones left out, over the forum or one agenda item. Each is the person
 * who sent it named, or null (anonymous, a typed name, a group's phone): counted, in no group.
 */
export function writtenContributions(ctx: Context, forumId: string, agendaItemId?: string): (string | null)[] {
  const sql = "SELECT person_id FROM room_submission WHERE forum_id = ? AND status <> 'hidden'";
  const rows =
    agendaItemId === undefined ? ctx.sql(sql).pluck().all(forumId) : ctx.sql(`${sql} AND agenda_item_id = ?`).pluck().all(forumId, agendaItemId);
  return rows as (string | null)[];
}
