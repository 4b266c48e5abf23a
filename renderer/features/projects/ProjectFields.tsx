/**
 * The fields of a project: what, who does it (ทำเอง / ทำร่วม / ขอรับการสนับสนุน) and whom it is
 * asked of, owner, budget in baht and its source, dates (shown in the Buddhist Era), indicator,
 * status.
 */
import { Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bahtToSatang, formatSatang } from '../../../shared/domain/action-plan';
import { PROJECT_STATUSES, PROJECT_TYPES, type ProjectStatus, type ProjectType, REQUESTED_FROM_LEVELS, type RequestedFromLevel } from '../../../shared/domain/project-vocabulary';
import { BuddhistDateInput } from '../../ui/BuddhistDateInput';
import { typeDigits } from '../../ui/digits';
import type { ProjectFormErrors, ProjectFormValues } from './project-form';

interface Props {
  values: ProjectFormValues;
  errors: ProjectFormErrors;
  set: <K extends keyof ProjectFormValues>(field: K, value: ProjectFormValues[K]) => void;
}

export function ProjectFields({ values, errors, set }: Props) {
  const { t } = useTranslation();
  const err = (field: keyof ProjectFormValues) => {
    const e = errors[field];
    return e ? t(`plan.form.errors.${e}`) : undefined;
  };
  const satang = values.budget.trim() ? bahtToSatang(values.budget) : null;
  const asked = values.type !== 'self';
  return (
    <Stack gap="sm">
      <TextInput data-autofocus size="md" label={t('plan.field.title')} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={err('title')} />
      <Stack gap={4}>
        <Text fw={500} size="sm">
          {t('plan.field.type')}
        </Text>
        <SegmentedControl
          fullWidth
          value={values.type}
          onChange={(v) => set('type', v as ProjectType)}
          data={PROJECT_TYPES.map((type) => ({ value: type, label: t(`plan.type.${type}`) }))}
          aria-label={t('plan.field.type')}
        />
        <Text size="sm" c="dimmed">
          {t(`plan.typeHelp.${values.type}`)}
        </Text>
      </Stack>
      {asked ? (
        <Group grow align="flex-start">
          <Select
            label={t('plan.field.requestedFrom')}
            placeholder={t('plan.form.pickLevel')}
            data={REQUESTED_FROM_LEVELS.map((l) => ({ value: l, label: t(`plan.level.${l}`) }))}
            value={values.requestedFrom}
            onChange={(v) => set('requestedFrom', v as RequestedFromLevel | null)}
            error={err('requestedFrom')}
          />
          <TextInput
            label={t('plan.field.requestedFromName')}
            placeholder={t('plan.form.agencyPlaceholder')}
            value={values.requestedFromName}
            onChange={(e) => set('requestedFromName', e.currentTarget.value)}
            error={err('requestedFromName')}
          />
        </Group>
      ) : null}
      <TextInput label={t('plan.field.owner')} placeholder={t('plan.form.ownerPlaceholder')} value={values.owner} onChange={(e) => set('owner', e.currentTarget.value)} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label={t('plan.field.budget')}
          leftSection="฿"
          inputMode="decimal"
          value={values.budget}
          onChange={(e) => set('budget', e.currentTarget.value)}
          onKeyDown={typeDigits}
          error={err('budget')}
          description={satang !== null ? t('plan.form.bahtShown', { amount: formatSatang(satang) }) : t('plan.form.budgetHint')}
          data-testid="budget-input"
        />
        <TextInput label={t('plan.field.budgetSource')} placeholder={t('plan.form.sourcePlaceholder')} value={values.budgetSource} onChange={(e) => set('budgetSource', e.currentTarget.value)} />
        <BuddhistDateInput label={t('plan.field.startDate')} clearable value={values.startDate} onChange={(v) => set('startDate', v)} />
        <BuddhistDateInput label={t('plan.field.endDate')} clearable value={values.endDate} onChange={(v) => set('endDate', v)} error={err('endDate')} />
      </SimpleGrid>
      <Textarea label={t('plan.field.indicator')} placeholder={t('plan.form.indicatorPlaceholder')} autosize minRows={2} value={values.indicator} onChange={(e) => set('indicator', e.currentTarget.value)} />
      <Select
        label={t('plan.field.status')}
        data={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}`) }))}
        value={values.status}
        onChange={(v) => v && set('status', v as ProjectStatus)}
        allowDeselect={false}
        w={260}
      />
      <Textarea label={t('plan.field.description')} autosize minRows={2} value={values.description} onChange={(e) => set('description', e.currentTarget.value)} />
    </Stack>
  );
}
