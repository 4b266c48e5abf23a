/** Editing one issue in full, or typing a new one; its history (merged in, split from) at the foot. */
import { Drawer, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../api/queries/agenda';
import { IssueForm } from './IssueForm';
import { type Issue, useIssuesWithMerged } from '../../api/queries/issues';
import type { useIssueActions } from './useIssueActions';

interface Props {
  forumId: string;
  /** The issue to edit, 'new' for a new one, null when closed. */
  issue: Issue | 'new' | null;
  currentItemId: string | null;
  categories: { value: string; label: string }[];
  agendaItems: readonly AgendaItem[];
  actions: ReturnType<typeof useIssueActions>;
  onClose: () => void;
}

export function IssueDrawer({ forumId, issue, currentItemId, categories, agendaItems, actions, onClose }: Props) {
  const { t } = useTranslation();
  const editing = issue !== null && issue !== 'new' ? issue : null;
  return (
    <Drawer
      opened={issue !== null}
      onClose={onClose}
      position="right"
      size={640}
      title={
        <Text fw={700} size="xl">
          {editing ? t('issues.drawer.editTitle') : t('issues.drawer.newTitle')}
        </Text>
      }
    >
      {issue !== null ? (
        <Stack gap="lg" data-testid="issue-drawer">
          <IssueForm
            key={editing?.id ?? 'new'}
            forumId={forumId}
            issue={editing}
            defaultAgendaItemId={currentItemId}
            categories={categories}
            agendaItems={agendaItems}
            saving={actions.update.isPending || actions.create.isPending}
            onCancel={onClose}
            onSave={(patch) => {
              if (editing) actions.update.mutate({ id: editing.id, patch }, { onSuccess: onClose });
              else actions.create.mutate({ ...patch, title: patch.title ?? '' }, { onSuccess: onClose });
            }}
          />
          {editing ? <History forumId={forumId} issue={editing} /> : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}

function History({ forumId, issue }: { forumId: string; issue: Issue }) {
  const { t } = useTranslation();
  const all = useIssuesWithMerged(forumId, true);
  const merged = (all.data ?? []).filter((i) => i.mergedInto === issue.id);
  const origin = issue.splitFrom ? all.data?.find((i) => i.id === issue.splitFrom) : undefined;
  if (merged.length === 0 && !origin) return null;
  return (
    <Stack gap={4} data-testid="issue-history">
      <Text fw={700}>{t('issues.drawer.history')}</Text>
      {merged.length > 0 ? <Text size="sm">{t('issues.drawer.mergedFrom', { titles: merged.map((m) => `"${m.title}"`).join(', ') })}</Text> : null}
      {origin ? <Text size="sm">{t('issues.drawer.splitFrom', { title: origin.title })}</Text> : null}
    </Stack>
  );
}
