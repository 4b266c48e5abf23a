/** The scoring matrix's criteria with their weights; the five common Thai criteria come filled in. */
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type CriterionValues, criterionRow, type PollFormError } from './poll-form';

interface Props {
  criteria: CriterionValues[];
  error?: PollFormError;
  onChange: (criteria: CriterionValues[]) => void;
}

export function CriteriaEditor({ criteria, error, onChange }: Props) {
  const { t } = useTranslation();
  const set = (key: number, patch: Partial<CriterionValues>) => onChange(criteria.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text fw={500}>{t('polls.form.criteria')}</Text>
        <Text size="sm" c="dimmed">
          {t('polls.form.weightHint')}
        </Text>
      </Group>
      {criteria.map((c, i) => (
        <Group key={c.key} gap="xs" wrap="nowrap">
          <Text w={20} c="dimmed" ta="right">
            {i + 1}
          </Text>
          <TextInput
            style={{ flex: 1 }}
            aria-label={t('polls.form.criterionName', { n: i + 1 })}
            value={c.name}
            onChange={(e) => set(c.key, { name: e.currentTarget.value })}
          />
          <TextInput
            w={90}
            inputMode="decimal"
            aria-label={t('polls.form.criterionWeight', { n: i + 1 })}
            leftSection={<Text size="xs">×</Text>}
            value={c.weight}
            onChange={(e) => set(c.key, { weight: e.currentTarget.value })}
            styles={{ input: { textAlign: 'right' } }}
          />
          <ActionIcon variant="subtle" color="gray" aria-label={t('polls.form.removeCriterion', { name: c.name })} onClick={() => onChange(criteria.filter((x) => x.key !== c.key))}>
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      {error ? (
        <Text c="red" size="sm">
          {t(`polls.form.errors.${error}`)}
        </Text>
      ) : null}
      <Button variant="subtle" leftSection={<IconPlus size={18} />} w="fit-content" onClick={() => onChange([...criteria, criterionRow()])}>
        {t('polls.form.addCriterion')}
      </Button>
    </Stack>
  );
}
