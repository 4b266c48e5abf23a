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
    /**
     * The warnings as sentences: one for "a few voices dominate", and the silent groups of every
     * classification together in one (a room can have many, and one alert each would bury the chart).
     */
    warnings: (warnings: readonly EquityWarning[]): { key: 'dominate' | 'silent'; title: string; body: string }[] => {
      const out: { key: 'dominate' | 'silent'; title: string; body: string }[] = [];
      for (const w of warnings) {
        if (w.key !== 'few_voices_dominate') continue;
        const p = w.params;
        out.push({
          key: 'dominate',
          title: t('equity.warnings.dominateTitle'),
          body: t('equity.warnings.dominate', { people: Number(p.people), share: format.percent(Number(p.share)), attendees: Number(p.attendees) }),
        });
      }
      const silent = warnings.flatMap((w) =>
        w.key === 'group_silent' && isDimension(w.params.dimension) ? [{ name: group(w.params.dimension, String(w.params.key)), attendees: Number(w.params.attendees) }] : [],
      );
      if (silent.length > 0) {
        out.push({
          key: 'silent',
          title: t('equity.warnings.silentTitle', { group: silent.map((s) => s.name).join(', ') }),
          body: t('equity.warnings.silent', { groups: silent.map((s) => t('equity.warnings.silentGroup', { group: s.name, count: s.attendees })).join(' · ') }),
        });
      }
      return out;
    },
  };
}
