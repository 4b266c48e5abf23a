/**
 * How the template turns values into safe text: every string is HTML-escaped here, and with
 * the Thai-digits option every digit of it becomes a Thai digit, so no text reaches the page
 * without passing both.
 */
import { formatDate, toThaiDigits } from '../../../../shared/domain/buddhist-date';

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
}

const grouped = (value: number, digits: number) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });

export function formatter(thaiDigits: boolean): Formatter {
  const text = (value: string) => escapeHtml(thaiDigits ? toThaiDigits(value) : value);
  return {
    thaiDigits,
    text,
    num: (value) => text(Number.isInteger(value) ? grouped(value, 0) : value.toLocaleString('en-US', { maximumFractionDigits: 2 })),
    percent: (share) => text(grouped(share * 100, 1)),
    baht: (satang) => text(grouped(satang / 100, satang % 100 === 0 ? 0 : 2)),
    date: (iso, short = false) => text(formatDate(iso, 'th', { short })),
    time: (clock) => text(clock.replace(':', '.')),
  };
}
