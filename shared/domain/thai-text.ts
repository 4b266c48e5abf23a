/** Thai-aware text helpers: collation for sorting, display names, and one normalisation for matching. */

// 'accent': tone marks still tell names apart (a stable dictionary order); letter case does not.
export const thaiCollator = new Intl.Collator('th', { sensitivity: 'accent', numeric: true });

export const compareThai = (a: string, b: string) => thaiCollator.compare(a, b);

export function fullName(p: { titlePrefix?: string | null; firstName: string; lastName?: string | null }): string {
  // Thai writes the prefix joined to the name: "นายสมชาย ใจดี".
  return `${p.titlePrefix ?? ''}${p.firstName}${p.lastName ? ` ${p.lastName}` : ''}`;
}

const NIKHAHIT = '\u0E4D';
const SARA_AA = '\u0E32';
const SARA_AM = '\u0E33';
const SARA_E = '\u0E40';
const SARA_AE = '\u0E41';
/** ่ ้ ๊ ๋ */
const TONE_MARKS = ['\u0E48', '\u0E49', '\u0E4A', '\u0E4B'];
/** ั ิ ี ึ ื ุ ู: written before a tone mark on the same consonant. */
const VOWELS_ABOVE_BELOW = ['\u0E31', '\u0E34', '\u0E35', '\u0E36', '\u0E37', '\u0E38', '\u0E39'];

/**
 * The same Thai text typed, copied or extracted in different ways, made one, as plain
 * replacements applied in this order (each to every occurrence, left to right, as SQLite's
 * replace() does, so the search index can apply the very same list in SQL):
 * - SARA AM written as NIKHAHIT + SARA AA (ํา, as PDFs and old fonts give it), also with the tone
 *   mark between them (น + ํ + ้ + า) → ำ, so "น้ํา" is "น้ำ";
 * - a tone mark typed before the vowel above or below it (ก + ่ + ี) → vowel first (ก + ี + ่),
 *   which is also what NFC does for ุ and ู and NFC leaves for the rest;
 * - two SARA E for SARA AE (เเ → แ), a common typing habit;
 * - invisible characters copied along: zero-width space, soft hyphen, byte-order mark.
 * NFC alone joins none of these. Changing the list changes what the search index holds: it needs a
 * migration that rebuilds the index (as 0013 does).
 */
export const THAI_TEXT_FIXES: readonly (readonly [from: string, to: string])[] = [
  ...TONE_MARKS.map((tone) => [NIKHAHIT + tone + SARA_AA, tone + SARA_AM] as const),
  [NIKHAHIT + SARA_AA, SARA_AM],
  ...TONE_MARKS.flatMap((tone) => VOWELS_ABOVE_BELOW.map((vowel) => [tone + vowel, vowel + tone] as const)),
  [SARA_E + SARA_E, SARA_AE],
  ['\u200B', ''],
  ['\u00AD', ''],
  ['\uFEFF', ''],
];

/** Thai text in one form for matching (THAI_TEXT_FIXES); what it does not touch stays as it is. */
export const normalizeThai = (text: string): string => THAI_TEXT_FIXES.reduce((t, [from, to]) => t.replaceAll(from, to), text);

export interface MappedText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`: where in the source the characters it came from start… */
  starts: Uint32Array;
  /** …and end (exclusive). */
  ends: Uint32Array;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether any replacement applies: most text needs none, and is then left alone at once. */
const ANY_FIX = new RegExp(THAI_TEXT_FIXES.map(([from]) => escapeRegExp(from)).join('|'), 'u');

/** normalizeThai, keeping where each character came from: a match in the normalised text can be marked in the source. */
export function normalizeThaiMapped(source: string): MappedText {
  if (!ANY_FIX.test(source)) {
    const starts = new Uint32Array(source.length);
    const ends = new Uint32Array(source.length);
    for (let i = 0; i < source.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return { text: source, starts, ends };
  }
  let text = source;
  let starts = Array.from({ length: source.length }, (_, i) => i);
  let ends = starts.map((i) => i + 1);
  for (const [from, to] of THAI_TEXT_FIXES) {
    if (!text.includes(from)) continue;
    let out = '';
    const outStarts: number[] = [];
    const outEnds: number[] = [];
    let at = 0;
    for (let hit = text.indexOf(from); hit >= 0; hit = text.indexOf(from, at)) {
      out += text.slice(at, hit) + to;
      outStarts.push(...starts.slice(at, hit));
      outEnds.push(...ends.slice(at, hit));
      // Every character put in stands for the whole sequence it replaces.
      for (let k = 0; k < to.length; k++) {
        outStarts.push(starts[hit] ?? 0);
        outEnds.push(ends[hit + from.length - 1] ?? 0);
      }
      at = hit + from.length;
    }
    out += text.slice(at);
    outStarts.push(...starts.slice(at));
    outEnds.push(...ends.slice(at));
    text = out;
    starts = outStarts;
    ends = outEnds;
  }
  return { text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** For matching: Thai normalised (normalizeThai), NFC, lower case, single spaces. */
export const normalizeForSearch = (s: string) =>
  normalizeThai(s.normalize('NFC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
