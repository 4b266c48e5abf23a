/**
 * How the template turns values into safe text: the plain-text formatter's wording (text/format.ts,
 * shared with the DOCX writer; Thai digits on request), HTML-escaped here, so no text reaches the
 * page without passing both.
 */
import { type PlainFormatter, plainFormatter } from '../text/format';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export interface Formatter {
  /** Escaped text, digits converted on request. */
  text(value: string): string;
  /** 1,234 or 12.5 (at most two decimals), as escaped text. */
  num(value: number): string;
  /** A share 0..1 as a percentage with one decimal: "12.5". */
  percent(share: number): string;
  /** Satang as baht: "12,500" or "12,500.50". */
  baht(satang: number): string;
  /** '2026-11-23' → "23 พฤศจิกายน 2569" (short: "23 พ.ย. 2569"). */
  date(iso: string, short?: boolean): string;
  /** '09:00' → "09.00", as Thai documents write times. */
  time(clock: string): string;
  readonly thaiDigits: boolean;
  /** The same values unescaped, for wording built from several of them (escape the result). */
  readonly plain: PlainFormatter;
}

export function formatter(thaiDigits: boolean): Formatter {
  const plain = plainFormatter(thaiDigits);
  return {
    thaiDigits,
    plain,
    text: (value) => escapeHtml(plain.text(value)),
    num: (value) => escapeHtml(plain.num(value)),
    percent: (share) => escapeHtml(plain.percent(share)),
    baht: (satang) => escapeHtml(plain.baht(satang)),
    date: (iso, short = false) => escapeHtml(plain.date(iso, short)),
    time: (clock) => escapeHtml(plain.time(clock)),
  };
}

/** Plain text with its line breaks kept, as `<br>`: a table cell of two lines. */
export const linesHtml = (plain: string) => escapeHtml(plain).replace(/\n/g, '<br>');
