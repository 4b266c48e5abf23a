/**
 * How a typed query becomes search terms. FTS5's trigram tokenizer indexes every run of three
 * characters, so it can find any substring of three or more characters (which is what Thai,
 * written without spaces between words, needs) but nothing shorter: a one- or two-character
 * term can only be found by scanning the text with LIKE. The query is Thai-normalised
 * (normalizeThai) as the index and the LIKE scans are, so "น้ํา" and "น้ำ" find each other.
 */
import { normalizeThai } from '../../../shared/domain/thai-text';


/** Characters as FTS5 counts them: code points, so a Thai tone mark or vowel sign counts as one. */
export const TRIGRAM = 3;
/** More words than this are ignored: a search box, not a document. */
const MAX_TERMS = 8;

export interface Terms {
  /** Every distinct word of the query, in the order typed. */
  all: string[];
  /** Words long enough for the trigram index. */
  indexed: string[];
  /** Words of one or two characters, matched with LIKE. */
  short: string[];
}

export function splitQuery(query: string): Terms {
  const all = [...new Set(normalizeThai(query).split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
  const length = (t: string) => [...t].length;
  return { all, indexed: all.filter((t) => length(t) >= TRIGRAM), short: all.filter((t) => length(t) < TRIGRAM) };
}

/**
 * An FTS5 MATCH expression in which every term must appear. Each is a quoted string with its
 * quotes doubled, so nothing the user types (quotes, AND, NEAR, *, ^, parentheses, column
 * names) is read as query syntax.
 */
export const ftsMatch = (terms: string[]) => terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' ');

/** A LIKE pattern for "contains", with LIKE's own wildcards escaped (the statement says ESCAPE '\'). */
export const likeContains = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
