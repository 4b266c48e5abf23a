/**
 * Values as the minutes print them, as plain text: numbers, money, Buddhist Era dates, times.
 * The DOCX writer uses it as it is (the docx library writes XML-safe text itself); the HTML
 * template's formatter (html/format.ts) escapes what it returns, so both formats agree.
 * With the Thai-digits option every digit of every string becomes a Thai digit.
 */
import type { Project } from '../../../../shared/contract';
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

/** A project's dates: one date, or "from –" and "to" on two lines (so a table column stays narrow). */
export function projectPeriod(p: Pick<Project, 'startDate' | 'endDate'>, fmt: PlainFormatter): string {
  const date = (iso: string) => fmt.date(iso, true);
  if (p.startDate && p.endDate) return TH.period(date(p.startDate), date(p.endDate));
  const one = p.startDate ?? p.endDate;
  return one ? date(one) : '';
}
