/** A project's details for the development-plan list (ผ.02): objective, target, expected result, responsible unit, budget per fiscal year. */
import { ActionIcon, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bahtToSatang, formatSatang } from '../../../shared/domain/action-plan';
import { useApi } from '../../api/ApiProvider';
import { FormFooter } from '../../ui/FormFooter';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { typeDigits } from '../../ui/digits';
import { rowKey } from '../../ui/row-key';
import { type FollowUpProject, followUpKeys } from '../../api/queries/followup';

type Details = import('../../../shared/contract').Output<'devPlan.details'>;

export function PlanDetailsModal({ project, onClose }: { project: FollowUpProject | null; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const details = useQuery({ queryKey: followUpKeys.details(project?.projectId ?? ''), queryFn: () => api.devPlan.details({ projectId: project?.projectId as string }), enabled: project !== null });
  return (
    <Modal opened={project !== null} onClose={onClose} size="lg" title={<Text fw={700} size="xl">{project ? t('followUp.details.title', { title: project.title }) : ''}</Text>}>
      {project && details.data ? <DetailsForm key={project.projectId} details={details.data} onClose={onClose} /> : null}
    </Modal>
  );
}

function DetailsForm({ details, onClose }: { details: Details; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notifyError = useNotifyError();
  const [objective, setObjective] = useState(details.objective ?? '');
  const [target, setTarget] = useState(details.target ?? '');
  const [expected, setExpected] = useState(details.expectedResult ?? '');
  const [unit, setUnit] = useState(details.responsibleUnit ?? '');
  const [years, setYears] = useState(details.budgetByYear.map((y) => ({ key: rowKey(), year: y.fiscalYear as number | string, amount: formatSatang(y.amountSatang) })));
  const [error, setError] = useState<string | null>(null);
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  const save = useMutation({
    mutationFn: (budgetByYear: { fiscalYear: number; amountSatang: number }[]) =>
      api.devPlan.setDetails({ projectId: details.projectId, objective: orNull(objective), target: orNull(target), expectedResult: orNull(expected), responsibleUnit: orNull(unit), budgetByYear }),
    onSuccess: () => {
      notifyDone(t('followUp.details.saved'));
      onClose();
    },
    onError: notifyError,
  });
  const submit = () => {
    const budget = years.map((y) => ({ fiscalYear: Number(y.year), amountSatang: bahtToSatang(y.amount) }));
    if (budget.some((b) => !Number.isInteger(b.fiscalYear) || b.fiscalYear < 2400 || b.amountSatang === null) || new Set(budget.map((b) => b.fiscalYear)).size !== budget.length) {
      setError(t('followUp.details.yearsInvalid'));
      return;
    }
    save.mutate(budget as { fiscalYear: number; amountSatang: number }[]);
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack gap="sm">
        <Textarea data-autofocus label={t('followUp.details.objective')} autosize minRows={2} value={objective} onChange={(e) => setObjective(e.currentTarget.value)} />
        <Textarea label={t('followUp.details.target')} autosize minRows={2} value={target} onChange={(e) => setTarget(e.currentTarget.value)} />
        <Textarea label={t('followUp.details.expected')} autosize minRows={2} value={expected} onChange={(e) => setExpected(e.currentTarget.value)} />
        <TextInput label={t('followUp.details.unit')} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} />
        <Text fw={500} size="sm">
          {t('followUp.details.years')}
        </Text>
        <Text size="sm" c="gray.7">
          {t('followUp.details.yearsHint')}
        </Text>
        {years.map((y, i) => (
          <SimpleGrid key={y.key} cols={3}>
            <NumberInput label={t('followUp.details.year')} value={y.year} min={2400} max={2800} allowDecimal={false} onChange={(v) => setYears(years.map((x, j) => (j === i ? { ...x, year: v } : x)))} />
            <TextInput label={t('followUp.details.amount')} leftSection="฿" inputMode="decimal" onKeyDown={typeDigits} value={y.amount} onChange={(e) => setYears(years.map((x, j) => (j === i ? { ...x, amount: e.currentTarget.value } : x)))} />
            <Group align="flex-end">
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('followUp.details.removeYear', { n: i + 1 })} onClick={() => setYears(years.filter((_, j) => j !== i))}>
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          </SimpleGrid>
        ))}
        <Group>
          <Button variant="light" size="sm" leftSection={<IconPlus size={16} />} onClick={() => setYears([...years, { key: rowKey(), year: (Number(years.at(-1)?.year) || 2570) + (years.length > 0 ? 1 : 0), amount: '' }])}>
            {t('followUp.details.addYear')}
          </Button>
        </Group>
        {error ? (
          <Text c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
        <FormFooter onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}
