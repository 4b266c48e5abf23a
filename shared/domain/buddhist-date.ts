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
  const date = new Date(Date.UTC(y, m - 1, d));
  const text = new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: opts.short ? 'short' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
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
