/**
 * Dates as Thai readers expect them: the Buddhist Era (พ.ศ. = ค.ศ. + 543), optionally in Thai
 * digits as formal documents use. Date-only values ('YYYY-MM-DD') are calendar days, never
 * shifted by a time zone.
 */

export type Lang = 'th' | 'en';
export const BE_OFFSET = 543;

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
export const toThaiDigits = (text: string) => text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] ?? d);

export const buddhistYear = (ceYear: number) => ceYear + BE_OFFSET;

const locale = (lang: Lang) => (lang === 'th' ? 'th-TH-u-ca-buddhist-nu-latn' : 'en-GB-u-ca-buddhist');

/** '2026-11-23' → '23 พฤศจิกายน 2569' (th) or '23 November 2569 BE' (en). */
export function formatDate(isoDate: string, lang: Lang = 'th', opts: { thaiDigits?: boolean; short?: boolean } = {}): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  // Intl switches to the Julian calendar before 1582, which would move the day: a year typed in
  // the wrong era (2026 BE = 1483) is shown as typed, from a day 400-year cycles later (same leap years).
  const cycles = y < 1600 ? Math.ceil((1600 - y) / 400) : 0;
  const date = new Date(Date.UTC(y + cycles * 400, m - 1, d));
  const text = new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: opts.short ? 'short' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .formatToParts(date)
    .map((part) => (part.type === 'year' ? String(buddhistYear(y)) : part.value))
    .join('');
  return opts.thaiDigits ? toThaiDigits(text) : text;
}

/** An instant (ISO with offset) as local date and time, e.g. '23 พ.ย. 2569 09:05'. */
export function formatDateTime(iso: string, lang: Lang = 'th', timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(new Date(iso));
}

/** An instant as a local clock time, 'HH:MM'. */
export function formatTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(new Date(iso));
}

const THAI_DIGIT = /[๐-๙]/g;

/**
 * A day as Thai users type it, the year in the Buddhist Era: '15/01/2569', '15-1-2569',
 * '15.01.69' or '๑๕/๐๑/๒๕๖๙' → '2026-01-15'. A year is always read as พ.ศ. (two digits mean
 * 25xx), so '15/01/2026' is the year 2026 BE, far in the past, which the caller then questions
 * rather than silently shifting it. Null for anything that is not a real calendar day.
 */
export function parseBuddhistDate(text: string): string | null {
  const match = text
    .replace(THAI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0e50))
    .trim()
    .match(/^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$/);
  if (!match) return null;
  const [, d = '', m = '', y = ''] = match;
  const beYear = y.length === 2 ? 2500 + Number(y) : Number(y);
  const year = beYear - BE_OFFSET;
  const month = Number(m);
  const day = Number(d);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' of a local calendar day. */
export function isoDay(date: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * True when the day lies more than `years` whole years before or after `today` (both
 * 'YYYY-MM-DD'): far enough that it is more likely a mistyped era than a real plan.
 */
export function isFarFromToday(isoDate: string, today: string, years = 5): boolean {
  const shift = (iso: string, by: number) => {
    const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
    const date = new Date(Date.UTC(2000, m - 1, d));
    date.setUTCFullYear(y + by);
    return date.toISOString().slice(0, 10);
  };
  // ISO dates of four-digit years compare as text; years before 1000 are far anyway.
  if (!/^\d{4}-/.test(isoDate)) return true;
  return isoDate > shift(today, years) || isoDate < shift(today, -years);
}
