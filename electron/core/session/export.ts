/** Building a .wethi file from the database: the forum's rows, the envelope, the checksum. */
import packageJson from '../../../package.json';
import { SESSION_EXTENSION, SESSION_FORMAT, SESSION_VERSION, type SessionCounts, SessionFile } from '../../../shared/session/schema';
import { SESSION_TABLE_NAMES } from '../../../shared/session/tables';
import type { Context } from '../context';
import { requireForum } from '../guard';
import { checksumOf } from './checksum';
import { type Rows, readForumRows, toSessionData } from './rows';

export function buildSessionFile(ctx: Context, forumId: string, includeSensitive: boolean): SessionFile {
  requireForum(ctx, forumId);
  // One read transaction: every table is read from the same moment of the database.
  const rows = ctx.db.transaction(() => readForumRows(ctx, forumId, { includeSensitive }))();
  const data = toSessionData(rows);
  // Parsed against the file's own schema, so a file that could not be imported is never written.
  return SessionFile.parse({
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    exportedAt: ctx.now(),
    app: { name: 'wethi', version: packageJson.version, schemaVersion: ctx.db.pragma('user_version', { simple: true }) },
    sensitive: includeSensitive ? 'included' : 'left_out',
    checksum: checksumOf(data),
    data,
  });
}

export function countsOf(rows: Rows | SessionFile['data']): SessionCounts {
  const record = rows as Record<string, unknown>;
  return Object.fromEntries(
    SESSION_TABLE_NAMES.map((table) => {
      const value = record[table];
      return [table, Array.isArray(value) ? value.length : value ? 1 : 0];
    }),
  ) as SessionCounts;
}

/** "เวทีประชาคมหมู่ 3 2026-11-23.wethi": the title kept (Thai included), only characters no file system allows replaced. */
export function fileNameOf(title: string, date: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const safe = title.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-').replace(/\s+/g, ' ').trim().replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${(safe || 'forum').slice(0, 80)} ${date}${SESSION_EXTENSION}`;
}
