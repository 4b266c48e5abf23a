/**
 * The equity figures in words: warning sentences, group names, the Gini in plain language,
 * signed gaps. Shared by the tab and the projector so both say the same thing.
 */
import { useTranslation } from 'react-i18next';
import type { Dimension, EquityWarning } from '../../../shared/contract';
import { DIMENSIONS } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';

const isDimension = (value: unknown): value is Dimension => typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value);

/** Bands for the Gini sentence; the upper bound of each band, exclusive. */
const GINI_BANDS = [
  [0.2, 'even'],
  [0.4, 'some'],
  [0.6, 'concentrated'],
  [Number.POSITIVE_INFINITY, 'few'],
] as const;

export function useEquityText() {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();

  const group = (dimension: Dimension, key: string) =>
    dimension === 'village' && key !== 'unknown' && /^\d+$/.test(key) ? t('equity.village', { village: key }) : labels.dimensionKey(dimension, key);

  return {
    group,
    dimension: (dimension: Dimension) => t(`representation.dimension.${dimension}`),
    /** "+12.5%" / "−3%": the share of time above or below the share of the room. */
    gap: (gap: number) => {
      const rounded = Math.round(gap * 1000) / 1000;
      const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
      return sign + format.percent(Math.abs(rounded));
    },
    gini: (gini: number) => {
      const band = GINI_BANDS.find(([upTo]) => gini < upTo)?.[1] ?? 'few';
      return t(`equity.gini.${band}`);
    },
    warning: (w: EquityWarning): { title: string; body: string } | null => {
      const p = w.params;
      switch (w.key) {
        case 'few_voices_dominate':
          return {
            title: t('equity.warnings.dominateTitle'),
            body: t('equity.warnings.dominate', { people: Number(p.people), share: format.percent(Number(p.share)), attendees: Number(p.attendees) }),
          };
        case 'group_silent': {
          if (!isDimension(p.dimension)) return null;
          const name = group(p.dimension, String(p.key));
          return {
            title: t('equity.warnings.silentTitle', { group: name }),
            body: t('equity.warnings.silent', { group: name, dimension: t(`representation.dimension.${p.dimension}`), attendees: Number(p.attendees) }),
          };
        }
        case 'nobody_spoke':
          return { title: t('equity.warnings.nobodyTitle'), body: t('equity.warnings.nobody') };
        default:
          return null;
      }
    },
  };
}
