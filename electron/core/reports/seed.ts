/**
 * The text each minutes section starts from before the note-taker edits it. Derived on every
 * read from the forum's data, never stored: an edit is stored beside it (store.ts), and "reset"
 * just forgets the edit.
 */
import type { Forum, Note } from '../../../shared/contract';
import { GROUP_REPORT_UNATTRIBUTED, NOTE_PHRASES, OPENING_PHRASE, fill } from './seed-phrases';

/** HH:MM → "09.00", as Thai official documents write times. */
const thaiClock = (time: string) => time.replace(':', '.');

export function seedOpening(startTime: string | null): string {
  return startTime ? fill(OPENING_PHRASE, { time: thaiClock(startTime) }) : '';
}

/** The fixed sections' seeds. Positions and the reviewer are not in the forum's data: left empty for the note-taker. */
export function seedFixedSections(forum: Pick<Forum, 'noteTaker'>, startTime: string | null) {
  return {
    opening: seedOpening(startTime),
    closing: '',
    noteTakerName: forum.noteTaker ?? '',
    noteTakerPosition: '',
    reviewerName: '',
    reviewerPosition: '',
  } as const;
}

export interface SummaryContext {
  /** Person id → position, printed after the name ("นายสมศักดิ์ ใจดี ผู้ใหญ่บ้าน") as minutes do. */
  positions: ReadonlyMap<string, string | null>;
  /** Notes already printed as a resolution (มติที่ประชุม): not repeated in the summary. */
  resolutionSourceNoteIds: ReadonlySet<string>;
  /** A small group's report-back note → the group's name, for a report nobody is named as giving. */
  groupReports: ReadonlyMap<string, string>;
}

/**
 * An agenda item's discussion summary: one paragraph (one line) per note, in the order the
 * notes were taken. `notes` are the item's notes; deleted ones are skipped here too.
 */
export function seedItemSummary(notes: readonly Note[], context: SummaryContext): string {
  return notes
    .filter((n) => n.deletedAt === null && !context.resolutionSourceNoteIds.has(n.id))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map((n) => {
      // One paragraph per note: line breaks typed inside a note become spaces.
      const text = n.text.replace(/\s*\n\s*/g, ' ').trim();
      const phrase = NOTE_PHRASES[n.kind];
      const group = context.groupReports.get(n.id);
      if (!n.speaker && group !== undefined) return fill(GROUP_REPORT_UNATTRIBUTED, { group, text });
      if (!n.speaker) return fill(phrase.unattributed, { text });
      const position = context.positions.get(n.speaker.id);
      return fill(phrase.speaker, { name: position ? `${n.speaker.name} ${position}` : n.speaker.name, text });
    })
    .join('\n');
}
