/**
 * How alike two issue titles are, in a way a facilitator can be told: the Jaccard index of
 * their character trigrams. Thai is written without spaces between words, so words cannot be
 * compared without a dictionary; runs of three characters can, and titles that share a
 * phrase ("ถนน…ชำรุด") share its trigrams.
 *
 * Definition: a title is normalised (Unicode NFC, lower case, everything but letters, marks and
 * digits removed, so spacing and punctuation do not count), a marker is put at each end (so a
 * shared beginning or ending counts once more), and its set of 3-character substrings is taken.
 * similarity(a, b) = |A ∩ B| / |A ∪ B|, from 0 (nothing shared) to 1 (the same set).
 * Normalised titles that are equal are an exact match (score 1).
 */

/** At or above this, two titles are proposed as one issue. Chosen on real village titles: see docs/merge.md. */
export const SIMILARITY_THRESHOLD = 0.3;

const EDGE = '\u0002';

export const normalizeTitle = (title: string) => title.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '');

export function trigrams(normalized: string): Set<string> {
  const chars = [...`${EDGE}${normalized}${EDGE}`];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Similarity of two titles, rounded to 3 decimals so what is shown is what was compared. */
export function titleSimilarity(a: string, b: string): { score: number; exact: boolean } {
  const na = normalizeTitle(a);
  const nb = normalizeTitle(b);
  if (na === nb && na !== '') return { score: 1, exact: true };
  return { score: Math.round(jaccard(trigrams(na), trigrams(nb)) * 1000) / 1000, exact: false };
}
