/**
 * The forum form's values (strings, as inputs hold them) and their way to and from the contract:
 * empty text becomes null, and errors are found client-side before the host is asked.
 */
import type { Input, Output } from '../../../shared/contract';
import { isoDay } from '../../../shared/domain/buddhist-date';
import type { Sector } from '../../../shared/domain/vocabulary';

type Forum = Output<'forums.get'>;

const TEXT_FIELDS = ['number', 'venue', 'village', 'tambon', 'district', 'province', 'organiser', 'facilitator', 'noteTaker'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export type ForumFormValues = {
  title: string;
  kind: Forum['kind'];
  date: string;
  startTime: string;
  endTime: string;
  iap2Level: NonNullable<Forum['iap2Level']> | '';
  status: Forum['status'];
  expectedSectors: Sector[];
} & Record<TextField, string>;

export type ForumField = keyof ForumFormValues;
export type ForumErrors = Partial<Record<ForumField, string>>;

export function emptyForumValues(): ForumFormValues {
  return {
    title: '',
    kind: 'village',
    date: isoDay(new Date()),
    startTime: '09:00',
    endTime: '',
    iap2Level: '',
    status: 'planned',
    expectedSectors: [],
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>),
  };
}

export function forumToValues(forum: Forum): ForumFormValues {
  return {
    title: forum.title,
    kind: forum.kind,
    date: forum.date,
    startTime: forum.startTime ?? '',
    endTime: forum.endTime ?? '',
    iap2Level: forum.iap2Level ?? '',
    status: forum.status,
    expectedSectors: [...forum.expectedSectors],
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, forum[f] ?? ''])) as Record<TextField, string>),
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

export function valuesToDraft(values: ForumFormValues): Input<'forums.create'> {
  const startTime = normalizeClock(values.startTime);
  const endTime = normalizeClock(values.endTime);
  return {
    title: values.title.trim(),
    kind: values.kind,
    date: values.date,
    startTime: orNull(startTime),
    endTime: orNull(endTime),
    iap2Level: values.iap2Level || null,
    status: values.status,
    expectedSectors: values.expectedSectors,
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, orNull(values[f])])) as Record<TextField, string | null>),
  };
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "9.30", "930", "09:30" → "09:30"; anything else is left as typed for validation to flag. */
export function normalizeClock(text: string): string {
  const match = text.trim().match(/^(\d{1,2})[:.]?(\d{2})$/);
  if (!match) return text.trim();
  const [, h = '', m = ''] = match;
  return `${h.padStart(2, '0')}:${m}`;
}

/** Values are translation keys, so the message follows the language. */
export function validateForum(values: ForumFormValues): ForumErrors {
  const errors: ForumErrors = {};
  const startTime = normalizeClock(values.startTime);
  const endTime = normalizeClock(values.endTime);
  if (!values.title.trim()) errors.title = 'forumForm.errors.titleRequired';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = 'forumForm.errors.dateRequired';
  if (startTime && !CLOCK.test(startTime)) errors.startTime = 'forumForm.errors.time';
  if (endTime && !CLOCK.test(endTime)) errors.endTime = 'forumForm.errors.time';
  if (!errors.startTime && !errors.endTime && startTime && endTime && endTime <= startTime) {
    errors.endTime = 'forumForm.errors.endBeforeStart';
  }
  return errors;
}

/** The host's validation details name the field by path (`title`, or `patch.title` for an update). */
export function fieldsFromDetails(details: unknown): ForumField[] {
  if (!Array.isArray(details)) return [];
  return details
    .map((issue: { path?: unknown }) => (Array.isArray(issue.path) ? issue.path.filter((p) => p !== 'patch')[0] : undefined))
    .filter((field): field is ForumField => typeof field === 'string');
}
