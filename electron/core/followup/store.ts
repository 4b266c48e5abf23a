/**
 * Reads and writes of status updates (with spending and evidence files), follow-up links between
 * forums, and the plan's chain of forums.
 */
import { createHash } from 'node:crypto';
import type { ParsedInput, StatusUpdate } from '../../../shared/contract';
import { byReportOrder } from '../../../shared/domain/follow-up';
import { fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';

interface UpdateRow {
  id: string;
  project_id: string;
  forum_id: string;
  status: StatusUpdate['status'];
  reason: string | null;
  progress_percent: number | null;
  reported_on: string;
  reported_by_person_id: string | null;
  reported_by: string | null;
  note: string | null;
  document_ref: string | null;
  created_at: string;
  deleted_at: string | null;
  title_prefix: string | null;
  first_name: string | null;
  last_name: string | null;
}

const SELECT = `
  SELECT u.*, p.title_prefix, p.first_name, p.last_name
  FROM status_update u LEFT JOIN person p ON p.id = u.reported_by_person_id`;

export const sha256Hex = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function toUpdates(ctx: Context, rows: UpdateRow[]): StatusUpdate[] {
  const spending = ctx.sql('SELECT source, amount_satang AS amountSatang FROM status_spending WHERE update_id = ? ORDER BY rowid');
  const files = ctx.sql('SELECT id, file_name AS fileName, mime_type AS mimeType, size_bytes AS sizeBytes, sha256 FROM attachment WHERE update_id = ? ORDER BY created_at, rowid');
  return rows
    .map((r) => ({
      id: r.id,
      projectId: r.project_id,
      forumId: r.forum_id,
      status: r.status,
      reason: r.reason,
      progressPercent: r.progress_percent,
      reportedOn: r.reported_on,
      reportedByPersonId: r.reported_by_person_id,
      reportedBy: r.reported_by,
      reporterName: r.first_name !== null ? fullName({ titlePrefix: r.title_prefix, firstName: r.first_name, lastName: r.last_name }) : r.reported_by,
      note: r.note,
      documentRef: r.document_ref,
      spending: spending.all(r.id) as StatusUpdate['spending'],
      attachments: files.all(r.id) as StatusUpdate['attachments'],
      createdAt: r.created_at,
    }))
    .sort(byReportOrder);
}

/** A project's updates (not in the trash), oldest first; `asOf` leaves out those reported later. */
export function projectUpdates(ctx: Context, projectId: string, asOf: string | null = null): StatusUpdate[] {
  const rows = ctx.sql(`${SELECT} WHERE u.project_id = ? AND u.deleted_at IS NULL AND (? IS NULL OR u.reported_on <= ?)`).all(projectId, asOf, asOf) as UpdateRow[];
  return toUpdates(ctx, rows);
}

export function findUpdate(ctx: Context, id: string): StatusUpdate | null {
  const rows = ctx.sql(`${SELECT} WHERE u.id = ? AND u.deleted_at IS NULL`).all(id) as UpdateRow[];
  return toUpdates(ctx, rows)[0] ?? null;
}

export const updateRow = (ctx: Context, id: string) =>
  (ctx.sql('SELECT id, project_id, forum_id, deleted_at FROM status_update WHERE id = ?').get(id) as
    | { id: string; project_id: string; forum_id: string; deleted_at: string | null }
    | undefined) ?? null;

export function insertUpdate(ctx: Context, id: string, draft: ParsedInput<'followUp.addStatus'>, at: string): void {
  ctx
    .sql(
      `INSERT INTO status_update (id, project_id, forum_id, status, reason, progress_percent, reported_on, reported_by_person_id, reported_by, note, document_ref, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      draft.projectId,
      draft.forumId,
      draft.status,
      draft.reason,
      draft.progressPercent,
      draft.reportedOn,
      draft.reportedByPersonId,
      draft.reportedBy,
      draft.note,
      draft.documentRef,
      at,
    );
  const spend = ctx.sql('INSERT INTO status_spending (update_id, source, amount_satang) VALUES (?, ?, ?)');
  for (const s of draft.spending) spend.run(id, s.source, s.amountSatang);
  const file = ctx.sql('INSERT INTO attachment (id, update_id, file_name, mime_type, size_bytes, sha256, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const a of draft.attachments) {
    const data = Buffer.from(a.base64, 'base64');
    file.run(ctx.newId(), id, a.fileName, a.mimeType, data.length, sha256Hex(data), data, at);
  }
}

// ---------------------------------------------------------------------------------------------
// Follow-up forums

export interface ChainForum {
  forumId: string;
  title: string;
  date: string;
  number: string | null;
}

const forumOf = (ctx: Context, id: string) =>
  (ctx.sql('SELECT id AS forumId, title, date, number FROM forum WHERE id = ? AND deleted_at IS NULL').get(id) as ChainForum | undefined) ?? null;

export const earlierForumIds = (ctx: Context, forumId: string) =>
  ctx.sql('SELECT earlier_forum_id FROM follow_up_source WHERE forum_id = ? ORDER BY position').pluck().all(forumId) as string[];

/**
 * The forums of a plan as seen from `forumId`: every earlier forum it follows up, transitively
 * (a tambon follow-up of village follow-ups reaches the village forums), oldest first, then the
 * forum itself; and the earlier ids not on this computer (or in the trash).
 */
export function planChain(ctx: Context, forumId: string): { forums: ChainForum[]; missing: string[] } {
  const seen = new Set<string>([forumId]);
  const found: ChainForum[] = [];
  const missing: string[] = [];
  const queue = earlierForumIds(ctx, forumId);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const forum = forumOf(ctx, id);
    if (!forum) {
      missing.push(id);
      continue;
    }
    found.push(forum);
    queue.push(...earlierForumIds(ctx, id));
  }
  found.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  const self = forumOf(ctx, forumId);
  return { forums: self ? [...found, self] : found, missing };
}

/** Forums recorded as follow-ups of this one. */
export function laterForums(ctx: Context, forumId: string): { forumId: string; title: string; date: string }[] {
  return ctx
    .sql(
      `SELECT f.id AS forumId, f.title, f.date FROM follow_up_source s JOIN forum f ON f.id = s.forum_id
       WHERE s.earlier_forum_id = ? AND f.deleted_at IS NULL ORDER BY f.date, f.created_at`,
    )
    .all(forumId) as { forumId: string; title: string; date: string }[];
}
