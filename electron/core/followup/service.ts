/**
 * Handlers for the followUp.* operations: status updates with spending and evidence, follow-up
 * forums, and the follow-up view. Changes emit `status_update` (forumId: where it was recorded)
 * and, for a new follow-up forum, `forum`, `agenda_item` and `follow_up` events.
 */
import type { ParsedInput, StatusUpdate } from '../../../shared/contract';
import { applyTemplate } from '../agenda/apply-template';
import { rowsOf } from '../agenda/store';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { findForum, insertForum } from '../forums/store';
import { forumLive } from './forum-live';
import type { HandlersFor } from '../handlers';
import { findProjectRow } from '../projects/store';
import { FOLLOW_UP_TH } from './phrases-th';
import { itemThreeText } from './seed-agenda';
import { earlierForumIds, findUpdate, insertUpdate, laterForums, planChain, projectUpdates, sha256Hex, updateRow } from './store';
import { buildFollowUpView } from './view';

const invalid = (messageKey: string, path: (string | number)[], message: string) =>
  new AppError('validation', messageKey, `${path.join('.')}: ${message}`, [{ path: path.map(String), message }]);

/** Today as a calendar day where the forum is (Thailand has one time zone, UTC+7, no summer time). */
export const thaiToday = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);

export function followUpService(ctx: Context): HandlersFor<'followUp'> {
  const requireForum = (id: string) => {
    if (!forumLive(ctx, id)) throw notFound('forum', id);
  };
  const getUpdate = (id: string): StatusUpdate => {
    const update = findUpdate(ctx, id);
    if (!update) throw notFound('status update', id);
    return update;
  };

  const addStatus = (draft: ParsedInput<'followUp.addStatus'>): string => {
    requireForum(draft.forumId);
    const project = findProjectRow(ctx, draft.projectId);
    if (!project || project.deleted_at !== null) throw notFound('project', draft.projectId);
    // Recorded in the project's own forum or in a forum that follows it up.
    if (!planChain(ctx, draft.forumId).forums.some((f) => f.forumId === project.forum_id)) {
      throw invalid('followUp.project_other_plan', ['projectId'], 'the project is not of this forum or of a forum it follows up');
    }
    if (draft.reportedByPersonId !== null && ctx.sql('SELECT 1 FROM person WHERE id = ?').get(draft.reportedByPersonId) === undefined) {
      throw notFound('person', draft.reportedByPersonId);
    }
    const id = ctx.newId();
    insertUpdate(ctx, id, draft, ctx.now());
    return id;
  };

  const checkEarlier = (forumId: string | null, followUpOf: readonly string[]) => {
    followUpOf.forEach((earlierId, i) => {
      if (followUpOf.indexOf(earlierId) !== i) throw invalid('followUp.forum_twice', ['followUpOf', i], 'this forum is listed twice');
      if (earlierId === forumId) throw invalid('followUp.forum_itself', ['followUpOf', i], 'a forum does not follow itself up');
      if (!forumLive(ctx, earlierId)) throw notFound('forum', earlierId);
      // A forum cannot follow up a forum that follows it up: the plan's chain would be a circle.
      if (forumId !== null && planChain(ctx, earlierId).forums.some((f) => f.forumId === forumId)) {
        throw invalid('followUp.circular', ['followUpOf', i], 'that forum already follows this one up');
      }
    });
  };

  const sourcesOf = (forumId: string) => {
    const link = ctx.sql('SELECT agenda_item_id FROM follow_up WHERE forum_id = ?').get(forumId) as { agenda_item_id: string | null } | undefined;
    return {
      forumId,
      isFollowUp: link !== undefined,
      agendaItemId: link?.agenda_item_id ?? null,
      earlier: earlierForumIds(ctx, forumId).map((earlierId) => {
        const f = findForum(ctx, earlierId);
        return f ? { forumId: earlierId, title: f.title, date: f.date, number: f.number, missing: false } : { forumId: earlierId, title: '', date: null, number: null, missing: true };
      }),
      later: laterForums(ctx, forumId),
    };
  };

  return {
    'followUp.addStatus': (draft) =>
      ctx.write('followUp.addStatus', (emit) => {
        const id = addStatus(draft);
        emit({ entity: 'status_update', id, forumId: draft.forumId });
        return getUpdate(id);
      }),

    'followUp.history': ({ projectId }) => {
      const project = findProjectRow(ctx, projectId);
      if (!project || project.deleted_at !== null) throw notFound('project', projectId);
      return projectUpdates(ctx, projectId);
    },

    'followUp.deleteStatus': ({ id }) =>
      ctx.write('followUp.deleteStatus', (emit) => {
        const row = updateRow(ctx, id);
        if (!row || row.deleted_at !== null) throw notFound('status update', id);
        ctx.sql('UPDATE status_update SET deleted_at = ? WHERE id = ?').run(ctx.now(), id);
        emit({ entity: 'status_update', id, forumId: row.forum_id });
        return { ok: true as const };
      }),

    'followUp.restoreStatus': ({ id }) =>
      ctx.write('followUp.restoreStatus', (emit) => {
        const row = updateRow(ctx, id);
        if (!row) throw notFound('status update', id);
        if (row.deleted_at === null) throw new AppError('conflict', 'followUp.not_deleted', `status update ${id} is not in the trash`, { id });
        ctx.sql('UPDATE status_update SET deleted_at = NULL WHERE id = ?').run(id);
        emit({ entity: 'status_update', id, forumId: row.forum_id });
        return getUpdate(id);
      }),

    'followUp.attachment': ({ id }) => {
      const row = ctx.sql('SELECT id, file_name, mime_type, size_bytes, sha256, data FROM attachment WHERE id = ?').get(id) as
        | { id: string; file_name: string; mime_type: string; size_bytes: number; sha256: string; data: Buffer }
        | undefined;
      if (!row) throw notFound('attachment', id);
      if (sha256Hex(row.data) !== row.sha256) {
        throw new AppError('internal', 'followUp.attachment_damaged', `attachment ${id} (${row.file_name}) does not match its checksum: the stored file is damaged`);
      }
      return { id: row.id, fileName: row.file_name, mimeType: row.mime_type, sizeBytes: row.size_bytes, sha256: row.sha256, base64: row.data.toString('base64') };
    },

    'followUp.createForum': ({ forum, followUpOf }) =>
      ctx.write('followUp.createForum', (emit) => {
        checkEarlier(null, followUpOf);
        const id = ctx.newId();
        const at = ctx.now();
        insertForum(ctx, id, forum, at);
        emit({ entity: 'forum', id, forumId: id });
        applyTemplate(ctx, { forumId: id, template: 'official_five', lang: 'th', replace: false }, emit);
        const itemThree = rowsOf(ctx, id).find((r) => r.parent_id === null && r.position === 2);
        ctx.sql('INSERT INTO follow_up (forum_id, agenda_item_id, created_at) VALUES (?, ?, ?)').run(id, itemThree?.id ?? null, at);
        const source = ctx.sql('INSERT INTO follow_up_source (forum_id, earlier_forum_id, position) VALUES (?, ?, ?)');
        followUpOf.forEach((earlierId, i) => {
          source.run(id, earlierId, i);
        });
        if (itemThree) {
          const view = buildFollowUpView(ctx, id, { asOf: null, today: thaiToday(at) });
          ctx.sql('UPDATE agenda_item SET title = ?, description = ? WHERE id = ?').run(FOLLOW_UP_TH.itemTitle, itemThreeText(view), itemThree.id);
        }
        emit({ entity: 'follow_up', id, forumId: id });
        return findForum(ctx, id) as NonNullable<ReturnType<typeof findForum>>;
      }),

    'followUp.link': ({ forumId, followUpOf }) =>
      ctx.write('followUp.link', (emit) => {
        requireForum(forumId);
        const known = new Set(earlierForumIds(ctx, forumId));
        checkEarlier(forumId, followUpOf);
        const itemThree = rowsOf(ctx, forumId).find((r) => r.parent_id === null && r.position === 2);
        ctx.sql('INSERT INTO follow_up (forum_id, agenda_item_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(forumId, itemThree?.id ?? null, ctx.now());
        const source = ctx.sql('INSERT INTO follow_up_source (forum_id, earlier_forum_id, position) VALUES (?, ?, ?)');
        for (const earlierId of followUpOf.filter((id) => !known.has(id))) {
          source.run(forumId, earlierId, known.size);
          known.add(earlierId);
        }
        emit({ entity: 'follow_up', id: forumId, forumId });
        return sourcesOf(forumId);
      }),

    'followUp.sources': ({ forumId }) => {
      requireForum(forumId);
      return sourcesOf(forumId);
    },

    'followUp.view': ({ forumId, asOf, today }) => {
      requireForum(forumId);
      return buildFollowUpView(ctx, forumId, { asOf: asOf ?? null, today: today ?? thaiToday(ctx.now()) });
    },
  };
}
