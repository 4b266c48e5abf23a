/**
 * Search results as text segments, each marked as match or not, so the UI renders plain text
 * and never HTML. FTS5's highlight()/snippet() wrap matches in two control characters that
 * typed text does not contain; the LIKE fallback marks matches itself the same way.
 */
import type { SearchSegment } from '../../../shared/contract';

export const OPEN = '\u0002';
export const CLOSE = '\u0003';
export const ELLIPSIS = '…';
/** Characters FTS5's snippet() is asked for around a match: trigram tokens are one per character. */
export const SNIPPET_CHARS = 64;

// Thai vowel signs and tone marks written above or below the consonant before them.
const THAI_COMBINING = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+/;
const isCombining = (ch: string | undefined) => ch !== undefined && THAI_COMBINING.test(ch);

/** Turns text with OPEN/CLOSE markers into segments, adjacent ones of the same kind joined, empty ones dropped. */
export function fromMarked(marked: string | null): SearchSegment[] {
  const segments: SearchSegment[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
    text = '';
  };
  for (const ch of marked ?? '') {
    if (ch === OPEN || ch === CLOSE) {
      flush();
      match = ch === OPEN;
    } else {
      text += ch;
    }
  }
  flush();
  return tidyCutStart(segments);
}

/**
 * A snippet cut just before a vowel sign or tone mark would start with it alone, drawn on a
 * dotted circle; the orphaned marks after a leading '…' are dropped. Matched text is never touched.
 */
function tidyCutStart(segments: SearchSegment[]): SearchSegment[] {
  const first = segments[0];
  if (!first || first.match || !first.text.startsWith(ELLIPSIS)) return segments;
  const text = ELLIPSIS + first.text.slice(ELLIPSIS.length).replace(THAI_COMBINING, '');
  return [{ text, match: false }, ...segments.slice(1)];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Wraps every occurrence of any term in OPEN/CLOSE; case-insensitive, like SQLite's LIKE and FTS5 trigram. */
export function markTerms(text: string, terms: string[]): string {
  if (terms.length === 0) return text;
  // Longest first, so where two terms start at the same place the longer one is marked.
  const pattern = new RegExp([...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'giu');
  return text.replace(pattern, (m) => `${OPEN}${m}${CLOSE}`);
}

/**
 * The LIKE fallback's snippet(): the whole text when short, else SNIPPET_CHARS characters
 * starting a little before the first match (or at the start when there is none), cut ends
 * shown with '…', every match inside marked.
 */
export function snippetOf(text: string, terms: string[]): string {
  const chars = [...text];
  if (chars.length <= SNIPPET_CHARS) return markTerms(text, terms);
  const lower = text.toLowerCase();
  const firstUnit = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  // From a UTF-16 offset to a character offset (Thai is all in the BMP, but emoji are not).
  const first = Number.isFinite(firstUnit) ? [...text.slice(0, firstUnit)].length : 0;
  let start = Math.max(0, Math.min(first - Math.floor(SNIPPET_CHARS / 4), chars.length - SNIPPET_CHARS));
  // Start on a consonant, not on the marks written over it.
  while (start > 0 && isCombining(chars[start])) start -= 1;
  const end = start + SNIPPET_CHARS;
  const body = markTerms(chars.slice(start, end).join(''), terms);
  return `${start > 0 ? ELLIPSIS : ''}${body}${end < chars.length ? ELLIPSIS : ''}`;
}

/** The distinct matched texts, in order of first appearance. */
export const matchedTexts = (...lists: SearchSegment[][]) => [...new Set(lists.flat().filter((s) => s.match).map((s) => s.text))];
