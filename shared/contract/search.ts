/** Thai full-text search over notes, issues and resolutions (FTS5 trigram, Thai-normalised). */
import { z } from 'zod';
import { Id, IsoDateTime, TypedText, op } from './common';
import { NoteSpeaker } from './notes';

/** A piece of text, marked when it is part of the match: the UI renders segments, never HTML. */
export const SearchSegment = z.object({ text: z.string(), match: z.boolean() });
export type SearchSegment = z.infer<typeof SearchSegment>;

export const SEARCH_KINDS = ['note', 'issue', 'resolution'] as const;

/** The agenda item a hit was recorded under, numbered as the agenda shows it ("4.1"). */
export const SearchAgendaItem = z.object({ number: z.string(), title: z.string() });
export type SearchAgendaItem = z.infer<typeof SearchAgendaItem>;

export const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: Id,
  forumId: Id,
  forumTitle: z.string(),
  agendaItemId: Id.nullable(),
  /** Its number and title; null when the hit is under no item (or the item is gone). */
  agendaItem: SearchAgendaItem.nullable(),
  /** Who said it, for a note; null for an unattributed note and for an issue. */
  speaker: NoteSpeaker.nullable(),
  /** An issue's whole title with the match marked; null for a note. */
  title: z.array(SearchSegment).nullable(),
  /**
   * An excerpt of the note's or resolution's text (an issue's description) around the match, with
   * the match marked; cut ends carry '…'. Empty for an issue without a description.
   */
  snippet: z.array(SearchSegment),
  /** The distinct matched texts as they are written in the record, to mark them when the whole record is shown. */
  highlights: z.array(z.string()),
  /** When the note was taken / the issue raised / the resolution recorded. */
  at: IsoDateTime,
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchQuery = z
  .object({
    /**
     * Words separated by spaces must all appear (as substrings, in any order). Blank gives no
     * results rather than an error, so the UI can search as the user types.
     */
    query: TypedText(200).trim(),
    /** Left out: every forum not in the trash. */
    forumId: Id.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type SearchQuery = z.input<typeof SearchQuery>;

export const searchContract = {
  /**
   * Issues first (not merged ones), then resolutions, then notes (not deleted ones), each newest
   * first, at most `limit` in all. Thai is matched normalised: ำ written ํ + า is found by ำ.
   */
  'search.query': op(SearchQuery, z.object({ results: z.array(SearchHit), more: z.boolean() })),
};
