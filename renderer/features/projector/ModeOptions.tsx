/** The few options each projector screen has (show the clock, group by category, which chart). */
import { SegmentedControl, Select, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, type Dimension, type ProjectorView, type ProjectorViewInput } from '../../../shared/contract';

export function ModeOptions({ view, onChange }: { view: ProjectorView; onChange: (next: ProjectorViewInput) => void }) {
  const { t } = useTranslation();
  const dimensions = DIMENSIONS.map((d) => ({ value: d, label: t(`representation.dimension.${d}`) }));
  const toggle = (label: string, checked: boolean, next: ProjectorViewInput) => (
    <Switch label={label} checked={checked} onChange={() => onChange(next)} size="md" />
  );

  switch (view.mode) {
    case 'welcome':
      return toggle(t('projectorView.options.showCheckInCount'), view.showCheckInCount, { ...view, showCheckInCount: !view.showCheckInCount });
    case 'agenda':
      return (
        <Stack gap="xs">
          {toggle(t('projectorView.options.showTimer'), view.showTimer, { ...view, showTimer: !view.showTimer })}
          {toggle(t('projectorView.options.showOutline'), view.showOutline, { ...view, showOutline: !view.showOutline })}
        </Stack>
      );
    case 'issues':
      return toggle(t('projectorView.options.groupByCategory'), view.groupByCategory, { ...view, groupByCategory: !view.groupByCategory });
    case 'speaker':
      return (
        <Stack gap="xs">
          {toggle(t('projectorView.options.showClock'), view.showClock, { ...view, showClock: !view.showClock })}
          {toggle(t('projectorView.options.showQueue'), view.showQueue, { ...view, showQueue: !view.showQueue })}
        </Stack>
      );
    case 'representation':
      return (
        <Stack gap="xs">
          <Select
            label={t('projectorView.options.dimension')}
            data={dimensions}
            value={view.dimension}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
            onChange={(d) => d && onChange({ ...view, dimension: d as Dimension })}
          />
          <SegmentedControl
            value={view.basis}
            onChange={(b) => onChange({ ...view, basis: b as typeof view.basis })}
            data={[
              { value: 'checked_in', label: t('representation.basis.checked_in') },
              { value: 'registered', label: t('representation.basis.registered') },
            ]}
          />
        </Stack>
      );
    case 'equity':
      return (
        <Select
          label={t('projectorView.options.dimension')}
          data={dimensions}
          value={view.dimension}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          onChange={(d) => d && onChange({ ...view, dimension: d as Dimension })}
        />
      );
    default:
      return null;
  }
}
