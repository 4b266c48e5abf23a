/**
 * The explicit step that brings a group's work back to the plenary: under which agenda item (the
 * current one unless chosen otherwise), who reports, and what will happen. Enter confirms.
 */
import { Alert, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { AgendaItem } from '../../api/queries/agenda';
import type { SmallGroup } from '../../api/queries/groups';

const NONE = '__none__';

interface Props {
  group: SmallGroup;
  issueCount: number;
  items: AgendaItem[];
  currentItemId: string | null;
  loading: boolean;
  onReport: (agendaItemId: string | null) => void;
  onClose: () => void;
}

export function ReportBackDialog({ group, issueCount, items, currentItemId, loading, onReport, onClose }: Props) {
  const { t } = useTranslation();
  const [itemId, setItemId] = useState<string | null>(currentItemId);
  const data = [
    ...items.map((i) => ({ value: i.id, label: `${i.number}  ${i.title}${i.id === currentItemId ? ` · ${t('groups.report.currentMark')}` : ''}` })),
    { value: NONE, label: t('groups.report.noItem') },
  ];
  return (
    <ConfirmDialog
      opened
      title={t('groups.report.title', { name: group.name })}
      confirmLabel={t('groups.report.confirm')}
      loading={loading}
      onConfirm={() => onReport(itemId)}
      onClose={onClose}
    >
      <Stack gap="sm" data-testid="report-back-dialog">
        <Select
          label={t('groups.report.agendaItem')}
          data={data}
          value={itemId ?? NONE}
          onChange={(v) => setItemId(v === NONE || v === null ? null : v)}
          allowDeselect={false}
          searchable
          comboboxProps={{ withinPortal: true }}
          data-testid="report-back-item"
        />
        {group.reporter ? (
          <Text fw={600}>{t('groups.report.reporter', { name: group.reporter.name })}</Text>
        ) : (
          <Alert color="orange" variant="light" p="xs">
            {t('groups.report.noReporter')}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {t('groups.report.body', { count: issueCount })}
        </Text>
      </Stack>
    </ConfirmDialog>
  );
}
