/**
 * The session file (.wethi, issue 6): one forum with everything in it, as versioned JSON, to
 * move a forum to another laptop or archive it. The file's own schema lives in
 * shared/session/ (see docs/session-file.md); these are the operations that read and write it.
 */
import { z } from 'zod';
import { SessionCounts } from '../session/schema';
import { Id, op } from './common';

export const SessionExportInput = z.strictObject({
  forumId: Id,
  /** PDPA: sensitive person data travels only with its consent record; false leaves it all out. */
  includeSensitive: z.boolean().default(true),
});

export const SessionExportResult = z.object({
  fileName: z.string(),
  /** The file itself (JSON text), for the UI to download and the CLI to write. */
  content: z.string(),
  checksum: z.string(),
  sensitive: z.enum(['included', 'left_out']),
  counts: SessionCounts,
});
export type SessionExportResult = z.infer<typeof SessionExportResult>;

export const SessionImportInput = z.strictObject({
  /** Limit: a forum of 300 people and thousands of notes is a few MB; 64 MB is far beyond that. */
  content: z.string().max(64 * 1024 * 1024),
});

export const SessionImportResult = z.object({
  forumId: Id,
  title: z.string(),
  /** created: written now; already_present: this very forum is here already, nothing written. */
  status: z.enum(['created', 'already_present']),
  /** People already in this computer's register: their local record is kept as it is. */
  peopleKept: z.number().int().nonnegative(),
  /** People of the file erased on this computer before (PDPA): left out again, with what pointed at them. */
  peopleErased: z.number().int().nonnegative(),
  sensitive: z.enum(['included', 'left_out']),
  counts: SessionCounts,
});
export type SessionImportResult = z.infer<typeof SessionImportResult>;

/**
 * Why an import was refused, in enough detail to say what differs: the `details` of the
 * session.error.forum_differs and session.error.rows_exist refusals. Per table of the file
 * (SessionTable names), rows by primary key: only on this computer, only in the file, or in
 * both with other values.
 */
export const SessionTableDifference = z.object({
  table: z.string(),
  onlyHere: z.number().int().nonnegative(),
  onlyInFile: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
});
export type SessionTableDifference = z.infer<typeof SessionTableDifference>;

export const ForumDiffersDetails = z.object({
  forumId: Id,
  tables: z.array(z.string()),
  differences: z.array(SessionTableDifference),
});

export const RowsExistDetails = z.object({
  /** "table [key]" of the first rows found, for the log. */
  rows: z.array(z.string()),
  /** How many rows of each table are already here under another forum, and which forums. */
  tables: z.array(z.object({ table: z.string(), count: z.number().int().positive() })),
  forums: z.array(z.object({ id: Id, title: z.string() })),
});

export const sessionContract = {
  'session.export': op(SessionExportInput, SessionExportResult),
  'session.import': op(SessionImportInput, SessionImportResult),
};
