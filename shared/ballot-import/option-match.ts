/**
 * A cell (or JSON entry) naming an option: its label as printed, or its ballot number.
 * - A label matches when it is the same text after Unicode normalisation (NFC), case and runs
 *   of spaces aside, so "Road  repair" in a spreadsheet is the option "road repair".
 * - Otherwise a whole number 1 … n (Thai digits ๐–๙ too) is the option with that number.
 * A label wins over a number, so an option literally named "2" is still found by its name.
 */
import { normalizeForSearch } from '../domain/thai-text';

const THAI_DIGITS = /[๐-๙]/g;
const latin = (text: string) => text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));

export class OptionMatcher {
  private readonly byLabel = new Map<string, number>();
  constructor(private readonly labels: readonly string[]) {
    labels.forEach((label, i) => {
      const key = normalizeForSearch(label);
      if (!this.byLabel.has(key)) this.byLabel.set(key, i);
    });
  }

  /** The option's index, or null. */
  find(cell: string | number): number | null {
    if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= this.labels.length ? cell - 1 : null;
    const byLabel = this.byLabel.get(normalizeForSearch(cell));
    if (byLabel !== undefined) return byLabel;
    const digits = latin(cell.trim());
    if (!/^\d{1,4}$/.test(digits)) return null;
    const n = Number(digits);
    return n >= 1 && n <= this.labels.length ? n - 1 : null;
  }
}

/** A whole-number count 1 … max written in a cell (Thai digits and thousands commas allowed), or null. */
export function parseCount(cell: string | number, max: number): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= max ? cell : null;
  const digits = latin(cell.trim()).replace(/,(?=\d{3}\b)/g, '');
  if (!/^\d{1,10}$/.test(digits)) return null;
  const n = Number(digits);
  return n >= 1 && n <= max ? n : null;
}
