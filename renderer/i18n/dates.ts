/**
 * dayjs as the date picker uses it: Thai month and day names, and the `BBBB` token for the
 * Buddhist-Era year (พ.ศ.), so the calendar's headings and the field read in พ.ศ. like the rest.
 */
import dayjs from 'dayjs';
import 'dayjs/locale/th';
import buddhistEra from 'dayjs/plugin/buddhistEra';
import type { Lang } from '../../shared/domain/buddhist-date';

dayjs.extend(buddhistEra);

/** How the field shows a day: 15/01/2569. */
export const FIELD_FORMAT = 'DD/MM/BBBB';

/** The calendar's headings and lists, every year in พ.ศ. */
export function calendarFormats(lang: Lang) {
  const be = (iso: string) => dayjs(iso).format('BBBB');
  return {
    locale: lang,
    // Thai wall calendars start the week on Sunday (อา.).
    firstDayOfWeek: lang === 'th' ? (0 as const) : (1 as const),
    monthLabelFormat: 'MMMM BBBB',
    yearLabelFormat: 'BBBB',
    yearsListFormat: 'BBBB',
    monthsListFormat: 'MMM',
    decadeLabelFormat: (start: string, end: string) => `${be(start)} – ${be(end)}`,
  };
}
