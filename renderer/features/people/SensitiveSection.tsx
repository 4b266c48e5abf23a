/**
 * Disadvantaged groups are sensitive personal data (PDPA): they can only be kept together with
 * a record of consent, and withdrawing consent deletes them.
 */
import { Alert, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DISADVANTAGED_GROUPS, type DisadvantagedGroup } from '../../../shared/domain/vocabulary';
import { useFormat } from '../../i18n/format';

export interface SensitiveValues {
  groups: DisadvantagedGroup[];
  consent: boolean;
  recordedBy: string;
  /** When consent was first recorded; kept as it was while consent stays given. */
  givenAt: string | null;
}

export type SensitiveProblem = 'sensitive.needConsent' | 'sensitive.needGroups' | 'sensitive.needRecordedBy' | null;

export function sensitiveProblem(v: SensitiveValues): SensitiveProblem {
  if (!v.consent) return v.groups.length > 0 ? 'sensitive.needConsent' : null;
  if (v.groups.length === 0) return 'sensitive.needGroups';
  if (!v.recordedBy.trim()) return 'sensitive.needRecordedBy';
  return null;
}

export function SensitiveSection({ values, hadData, onChange }: { values: SensitiveValues; hadData: boolean; onChange: (v: SensitiveValues) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const problem = sensitiveProblem(values);
  return (
    <Paper withBorder radius="md" p="md" bg="yellow.0">
      <Stack gap="sm">
        <Group gap="xs">
          <IconLock size={20} />
          <Text fw={700}>{t('sensitive.title')}</Text>
        </Group>
        <Text size="sm">{t('sensitive.explain')}</Text>
        <Checkbox.Group value={values.groups} onChange={(groups) => onChange({ ...values, groups: groups as DisadvantagedGroup[] })} label={t('person.disadvantagedGroups')}>
          <Group mt={6} gap="md">
            {DISADVANTAGED_GROUPS.map((g) => (
              <Checkbox key={g} value={g} label={t(`vocab.disadvantaged.${g}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox
          label={t('sensitive.consentGiven')}
          checked={values.consent}
          onChange={(e) => onChange({ ...values, consent: e.currentTarget.checked })}
          description={values.consent && values.givenAt ? t('sensitive.consentSince', { at: format.dateTime(values.givenAt) }) : undefined}
        />
        {values.consent ? (
          <TextInput label={t('sensitive.recordedBy')} name="consentRecordedBy" value={values.recordedBy} onChange={(e) => onChange({ ...values, recordedBy: e.currentTarget.value })} />
        ) : null}
        {!values.consent && hadData ? (
          <Alert color="orange" p="xs">
            {t('sensitive.withdrawWarning')}
          </Alert>
        ) : null}
        {problem ? (
          <Text c="red" size="sm">
            {t(problem)}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
