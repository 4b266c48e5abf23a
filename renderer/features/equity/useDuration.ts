/** Speaking time in words ("12 นาที 5 วินาที"): a clock face like 12:05 reads as a time of day. */
import { useTranslation } from 'react-i18next';

export function useDuration() {
  const { t } = useTranslation();
  return (ms: number) => {
    const total = Math.round(ms / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h > 0) return t('equity.duration.hm', { h, m });
    if (m > 0) return t('equity.duration.ms', { m, s });
    return t('equity.duration.s', { s });
  };
}
