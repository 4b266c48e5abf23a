/** Every forum field, laid out as a facilitator fills them in: what, when, where, who, how. */
import { Checkbox, Grid, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FORUM_KINDS, FORUM_STATUSES, IAP2_LEVELS, SECTORS, type Sector } from '../../../shared/domain/vocabulary';
import { BuddhistDateInput } from '../../ui/BuddhistDateInput';
import { type ForumErrors, type ForumField, type ForumFormValues, normalizeClock } from './forum-form';

interface Props {
  values: ForumFormValues;
  errors: ForumErrors;
  onChange: <F extends ForumField>(field: F, value: ForumFormValues[F]) => void;
}

export function ForumFormFields({ values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const error = (field: ForumField) => (errors[field] ? t(errors[field] as never) : undefined);
  const text = (field: ForumField & keyof ForumFormValues, label: string, extra: { placeholder?: string; autoFocus?: boolean; required?: boolean } = {}) => (
    <TextInput
      label={label}
      name={field}
      value={values[field] as string}
      onChange={(e) => onChange(field, e.currentTarget.value as never)}
      error={error(field)}
      data-autofocus={extra.autoFocus || undefined}
      placeholder={extra.placeholder}
      withAsterisk={extra.required}
    />
  );
  // Plain text rather than a time input: that one shows AM/PM on many computers, and Thai practice is 24-hour ("13.30 น.").
  const clock = (field: 'startTime' | 'endTime', label: string) => (
    <TextInput
      label={label}
      name={field}
      placeholder={t('forumForm.timePlaceholder')}
      inputMode="numeric"
      maxLength={5}
      value={values[field]}
      onChange={(e) => onChange(field, e.currentTarget.value)}
      onBlur={(e) => onChange(field, normalizeClock(e.currentTarget.value))}
      error={error(field)}
      rightSection={<Text size="sm" c="dimmed">{t('forumForm.timeSuffix')}</Text>}
      rightSectionWidth={36}
    />
  );

  return (
    <Stack gap="md">
      {text('title', t('forum.title'), { autoFocus: true, required: true, placeholder: t('forumForm.titlePlaceholder') })}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <NativeSelect
            label={t('forum.kind')}
            name="kind"
            value={values.kind}
            onChange={(e) => onChange('kind', e.currentTarget.value as ForumFormValues['kind'])}
            data={FORUM_KINDS.map((k) => ({ value: k, label: t(`vocab.forumKind.${k}`) }))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>{text('number', t('forum.number'), { placeholder: t('forumForm.numberPlaceholder') })}</Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="forum-status-label">
              {t('forum.status')}
            </Text>
            <SegmentedControl
              aria-labelledby="forum-status-label"
              fullWidth
              value={values.status}
              onChange={(v) => onChange('status', v as ForumFormValues['status'])}
              data={FORUM_STATUSES.map((s) => ({ value: s, label: t(`vocab.status.${s}`) }))}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <BuddhistDateInput label={t('forum.date')} name="date" required value={values.date} onChange={(v) => onChange('date', v)} error={error('date')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>{clock('startTime', t('forum.startTime'))}</Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>{clock('endTime', t('forum.endTime'))}</Grid.Col>
        <Grid.Col span={12}>{text('venue', t('forum.venue'), { placeholder: t('forumForm.venuePlaceholder') })}</Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>{text('village', t('forum.village'))}</Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>{text('tambon', t('forum.tambon'))}</Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>{text('district', t('forum.district'))}</Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>{text('province', t('forum.province'))}</Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>{text('organiser', t('forum.organiser'))}</Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>{text('facilitator', t('forum.facilitator'))}</Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>{text('noteTaker', t('forum.noteTaker'))}</Grid.Col>
        <Grid.Col span={12}>
          <NativeSelect
            label={t('forum.iap2Level')}
            description={t('forumForm.iap2Help')}
            name="iap2Level"
            value={values.iap2Level}
            onChange={(e) => onChange('iap2Level', e.currentTarget.value as ForumFormValues['iap2Level'])}
            data={[
              { value: '', label: t('common.notSet') },
              ...IAP2_LEVELS.map((l, i) => ({ value: l, label: `${i + 1}. ${t(`vocab.iap2.${l}`)} — ${t(`vocab.iap2Help.${l}`)}` })),
            ]}
          />
        </Grid.Col>
      </Grid>
      <Checkbox.Group
        label={t('forum.expectedSectors')}
        description={t('forumForm.expectedSectorsHelp')}
        value={values.expectedSectors}
        onChange={(v) => onChange('expectedSectors', v as Sector[])}
      >
        <Group mt="xs" gap="lg">
          {SECTORS.map((s) => (
            <Checkbox key={s} value={s} label={t(`vocab.sector.${s}`)} />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}
