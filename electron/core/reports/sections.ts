/**
 * The editable sections of a forum's minutes: the fixed keys, then one `item:<id>` per agenda
 * item in agenda order, each with its seeded text (seed.ts) and the note-taker's edit if any
 * (store.ts). The fixed key `unassigned` is seeded from the notes taken under no item, the way an
 * item's summary is from its notes. Edits of an item no longer on the agenda are kept but not listed: restoring the
 * item (same id) brings its edited summary back with it.
 */
import {
  type AgendaItem,
  type Attendee,
  FIXED_SECTION_KEYS,
  type Forum,
  type MinutesSection,
  type Note,
  type SectionKey,
  itemSectionKey,
} from '../../../shared/contract';
import { readList as readAgenda } from '../agenda/store';
import type { Context } from '../context';
import { notFound } from '../errors';
import { findForum } from '../forums/store';
import { listResolutions } from '../notes/resolutions';
import { listNotes } from '../notes/store';
import { listAttendees } from '../people/store';
import { seedFixedSections, seedItemSummary } from './seed';
import { type SectionEdit, groupReportNotes, sectionEdits } from './store';
import { minutesTimes } from './times';

/** What the sections (and the rest of the minutes) are built from, read once. */
export interface MinutesSources {
  forum: Forum;
  /** Display order, numbered ("1", "4.1"). */
  items: AgendaItem[];
  attendees: Attendee[];
  startTime: string | null;
  endTime: string | null;
}

export function readSources(ctx: Context, forumId: string): MinutesSources {
  const forum = findForum(ctx, forumId);
  if (!forum) throw notFound('forum', forumId);
  const items = readAgenda(ctx, forumId).items;
  return { forum, items, attendees: listAttendees(ctx, forumId), ...minutesTimes(forum, items) };
}

/** Every section, fixed keys first, then the agenda items in order. */
export function minutesSections(ctx: Context, sources: MinutesSources): MinutesSection[] {
  const forumId = sources.forum.id;
  const notesByItem = new Map<string | null, Note[]>();
  for (const note of listNotes(ctx, { forumId, includeDeleted: false })) {
    const list = notesByItem.get(note.agendaItemId) ?? [];
    list.push(note);
    notesByItem.set(note.agendaItemId, list);
  }
  const seeds = seeder(ctx, sources);
  const edits = sectionEdits(ctx, forumId);
  return [
    ...FIXED_SECTION_KEYS.map((key) =>
      withEdit(key, key === 'unassigned' ? seeds.item(notesByItem.get(null) ?? []) : seeds.fixed[key], edits.get(key)),
    ),
    ...sources.items.map((item) => {
      const key = itemSectionKey(item.id);
      return withEdit(key, seeds.item(notesByItem.get(item.id) ?? []), edits.get(key));
    }),
  ];
}

/** One section, reading only the notes it needs; null for an item key not on the forum's agenda. */
export function minutesSection(ctx: Context, sources: MinutesSources, key: SectionKey): MinutesSection | null {
  const forumId = sources.forum.id;
  const seeds = seeder(ctx, sources);
  const edit = sectionEdits(ctx, forumId).get(key);
  if (key === 'unassigned') return withEdit(key, seeds.item(listNotes(ctx, { forumId, agendaItemId: null, includeDeleted: false })), edit);
  if (!key.startsWith('item:')) return withEdit(key, seeds.fixed[key as keyof typeof seeds.fixed], edit);
  const item = sources.items.find((i) => itemSectionKey(i.id) === key);
  if (!item) return null;
  return withEdit(key, seeds.item(listNotes(ctx, { forumId, agendaItemId: item.id, includeDeleted: false })), edit);
}

function withEdit(key: SectionKey, seededText: string, edit: SectionEdit | undefined): MinutesSection {
  return { key, text: edit ? edit.text : seededText, seededText, edited: edit !== undefined, updatedAt: edit?.updatedAt ?? null };
}

function seeder(ctx: Context, sources: MinutesSources) {
  const summaryContext = {
    positions: new Map(sources.attendees.map((a) => [a.person.id, a.person.position])),
    resolutionSourceNoteIds: new Set(listResolutions(ctx, sources.forum.id).flatMap((r) => (r.sourceNoteId ? [r.sourceNoteId] : []))),
    groupReports: groupReportNotes(ctx, sources.forum.id),
  };
  return {
    fixed: seedFixedSections(sources.forum, sources.startTime),
    item: (notes: readonly Note[]) => seedItemSummary(notes, summaryContext),
  };
}
