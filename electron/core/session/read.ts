/**
 * Reading a .wethi file without touching the database: JSON, format, version, checksum, the
 * row schemas, and the file's own consistency (one forum, children under parents present,
 * no row twice). Every failure is an AppError naming what is wrong, before anything is written.
 */
import { z } from 'zod';
import { SESSION_FORMAT, SESSION_VERSION, SessionEnvelope, SessionFile, type SessionTable } from '../../../shared/session/schema';
import { SESSION_TABLES, SESSION_TABLE_NAMES, forumColumnOf } from '../../../shared/session/tables';
import { AppError } from '../errors';
import { checksumOf } from './checksum';
import { upgradeSessionFile } from './upgrade';
import { type Row, keyOf, toRows } from './rows';

const invalid = (messageKey: string, message: string, details?: unknown) =>
  new AppError('import_invalid', `session.error.${messageKey}`, message, details);

export function readSessionFile(content: string): SessionFile {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError(
      'import_unreadable',
      'session.error.unreadable',
      `The file is not readable JSON (damaged or cut short): ${(error as Error).message}`,
    );
  }

  const envelope = SessionEnvelope.safeParse(json);
  if (!envelope.success) {
    throw invalid('not_session', `This is not a Wethi session file (expected "format": "${SESSION_FORMAT}" and a version number).`);
  }
  const { version } = envelope.data;
  if (version > SESSION_VERSION) {
    throw invalid(
      'newer_version',
      `This session file is format version ${version}, made by a newer Wethi; this Wethi reads up to version ${SESSION_VERSION}. Please update Wethi to import it. Nothing was written.`,
      { fileVersion: version, supportedVersion: SESSION_VERSION },
    );
  }

  const raw = json as { checksum?: unknown; data?: unknown };
  if (typeof raw.checksum === 'string' && raw.data !== undefined && checksumOf(raw.data) !== raw.checksum) {
    throw invalid('checksum', 'The file has been changed or damaged since it was exported (its checksum does not match its content).');
  }
  // An older version is upgraded, one step per version, after its checksum and before the checks below.
  if (version < SESSION_VERSION) {
    const upgraded = upgradeSessionFile({ ...(json as object), version }, SESSION_VERSION);
    // The checksum vouched for the file as written; the upgraded rows carry their own.
    json = { ...upgraded, checksum: upgraded.data === undefined ? raw.checksum : checksumOf(upgraded.data) };
  }

  const parsed = SessionFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
    throw invalid('invalid', `The session file does not match format version ${SESSION_VERSION}:\n${z.prettifyError(parsed.error)}`, {
      issues,
    });
  }
  checkConsistency(parsed.data);
  return parsed.data;
}

/** What only the file itself can answer; references to rows outside the file are checked on import. */
function checkConsistency(file: SessionFile): void {
  const rows = toRows(file.data);
  const forumId = file.data.forum.id;
  const problems: string[] = [];
  const keys = new Map<SessionTable, Set<string>>();
  for (const table of SESSION_TABLE_NAMES) {
    const seen = new Set<string>();
    rows[table].forEach((row, index) => {
      const key = keyOf(table, row);
      if (seen.has(key)) problems.push(`${table}[${index}]: the same row appears twice (${key})`);
      seen.add(key);
      const column = forumColumnOf(SESSION_TABLES[table]);
      if (column && table !== 'forum' && row[column] !== forumId) {
        problems.push(`${table}[${index}].${column}: forum ${String(row[column])}, not the file's forum ${forumId}`);
      }
    });
    keys.set(table, seen);
  }
  for (const table of SESSION_TABLE_NAMES) {
    const { owner } = SESSION_TABLES[table];
    if (owner.kind !== 'parent') continue;
    rows[table].forEach((row: Row, index) => {
      if (!keys.get(owner.table)?.has(JSON.stringify([row[owner.column]]))) {
        problems.push(`${table}[${index}].${owner.column}: ${String(row[owner.column])} is not a ${owner.table} in the file`);
      }
    });
  }
  if (file.sensitive === 'left_out' && file.data.person_sensitive.length > 0) {
    problems.push('person_sensitive: the file says sensitive data was left out, yet it carries some');
  }
  if (problems.length > 0) {
    throw invalid('inconsistent', `The session file contradicts itself:\n${problems.slice(0, 20).join('\n')}`, { problems: problems.slice(0, 100) });
  }
}
