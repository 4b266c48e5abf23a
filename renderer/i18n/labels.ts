/** Labels for vocabulary codes and error values, so screens never show a raw code. */
import { useTranslation } from 'react-i18next';
import type { ApiError, Dimension } from '../../shared/contract';
import { ApiCallError } from '../../shared/api-client';
import { dimensionKeyLabel, labelsIn } from '../../shared/domain/labels';
import { currentLang } from './index';

const LABELS = { th: labelsIn('th'), en: labelsIn('en') };

export function useLabels() {
  const { t, i18n } = useTranslation();
  /** A translation when one exists, otherwise the given fallback (an English reason from the core). */
  const maybe = (key: string, fallback: string): string => (i18n.exists(key) ? t(key as never) : fallback);
  return {
    maybe,
    dimensionKey(dimension: Dimension, key: string): string {
      if (key === 'unknown') return t('vocab.unknown');
      // Villages are names as typed; a code this build does not know is shown as it is.
      return dimensionKeyLabel(LABELS[currentLang(i18n.language)], dimension, key) ?? key;
    },
    error(error: unknown): string {
      const value: ApiError | null = error instanceof ApiCallError ? error.error : null;
      if (!value) return t('error.internal');
      return maybe(value.messageKey, value.message);
    },
  };
}
