/** The rules of the chosen method: majority and quorum, stickers per person, scale and criteria, the consensus bar. */
import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAJORITY_RULES, type MajorityRule } from '../../../shared/tally/types';
import { CountInput } from './CountInput';
import { CriteriaEditor } from './CriteriaEditor';
import type { PollFormErrors, PollFormValues } from './poll-form';

interface Props {
  values: PollFormValues;
  errors: PollFormErrors;
  checkedIn: number;
  set: <K extends keyof PollFormValues>(field: K, value: PollFormValues[K]) => void;
}

export function RulesFields({ values, errors, checkedIn, set }: Props) {
  const { t } = useTranslation();
  const err = (field: keyof PollFormErrors) => (errors[field] ? t(`polls.form.errors.${errors[field]}`) : undefined);
  switch (values.method) {
    case 'yes_no':
      return (
        <Group align="flex-start" grow>
          <Select
            label={t('polls.form.majority')}
            data={MAJORITY_RULES.map((m) => ({ value: m, label: t(`polls.majority.${m}`) }))}
            value={values.majority}
            onChange={(v) => v && set('majority', v as MajorityRule)}
            allowDeselect={false}
          />
          <CountInput
            label={t('polls.form.quorum')}
            description={t('polls.form.quorumHint', { n: checkedIn })}
            placeholder="0"
            value={values.quorum}
            onChange={(v) => set('quorum', v)}
            error={err('quorum')}
          />
        </Group>
      );
    case 'dots':
      return (
        <CountInput
          w={260}
          label={t('polls.form.dotsPerParticipant')}
          value={values.dotsPerParticipant}
          onChange={(v) => set('dotsPerParticipant', v)}
          error={err('dotsPerParticipant')}
        />
      );
    case 'approval':
      return (
        <CountInput
          w={320}
          label={t('polls.form.maxApprovals')}
          description={t('polls.form.maxApprovalsHint')}
          value={values.maxApprovals}
          onChange={(v) => set('maxApprovals', v)}
          error={err('maxApprovals')}
        />
      );
    case 'score_matrix':
      return (
        <Stack gap="sm">
          <Group align="flex-end" gap="xs">
            <CountInput w={90} label={t('polls.form.scaleMin')} value={values.scaleMin} onChange={(v) => set('scaleMin', v)} />
            <Text pb={8}>–</Text>
            <CountInput w={90} label={t('polls.form.scaleMax')} value={values.scaleMax} onChange={(v) => set('scaleMax', v)} />
            <Text size="sm" c={errors.scale ? 'red' : 'dimmed'} pb={8}>
              {errors.scale ? err('scale') : t('polls.form.scaleHint')}
            </Text>
          </Group>
          <CriteriaEditor criteria={values.criteria} error={errors.criteria} onChange={(c) => set('criteria', c)} />
        </Stack>
      );
    case 'consensus':
      return (
        <CountInput
          w={320}
          label={t('polls.form.minimum')}
          description={t('polls.form.minimumHint')}
          value={values.minimum}
          onChange={(v) => set('minimum', v)}
          error={err('minimum')}
        />
      );
    default:
      return null;
  }
}
