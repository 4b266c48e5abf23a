/** Building blocks every feature contract uses: ids, dates, errors, results, change events. */
import { z } from 'zod';

export const Id = z.uuid();
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/**
 * What every text typed into Wethi goes through, once, here: line endings made "\n", Unicode
 * NFC (the same Thai word typed on two keyboards is the same text, so it sorts, searches and
 * merges as one), and refused if it holds a control character other than line feed and tab
 * (NUL, escape codes, C1 controls) or half of a surrogate pair (text broken in transit).
 */
const tidy = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).normalize('NFC');
/** Zero-width characters that show nothing (ZWSP, ZWNJ, ZWJ, word joiner, BOM): trimmed like spaces at the ends. */
const INVISIBLE = /^[\u200B-\u200D\u2060\uFEFF]$/;
function tidyAndTrim(text: string): string {
  let trimmed = tidy(text).trim();
  // Rare, so checked after the fast built-in trim: invisible characters at an end, then trim again.
  while (trimmed !== '' && (INVISIBLE.test(trimmed[0] as string) || INVISIBLE.test(trimmed[trimmed.length - 1] as string))) {
    trimmed = trimmed.replace(/^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g, '');
  }
  return trimmed;
}
/**
 * Any character but C0/C1 controls (tab and line feed allowed), and surrogates only as whole
 * pairs. Unrolled (a run of ordinary characters, then a pair and another run) so that text
 * without surrogates is matched in one tight loop.
 */
const ORDINARY = '[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]*';
const CLEAN = new RegExp(`^${ORDINARY}(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]${ORDINARY})*$`);
const CLEAN_MESSAGE = 'no control characters (other than line breaks and tabs) and no broken characters';

/**
 * Text as typed, kept as typed (not trimmed, may be empty): a draft being written, an edited
 * section of the minutes. Line endings and NFC as all text, and the same refusals.
 */
export const TypedText = (max: number) => z.string().overwrite(tidy).max(max).regex(CLEAN, CLEAN_MESSAGE);

/**
 * Text that must say something: trimmed (zero-width characters at the ends too, so a name of
 * only invisible characters is empty and refused).
 */
export const RequiredText = (max = 200) => z.string().overwrite(tidyAndTrim).min(1, 'must not be empty').max(max).regex(CLEAN, CLEAN_MESSAGE);

/**
 * Free text that may be empty: trimmed like RequiredText, empty becomes null. No default here on
 * purpose: drafts add `.default(null)`, patches use `.partial()` so a missing key changes nothing.
 */
export const NullableText = (max = 200) =>
  z
    .string()
    .overwrite(tidyAndTrim)
    .max(max)
    .regex(CLEAN, CLEAN_MESSAGE)
    .nullable()
    .transform((v) => (v ? v : null));

export const ERROR_CODES = [
  'validation',
  'not_found',
  /** The id exists but belongs to another forum (or the person is not registered at it): electron/core/guard.ts. */
  'outside_forum',
  'conflict',
  'unknown_operation',
  'database_newer',
  'import_invalid',
  'import_unreadable',
  'unauthorized',
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Errors are values: a code, a translation key for the UI, a plain message for logs and the CLI. */
export const ApiError = z.object({
  code: ErrorCode,
  messageKey: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * What a change event says changed: one closed vocabulary, so a service cannot emit a name the
 * windows do not know and the renderer's invalidation table (renderer/api/query-keys.ts) must
 * name every one. Mostly the table that was written; `merge` is a merge's trace rows
 * (merge_source), `minutes` the note-taker's edited sections, `*` a restored backup (everything,
 * every forum).
 */
export const ENTITIES = [
  'forum',
  'person',
  'attendance',
  'agenda_item',
  'projector',
  'issue',
  'note',
  'resolution',
  'speech',
  'speaker_queue',
  'small_group',
  'poll',
  'priority',
  'project',
  'minutes',
  'merge',
  'room',
  'room_submission',
  '*',
] as const;
export const Entity = z.enum(ENTITIES);
export type Entity = z.infer<typeof Entity>;

export const ChangeEvent = z.object({
  entity: Entity,
  id: z.string().nullable(),
  forumId: z.string().nullable(),
});
export type ChangeEvent = z.infer<typeof ChangeEvent>;

export const Empty = z.object({}).strict();
export const ById = z.object({ id: Id }).strict();
export const Ok = z.object({ ok: z.literal(true) });

/** One operation: what it takes and what it gives back. */
export interface Operation<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}
export const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Operation<I, O> => ({
  input,
  output,
});
