/**
 * Values as the DOCX minutes print them: the same rules as the HTML template's formatter
 * (html/format.ts) without HTML escaping, since the docx library writes XML-safe text itself.
 * With the Thai-digits option every digit of every string becomes a Thai digit.
 */
import { formatDate, toThaiDigits } from '../../../../shared/domain/buddhist-date';
import { TH } from '../html/strings-th';

export interface PlainFormatter {
  text(value: string): string;
  /** 1,234 or 12.5 (at most two decimals). */
  num(value: number): string;
  /** A share 0..1 as a percentage with one decimal: "12.5". */
  percent(share: number): string;
  /** Satang as baht: "12,500" or "12,500.50". */
  baht(satang: number): string;
  /** '2026-11-23' → "23 พฤศจิกายน 2569" (short: "23 พ.ย. 2569"). */
  date(iso: string, short?: boolean): string;
  /** '2026-11-23' → "เมื่อวันจันทร์ที่ 23 พฤศจิกายน 2569". */
  when(iso: string): string;
  /** '09:00' → "09.00", as Thai documents write times. */
  time(clock: string): string;
  readonly thaiDigits: boolean;
}

const grouped = (value: number, digits: number) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });

export function plainFormatter(thaiDigits: boolean): PlainFormatter {
  const text = (value: string) => (thaiDigits ? toThaiDigits(value) : value);
  const date = (iso: string, short = false) => text(formatDate(iso, 'th', { short }));
  return {
    thaiDigits,
    text,
    num: (value) => text(Number.isInteger(value) ? grouped(value, 0) : value.toLocaleString('en-US', { maximumFractionDigits: 2 })),
    percent: (share) => text(grouped(share * 100, 1)),
    baht: (satang) => text(grouped(satang / 100, satang % 100 === 0 ? 0 : 2)),
    date,
    when: (iso) => {
      // A calendar day: its weekday is the same everywhere, so read it in UTC.
      const weekday = TH.weekdays[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '';
      return text(TH.when(weekday, formatDate(iso, 'th')));
    },
    time: (clock) => text(clock.replace(':', '.')),
  };
}
