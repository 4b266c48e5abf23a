/** Building blocks every feature contract uses: ids, dates, errors, results, change events. */
import { z } from 'zod';

export const Id = z.uuid();
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/**
 * Free text that may be empty: trimmed, empty becomes null. No default here on purpose:
 * drafts add `.default(null)`, patches use `.partial()` so a missing key changes nothing.
 */
export const NullableText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v ? v : null));

export const RequiredText = (max = 200) => z.string().trim().min(1).max(max);

export const ERROR_CODES = [
  'validation',
  'not_found',
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
  // Follow-through between forums (issue 14).
  'partner',
  'agreement',
  'status_update',
  'follow_up',
  'lesson',
  'project_plan',
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
