/**
 * Handlers for the agreements.* operations. Every change emits `{ entity: 'agreement', id, forumId }`.
 * Only the current (latest) version is ever written; renewing adds a version, so what was signed
 * stays readable as it was.
 */
import type { AgreementVersion } from '../../../shared/contract';
import { fundingOf } from '../../../shared/domain/commitments';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { forumLive } from '../followup/forum-live';
import type { HandlersFor } from '../handlers';
import { findProjectRow } from '../projects/store';
import type { PdfPrinter } from '../reports/pdf/printer';
import { exportAgreement, exportFunding } from './export';
import { forumFunding } from './funding';
import {
  type AgreementRow,
  type Content,
  activeAgreementIds,
  contentOf,
  currentVersionRow,
  findAgreementRow,
  insertVersion,
  readVersion,
  replaceVersionContent,
  signatoryRowsOf,
  versionRows,
} from './store';

const invalid = (path: (string | number)[], message: string) =>
  new AppError('validation', 'error.validation', `${path.join('.')}: ${message}`, [{ path: path.map(String), message }]);

export function agreementsService(ctx: Context, deps: { printer: PdfPrinter }): HandlersFor<'agreements'> {
  const requireForum = (id: string) => {
    if (!forumLive(ctx, id)) throw notFound('forum', id);
  };
  const activeRow = (id: string): AgreementRow => {
    const row = findAgreementRow(ctx, id);
    if (!row || row.deleted_at !== null || !forumLive(ctx, row.forum_id)) throw notFound('agreement', id);
    return row;
  };
  const version = (row: AgreementRow, number?: number): AgreementVersion => {
    const versions = versionRows(ctx, row.id);
    const v = number === undefined ? versions.at(-1) : versions.find((x) => x.version === number);
    if (!v) throw notFound('agreement version', `${row.id} v${number}`);
    return readVersion(ctx, row, v, versions.length);
  };

  /** What the content points at must exist: partners (not in the trash unless already a party), the forum's projects, people. */
  const checkContent = (forumId: string, content: Content, existingParties: ReadonlySet<string>) => {
    content.parties.forEach((p, i) => {
      const row = ctx.sql('SELECT deleted_at FROM partner WHERE id = ?').get(p.partnerId) as { deleted_at: string | null } | undefined;
      if (!row) throw notFound('partner', p.partnerId);
      if (row.deleted_at !== null && !existingParties.has(p.partnerId)) throw invalid(['content', 'parties', i, 'partnerId'], 'this partner is in the trash');
    });
    const checkProject = (id: string, path: (string | number)[]) => {
      const project = findProjectRow(ctx, id);
      if (!project) throw notFound('project', id);
      if (project.forum_id !== forumId) throw invalid(path, "not a project of the agreement's forum");
    };
    content.projectIds.forEach((id, i) => {
      checkProject(id, ['content', 'projectIds', i]);
    });
    content.commitments.forEach((c, i) => {
      c.projectId && checkProject(c.projectId, ['content', 'commitments', i, 'projectId']);
    });
    content.signatories.forEach((s) => {
      if (s.personId !== null && ctx.sql('SELECT 1 FROM person WHERE id = ?').get(s.personId) === undefined) throw notFound('person', s.personId);
    });
  };

  return {
    'agreements.list': ({ forumId }) => {
      requireForum(forumId);
      return activeAgreementIds(ctx, forumId).map((id) => {
        const v = version(activeRow(id));
        return {
          agreementId: id,
          forumId,
          title: v.title,
          version: v.version,
          partyNames: v.parties.map((p) => p.name),
          committedSatang: fundingOf(null, v.commitments).committedSatang,
          signedOn: v.signedOn,
          reviewOn: v.reviewOn,
          updatedAt: v.updatedAt,
        };
      });
    },

    'agreements.get': ({ id, version: number }) => version(activeRow(id), number),

    'agreements.create': ({ forumId, content }) =>
      ctx.write('agreements.create', (emit) => {
        requireForum(forumId);
        checkContent(forumId, content, new Set());
        const id = ctx.newId();
        const at = ctx.now();
        ctx.sql('INSERT INTO agreement (id, forum_id, position, created_at) VALUES (?, ?, ?, ?)').run(id, forumId, activeAgreementIds(ctx, forumId).length, at);
        insertVersion(ctx, { id: ctx.newId(), agreementId: id, version: 1, at }, content);
        emit({ entity: 'agreement', id, forumId });
        return version(activeRow(id));
      }),

    'agreements.update': ({ id, content }) =>
      ctx.write('agreements.update', (emit) => {
        const row = activeRow(id);
        const current = currentVersionRow(ctx, id) as NonNullable<ReturnType<typeof currentVersionRow>>;
        checkContent(row.forum_id, content, new Set(version(row).parties.map((p) => p.partnerId)));
        replaceVersionContent(ctx, current.id, content, ctx.now());
        emit({ entity: 'agreement', id, forumId: row.forum_id });
        return version(row);
      }),

    'agreements.renew': ({ id }) =>
      ctx.write('agreements.renew', (emit) => {
        const row = activeRow(id);
        const current = version(row);
        // The renewal starts unsigned: it is signed again when the partners agree to it.
        const content = { ...contentOf(current, signatoryRowsOf(ctx, current.versionId)), signedOn: null, signedAt: null };
        insertVersion(ctx, { id: ctx.newId(), agreementId: id, version: current.version + 1, at: ctx.now() }, content);
        emit({ entity: 'agreement', id, forumId: row.forum_id });
        return version(row);
      }),

    'agreements.delete': ({ id }) =>
      ctx.write('agreements.delete', (emit) => {
        const row = activeRow(id);
        ctx.sql('UPDATE agreement SET deleted_at = ? WHERE id = ?').run(ctx.now(), id);
        emit({ entity: 'agreement', id, forumId: row.forum_id });
        return { ok: true as const };
      }),

    'agreements.restore': ({ id }) =>
      ctx.write('agreements.restore', (emit) => {
        const row = findAgreementRow(ctx, id);
        if (!row || !forumLive(ctx, row.forum_id)) throw notFound('agreement', id);
        if (row.deleted_at === null) throw new AppError('conflict', 'agreement.not_deleted', `agreement ${id} is not in the trash`, { id });
        ctx.sql('UPDATE agreement SET deleted_at = NULL WHERE id = ?').run(id);
        emit({ entity: 'agreement', id, forumId: row.forum_id });
        return version(activeRow(id));
      }),

    'agreements.funding': ({ forumId }) => {
      requireForum(forumId);
      return forumFunding(ctx, forumId);
    },

    'agreements.export': ({ id, version: number, format, thaiDigits }) => exportAgreement(ctx, version(activeRow(id), number), format, { thaiDigits, printer: deps.printer }),

    'agreements.exportFunding': ({ forumId }) => {
      requireForum(forumId);
      return exportFunding(ctx, forumId);
    },
  };
}

