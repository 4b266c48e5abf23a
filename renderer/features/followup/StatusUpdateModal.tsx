/**
 * Recording a project's status: the status (delayed and dropped ask why), progress, the day and
 * who reported, money spent by source, and evidence: a note, photos or scans kept in the database,
 * a document reference. Ctrl+Enter saves.
 */
import { ActionIcon, Button, FileInput, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconPaperclip, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/contract/followup';
import { FOLLOW_UP_STATUSES, type FollowUpStatus, needsReason } from '../../../shared/domain/follow-through-vocabulary';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { fileToBase64 } from '../../ui/download';
import { FormFooter } from '../../ui/FormFooter';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { typeDigits } from '../../ui/digits';
import { rowKey } from '../../ui/row-key';
import type { FollowUpProject } from '../../api/queries/followup';
import { type StatusErrors, type StatusFormValues, emptyStatus, statusToDraft } from './status-form';

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

export function StatusUpdateModal({ forumId, project, onClose }: { forumId: string; project: FollowUpProject | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={project !== null} onClose={onClose} size="min(860px, 96vw)" title={<Text fw={700} size="xl">{project ? t('followUp.update.title', { title: project.title }) : ''}</Text>}>
      {project ? <StatusForm key={project.projectId} forumId={forumId} project={project} onClose={onClose} /> : null}
    </Modal>
  );
}

function StatusForm({ forumId, project, onClose }: { forumId: string; project: FollowUpProject; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const notifyError = useNotifyError();
  const [values, setValues] = useState<StatusFormValues>(() => ({ ...emptyStatus(today()), status: project.status ?? 'in_progress', progress: project.progressPercent === null ? '' : String(project.progressPercent) }));
  const [errors, setErrors] = useState<StatusErrors>({});
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const set = <K extends keyof StatusFormValues>(field: K, value: StatusFormValues[K]) => setValues((v) => ({ ...v, [field]: value }));

  const save = useMutation({
    mutationFn: async (draft: NonNullable<ReturnType<typeof statusToDraft>['draft']>) => {
      const attachments = await Promise.all(values.files.map(async (f) => ({ fileName: f.name, mimeType: f.type || 'application/octet-stream', base64: await fileToBase64(f) })));
      return api.followUp.addStatus({ ...draft, attachments });
    },
    onSuccess: () => {
      notifyDone(t('followUp.update.saved', { title: project.title }));
      onClose();
    },
    onError: notifyError,
  });
  const submit = () => {
    const { draft, errors: found } = statusToDraft(values, project.projectId, forumId);
    setErrors(found);
    if (draft && !tooLarge) save.mutate(draft);
  };
  const err = (key: keyof StatusErrors) => {
    const found = errors[key];
    return found ? t(`followUp.update.errors.${found}`) : undefined;
  };
  const spendingError = (i: number) => err(`spending.${i}`);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack gap="sm">
        <Stack gap={4}>
          <Text fw={500} size="sm" id="status-label">
            {t('followUp.update.status')}
          </Text>
          <SegmentedControl
            data-autofocus
            fullWidth
            value={values.status}
            onChange={(v) => set('status', v as FollowUpStatus)}
            data={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`followUp.status.${s}`) }))}
            aria-labelledby="status-label"
          />
        </Stack>
        {needsReason(values.status) ? (
          <Textarea label={t('followUp.update.reason')} autosize minRows={2} value={values.reason} onChange={(e) => set('reason', e.currentTarget.value)} error={err('reason')} />
        ) : null}
        <SimpleGrid cols={3}>
          <TextInput label={t('followUp.update.progress')} rightSection="%" inputMode="numeric" onKeyDown={typeDigits} value={values.progress} onChange={(e) => set('progress', e.currentTarget.value)} error={err('progress')} />
          <TextInput
            type="date"
            label={t('followUp.update.reportedOn')}
            value={values.reportedOn}
            onChange={(e) => set('reportedOn', e.currentTarget.value)}
            description={/^\d{4}-\d{2}-\d{2}$/.test(values.reportedOn) ? format.date(values.reportedOn) : undefined}
            error={err('reportedOn')}
          />
          <TextInput label={t('followUp.update.reportedBy')} value={values.reportedBy} onChange={(e) => set('reportedBy', e.currentTarget.value)} />
        </SimpleGrid>
        <Textarea label={t('followUp.update.note')} autosize minRows={2} value={values.note} onChange={(e) => set('note', e.currentTarget.value)} />
        <TextInput label={t('followUp.update.documentRef')} placeholder={t('followUp.update.documentRefPlaceholder')} value={values.documentRef} onChange={(e) => set('documentRef', e.currentTarget.value)} />
        <FileInput
          label={t('followUp.update.files')}
          description={tooLarge ?? t('followUp.update.filesHint')}
          error={tooLarge ?? undefined}
          multiple
          clearable
          accept="image/*,application/pdf"
          leftSection={<IconPaperclip size={16} />}
          value={values.files}
          onChange={(files) => {
            const big = files.find((f) => f.size > MAX_ATTACHMENT_BYTES);
            setTooLarge(big ? t('followUp.update.tooLarge', { name: big.name }) : null);
            set('files', files);
          }}
        />
        <Stack gap={6}>
          <Text fw={500} size="sm">
            {t('followUp.update.spending')}
          </Text>
          {values.spending.map((s, i) => (
            <Group key={s.key} grow align="flex-start">
              <TextInput label={t('followUp.update.source')} placeholder={project.budgetSource ?? undefined} value={s.source} onChange={(e) => set('spending', values.spending.map((x, j) => (j === i ? { ...x, source: e.currentTarget.value } : x)))} />
              <TextInput
                label={t('followUp.update.amount')}
                leftSection="฿"
                inputMode="decimal"
                onKeyDown={typeDigits}
                value={s.amount}
                onChange={(e) => set('spending', values.spending.map((x, j) => (j === i ? { ...x, amount: e.currentTarget.value } : x)))}
                error={spendingError(i)}
              />
              <Group justify="flex-end" style={{ flexGrow: 0 }} mt={24}>
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('followUp.update.removeSpending', { n: i + 1 })} onClick={() => set('spending', values.spending.filter((_, j) => j !== i))}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            </Group>
          ))}
          <Group>
            <Button variant="light" size="sm" leftSection={<IconPlus size={16} />} onClick={() => set('spending', [...values.spending, { key: rowKey(), source: project.budgetSource ?? '', amount: '' }])}>
              {t('followUp.update.addSpending')}
            </Button>
          </Group>
        </Stack>
        <FormFooter onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}
