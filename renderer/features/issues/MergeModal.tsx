/** Merging two issues the room says are the same: choose which stays, confirm, history is kept. */
import { Alert, Select, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { Issue } from '../../api/queries/issues';

interface Props {
  issues: Issue[];
  /** Opened from this issue (it is offered as the one to keep), or null when closed. */
  from: Issue | null;
  loading: boolean;
  onMerge: (survivor: Issue, merged: Issue) => void;
  onClose: () => void;
}

export function MergeModal({ issues, from, loading, onMerge, onClose }: Props) {
  return from ? <MergeDialog key={from.id} issues={issues} from={from} loading={loading} onMerge={onMerge} onClose={onClose} /> : null;
}

function MergeDialog({ issues, from, loading, onMerge, onClose }: Props & { from: Issue }) {
  const { t } = useTranslation();
  const [survivorId, setSurvivorId] = useState<string | null>(from.id);
  const [mergedId, setMergedId] = useState<string | null>(null);
  const options = issues.map((issue, i) => ({ value: issue.id, label: `${i + 1}. ${issue.title}` }));
  const survivor = issues.find((i) => i.id === survivorId);
  const merged = issues.find((i) => i.id === mergedId);
  const ready = Boolean(survivor && merged && survivor.id !== merged.id);

  return (
    <ConfirmDialog
      opened
      title={t('issues.merge.title')}
      confirmLabel={t('issues.merge.confirm')}
      loading={loading}
      canConfirm={ready}
      onConfirm={() => survivor && merged && onMerge(survivor, merged)}
      onClose={onClose}
    >
      <Stack gap="md" data-testid="merge-dialog">
        <Select label={t('issues.merge.survivor')} data={options} value={survivorId} onChange={setSurvivorId} searchable allowDeselect={false} comboboxProps={{ withinPortal: false }} />
        <Select
          label={t('issues.merge.merged')}
          data={options.filter((o) => o.value !== survivorId)}
          value={mergedId}
          onChange={setMergedId}
          searchable
          data-autofocus
          comboboxProps={{ withinPortal: false }}
          error={survivorId && mergedId && survivorId === mergedId ? t('issues.merge.pickBoth') : undefined}
        />
        <Alert color="blue" icon={<IconInfoCircle />}>
          {t('issues.merge.explain')}
        </Alert>
      </Stack>
    </ConfirmDialog>
  );
}
