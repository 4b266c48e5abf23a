/**
 * The Thai phrases the seeded minutes text is made of: the note-taker edits from here, so they
 * read as a clerk would write them (งานสารบรรณ style). `{name}`, `{text}` and `{time}` are filled
 * in by seed.ts. The minutes are a Thai official document, so these are Thai whatever the UI
 * language is.
 */
import type { NoteKind } from '../../../shared/contract';

/** One paragraph per note: said by a named person, or from the floor / by the meeting. */
export const NOTE_PHRASES: Record<NoteKind, { speaker: string; unattributed: string }> = {
  statement: { speaker: '{name} กล่าวว่า {text}', unattributed: 'ที่ประชุมอภิปรายว่า {text}' },
  question: { speaker: '{name} ถามว่า {text}', unattributed: 'มีผู้ถามว่า {text}' },
  proposal: { speaker: '{name} เสนอว่า {text}', unattributed: 'มีผู้เสนอว่า {text}' },
  draft_resolution: { speaker: '{name} เสนอร่างมติว่า {text}', unattributed: 'มีผู้เสนอร่างมติว่า {text}' },
};

/**
 * A small group's report to the plenary (groups.reportBack) taken with no reporter named: the
 * group speaks through someone, so the minutes name it rather than "the meeting discussed".
 * With a reporter the note reads as any statement of theirs, its text naming the group.
 */
export const GROUP_REPORT_UNATTRIBUTED = 'ผู้แทนกลุ่มย่อย {group} รายงานต่อที่ประชุมว่า {text}';

/** The opening words, when the start time is known. */
export const OPENING_PHRASE = 'ประธานกล่าวเปิดประชุมเมื่อเวลา {time} น.';

/** Fills `{key}` placeholders; a key without a value is left as it is, so a missing one shows. */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
