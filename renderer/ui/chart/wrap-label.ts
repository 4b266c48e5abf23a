/**
 * A chart label broken into lines that fit a width, at word boundaries (Intl.Segmenter: Thai
 * writes no spaces between words), never inside a character cluster. A label that needs more
 * lines than allowed keeps whole words and ends in "…"; the caller shows the full text beside
 * the chart. A single word wider than the line is the only thing broken inside a word, and then
 * between grapheme clusters (a consonant keeps its vowels and tone marks). Lines are balanced:
 * a label that needs two lines is split near its middle.
 */

export interface WrappedLabel {
  lines: string[];
  /** True when words were left out to stay within the lines allowed. */
  shortened: boolean;
}

export type Measure = (text: string) => number;

const ELLIPSIS = '…';

const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Pieces a line may break between: words, with the spaces after a word kept on its end. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of words.segment(text)) {
    if (/^\s+$/.test(segment) && out.length > 0) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}

/** A word too wide for a line, in slices that fit, cut between grapheme clusters. */
function sliceWord(word: string, maxWidth: number, measure: Measure): string[] {
  const out: string[] = [];
  let line = '';
  for (const { segment } of graphemes.segment(word)) {
    if (line && measure(line + segment) > maxWidth) {
      out.push(line);
      line = segment;
    } else line += segment;
  }
  if (line) out.push(line);
  return out;
}

export function wrapLabel(text: string, maxWidth: number, maxLines: number, measure: Measure): WrappedLabel {
  const greedy = fill(text, maxWidth, maxLines, measure);
  if (greedy.shortened || greedy.lines.length < 2) return greedy;
  // As many lines, as even as they go: the narrowest width that needs no more lines, so a
  // label breaks in its middle rather than leaving one word alone on the last line.
  let low = maxWidth / greedy.lines.length;
  let high = maxWidth;
  for (let step = 0; step < 12 && high - low > 1; step++) {
    const mid = (low + high) / 2;
    if (fill(text, mid, greedy.lines.length, measure).shortened) low = mid;
    else high = mid;
  }
  return fill(text, high, greedy.lines.length, measure);
}

/** Lines filled word by word up to the width. */
function fill(text: string, maxWidth: number, maxLines: number, measure: Measure): WrappedLabel {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text.trim())) {
    const candidate = line + piece;
    if (measure(candidate.trimEnd()) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    if (measure(piece.trimEnd()) <= maxWidth) line = piece;
    else {
      const slices = sliceWord(piece.trimEnd(), maxWidth, measure);
      line = slices.pop() ?? '';
      lines.push(...slices);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return { lines, shortened: false };
  return { lines: [...lines.slice(0, maxLines - 1), ellipsize(lines.slice(maxLines - 1).join(''), maxWidth, measure)], shortened: true };
}

/** The longest run of whole words from the start that fits with "…" after it. */
function ellipsize(rest: string, maxWidth: number, measure: Measure): string {
  let kept = '';
  for (const piece of pieces(rest)) {
    if (measure(`${(kept + piece).trimEnd()}${ELLIPSIS}`) > maxWidth) break;
    kept += piece;
  }
  // Not even the first word fits beside "…": its grapheme clusters that do.
  if (!kept) kept = sliceWord(rest, maxWidth - measure(ELLIPSIS), measure)[0] ?? '';
  return `${kept.trimEnd()}${ELLIPSIS}`;
}
