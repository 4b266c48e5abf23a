/** Dates in the Buddhist Era and numbers in the current language, for components. */
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatTime } from '../../shared/domain/buddhist-date';
import { currentLang } from './index';

export function useFormat() {
  const { i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const percent = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB');
  return {
    lang,
    date: (iso: string, short = false) => formatDate(iso, lang, { short }),
    dateTime: (iso: string) => formatDateTime(iso, lang),
    time: (iso: string) => formatTime(iso),
    percent: (share: number) => percent.format(share),
    number: (n: number) => number.format(n),
  };
}
