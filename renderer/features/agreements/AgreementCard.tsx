/**
 * One agreement: its current version (or an earlier one, read only), the parties and what they
 * commit, and its actions: edit, renew (a new version), PDF and DOCX, delete with Undo.
 */
import { Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf, IconPencil, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSatang } from '../../../shared/domain/action-plan';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { notifyDone, useNotifyError } from '../../ui/notify';
import type { EditorTarget } from './AgreementEditor';
import { type AgreementSummary, useAgreement } from '../../api/queries/agreements';
import { useFileExport } from '../../ui/useFileExport';

export function AgreementCard({ forumId, summary, onEdit }: { forumId: string; summary: AgreementSummary; onEdit: (target: EditorTarget) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const notifyError = useNotifyError();
  const [shown, setShown] = useState<number | null>(null);
  const version = useAgreement(forumId, summary.agreementId, shown);
  const v = version.data;
  const exportFile = useFileExport((kind: 'pdf' | 'docx') => api.agreements.export({ id: summary.agreementId, format: kind, ...(shown === null ? {} : { version: shown }) }));
  const renew = () =>
    api.agreements.renew({ id: summary.agreementId }).then((next) => {
      setShown(null);
      notifyDone(t('agreements.card.renewed', { version: next.version }));
      onEdit({ kind: 'edit', version: next });
    }, notifyError);
  const remove = () =>
    api.agreements.delete({ id: summary.agreementId }).then(
      () => notifyDone(t('agreements.card.deleted', { title: summary.title }), { undo: { label: t('common.undo'), onUndo: () => void api.agreements.restore({ id: summary.agreementId }).catch(notifyError) } }),
      notifyError,
    );
  const versions = Array.from({ length: summary.version }, (_, i) => summary.version - i).map((n) => ({
    value: String(n),
    label: n === summary.version ? t('agreements.card.currentVersion', { n }) : t('agreements.card.version', { n }),
  }));

  return (
    <Paper withBorder p="md" radius="md" data-testid="agreement-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} fz="xl">
              {summary.title}
            </Title>
            <Text c="gray.7">{summary.partyNames.join(' · ') || t('agreements.card.noParties')}</Text>
          </Stack>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge size="lg" variant="light" style={{ flexShrink: 0 }}>
              {t('agreements.card.version', { n: v?.version ?? summary.version })}
            </Badge>
            {summary.version > 1 ? (
              <Select
                aria-label={t('agreements.card.pickVersion')}
                w={190}
                data={versions}
                value={String(shown ?? summary.version)}
                allowDeselect={false}
                onChange={(value) => value && setShown(Number(value) === summary.version ? null : Number(value))}
              />
            ) : null}
          </Group>
        </Group>
        {v ? (
          <Stack gap={4}>
            {v.purpose ? <Text>{v.purpose}</Text> : null}
            <Text size="sm">
              {t('agreements.card.committed', { amount: formatSatang(summary.committedSatang) })}
              {v.reviewOn ? ` · ${t('agreements.card.reviewOn', { date: format.date(v.reviewOn) })}` : ''}
              {v.signedOn ? ` · ${t('agreements.card.signedOn', { date: format.date(v.signedOn) })}` : ` · ${t('agreements.card.unsigned')}`}
            </Text>
            {v.commitments.map((c) => (
              <Text key={c.id} size="sm" c="gray.7">
                {c.partnerName}: {t(`agreements.commitmentKind.${c.kind}`)}
                {c.description ? ` ${c.description}` : ''}
                {c.quantity !== null ? ` ${c.quantity} ${c.unit ?? ''}` : ''}
                {c.people !== null ? ` ${t('agreements.card.peopleDays', { people: c.people, days: c.days })}` : ''}
                {c.amountSatang !== null ? ` ฿${formatSatang(c.amountSatang)}` : ''}
                {c.projectTitle ? ` → ${c.projectTitle}` : ''}
              </Text>
            ))}
            {!v.isCurrent ? (
              <Text size="sm" c="orange.9">
                {t('agreements.card.readOnly')}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        <Group gap="xs" mt={4}>
          <Button size="sm" variant="light" leftSection={<IconPencil size={16} />} disabled={!v?.isCurrent} onClick={() => v && onEdit({ kind: 'edit', version: v })}>
            {t('agreements.card.edit')}
          </Button>
          <Button size="sm" variant="light" leftSection={<IconRefresh size={16} />} onClick={() => void renew()}>
            {t('agreements.card.renew')}
          </Button>
          <Button size="sm" variant="light" leftSection={<IconFileTypePdf size={16} />} loading={exportFile.isPending && exportFile.variables === 'pdf'} onClick={() => exportFile.mutate('pdf')}>
            {t('agreements.card.pdf')}
          </Button>
          <Button size="sm" variant="light" leftSection={<IconFileTypeDocx size={16} />} loading={exportFile.isPending && exportFile.variables === 'docx'} onClick={() => exportFile.mutate('docx')}>
            {t('agreements.card.docx')}
          </Button>
          <Button size="sm" variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => void remove()}>
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
