/**
 * Search results as text segments, each marked as match or not, so the UI renders plain text
 * and never HTML. Matches are wrapped in two control characters that typed text does not contain,
 * then split. They are found in the Thai-normalised text (normalizeThai, as the index holds it)
 * and marked in the text as it was written, so "น้ํา" (ํ + า) is marked for the query "น้ำ".
 */
import type { SearchSegment } from '../../../shared/contract';
import { normalizeThaiMapped } from '../../../shared/domain/thai-text';

export const OPEN = '\u0002';
export const CLOSE = '\u0003';
export const ELLIPSIS = '…';
/** Characters of an excerpt around a match. */
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

/** The last query's pattern, kept: one search marks up to a page of rows with the same terms. */
let lastPattern: { key: string; pattern: RegExp } | null = null;

/** Any of the terms, case-insensitive; longest first, so where two start at the same place the longer one is marked. */
function termsPattern(terms: readonly string[]): RegExp {
  const key = terms.join('\u0000');
  if (lastPattern?.key !== key) {
    lastPattern = { key, pattern: new RegExp([...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'giu') };
  }
  return lastPattern.pattern;
}

/**
 * Where the (normalised) terms occur in the text as written: [start, end) in UTF-16 units,
 * in order, overlapping ones joined. Case-insensitive, like SQLite's LIKE and FTS5 trigram.
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const wanted = terms.filter((t) => t !== '');
  if (wanted.length === 0) return [];
  const mapped = normalizeThaiMapped(text);
  const pattern = termsPattern(wanted);
  const ranges: [number, number][] = [];
  for (const m of mapped.text.matchAll(pattern)) {
    if (m[0] === '') continue;
    const start = mapped.starts[m.index] ?? 0;
    const end = mapped.ends[m.index + m[0].length - 1] ?? start;
    const last = ranges.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** The text from `from` to `to` (UTF-16 units) with the ranges inside it wrapped in OPEN/CLOSE. */
function marked(text: string, ranges: readonly [number, number][], from = 0, to = text.length): string {
  let out = '';
  let at = from;
  for (const [start, end] of ranges) {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e <= s) continue;
    out += `${text.slice(at, s)}${OPEN}${text.slice(s, e)}${CLOSE}`;
    at = e;
  }
  return out + text.slice(at, to);
}

/** Wraps every occurrence of any term in OPEN/CLOSE. */
export const markTerms = (text: string, terms: readonly string[]): string => marked(text, matchRanges(text, terms));

const words = new Intl.Segmenter('th', { granularity: 'word' });

/** Where words begin, in characters (code points): Thai has no spaces to cut at. */
function wordStarts(chars: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const piece of words.segment(chars.join(''))) {
    starts.push(at);
    at += [...piece.segment].length;
  }
  starts.push(at);
  return starts;
}

/**
 * An excerpt: the whole text when short; else about SNIPPET_CHARS characters, from the start when
 * the first match lies within them, else from a little before it; cut between words where it can
 * (between characters only inside a word longer than the excerpt), cut ends shown with '…', every
 * match inside marked.
 */
export function snippetOf(text: string, terms: readonly string[]): string {
  const chars = [...text];
  const ranges = matchRanges(text, terms);
  if (chars.length <= SNIPPET_CHARS) return marked(text, ranges);
  // From UTF-16 offsets to character offsets (Thai is all in the BMP, but emoji are not).
  const toChar = (unit: number) => [...text.slice(0, unit)].length;
  const [firstStart, firstEnd] = ranges[0] ? [toChar(ranges[0][0]), toChar(ranges[0][1])] : [0, 0];
  const bounds = wordStarts(chars);
  const boundAtOrBefore = (c: number, floor: number) => bounds.filter((b) => b <= c && b >= floor).at(-1);
  let start = firstEnd <= SNIPPET_CHARS ? 0 : Math.max(0, firstStart - Math.floor(SNIPPET_CHARS / 4));
  start = boundAtOrBefore(start, start - Math.floor(SNIPPET_CHARS / 4)) ?? start;
  // Never on the marks written over a consonant.
  while (start > 0 && isCombining(chars[start])) start -= 1;
  const limit = Math.min(chars.length, start + SNIPPET_CHARS);
  let end = limit === chars.length ? limit : (boundAtOrBefore(limit, Math.max(firstEnd, start + 1)) ?? limit);
  while (end < chars.length && isCombining(chars[end])) end += 1;
  const unit = (c: number) => chars.slice(0, c).join('').length;
  const body = marked(text, ranges, unit(start), unit(end));
  return `${start > 0 ? ELLIPSIS : ''}${body}${end < chars.length ? ELLIPSIS : ''}`;
}

/** The distinct matched texts, in order of first appearance. */
export const matchedTexts = (...lists: SearchSegment[][]) => [...new Set(lists.flat().filter((s) => s.match).map((s) => s.text))];
