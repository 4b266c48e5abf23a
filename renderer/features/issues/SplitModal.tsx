/** Splitting an issue that is really several: new issues, one per line, right after it. */
import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/contract';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { Issue } from '../../api/queries/issues';

interface Props {
  issue: Issue | null;
  loading: boolean;
  onSplit: (input: Input<'issues.split'>) => void;
  onClose: () => void;
}

export function SplitModal(props: Props) {
  return props.issue ? <SplitDialog key={props.issue.id} {...props} issue={props.issue} /> : null;
}

function SplitDialog({ issue, loading, onSplit, onClose }: Props & { issue: Issue }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(issue.title);
  const [parts, setParts] = useState('');
  const lines = parts
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const ready = lines.length > 0 && title.trim().length > 0;
  const confirm = () =>
    onSplit({
      id: issue.id,
      parts: lines.map((line) => ({ title: line })),
      original: title.trim() !== issue.title ? { title: title.trim() } : undefined,
    });

  return (
    <ConfirmDialog
      opened
      title={t('issues.split.title')}
      confirmLabel={t('issues.split.confirm', { count: lines.length })}
      loading={loading}
      canConfirm={ready}
      onConfirm={confirm}
      onClose={onClose}
    >
      <Stack gap="md" data-testid="split-dialog">
        <TextInput label={t('issues.split.original')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={300} />
        <Textarea
          label={t('issues.split.parts')}
          placeholder={t('issues.split.partsPlaceholder')}
          value={parts}
          onChange={(e) => setParts(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={8}
          data-autofocus
          onKeyDown={getHotkeyHandler([['mod+Enter', () => ready && !loading && confirm()]])}
        />
        <Text size="sm" c="dimmed">
          {t('issues.split.explain')}
        </Text>
      </Stack>
    </ConfirmDialog>
  );
}
