/**
 * The issues tab: quick entry as the room calls issues out (Q), the ordered list (flat or by
 * category, G), each issue's causes, potentials and needs, and merge / split / reorder / delete,
 * all from the keyboard.
 */
import { Button, Center, Group, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBolt, IconCategory, IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { bindHotkeys } from '../../ui/key-hint';
import { Keys } from '../../ui/Keys';
import type { ForumSlot } from '../../ui/slots';
import { useAgenda } from '../../api/queries/agenda';
import { CategoriesModal } from './CategoriesModal';
import { useCategoryLabels, useCategoryName } from '../../ui/category-label';
import { IssueDrawer } from './IssueDrawer';
import { ISSUE_HOTKEYS } from './issue-keys';
import { IssueKeyHints } from './IssueKeyHints';
import { detailField, type IssueCommands, IssueList, type Section } from './IssueList';
import { MergeModal } from './MergeModal';
import { QuickEntry } from './QuickEntry';
import { type Issue, useIssueCategories, useIssues, useIssuesByCategory } from '../../api/queries/issues';
import { SplitModal } from './SplitModal';
import { useIssueActions } from './useIssueActions';
import { useLateFocus } from '../../ui/useLateFocus';

export function IssuesPanel({ forum, slots }: { forum: Output<'forums.get'>; slots: { ProjectorControl: ForumSlot } }) {
  const { t } = useTranslation();
  const issues = useIssues(forum.id);
  const categories = useIssueCategories(forum.id);
  const agenda = useAgenda(forum.id);
  const [grouped, setGrouped] = useState(false);
  const byCategory = useIssuesByCategory(forum.id, grouped);
  const actions = useIssueActions(forum.id);
  const categoryLabel = useCategoryLabels(forum.id);
  const categoryName = useCategoryName();
  const listRef = useRef<HTMLDivElement>(null);
  const quick = useLateFocus<HTMLTextAreaElement>();
  const [chosenId, setSelectedId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Issue | 'new' | null>(null);
  const [merging, setMerging] = useState<Issue | null>(null);
  const [splitting, setSplitting] = useState<Issue | null>(null);
  const [editingCategories, setEditingCategories] = useState(false);

  const overlayOpen = editing !== null || merging !== null || splitting !== null || editingCategories;
  const focusQuick = quick.focus;
  const focusList = () => requestAnimationFrame(() => listRef.current?.focus());
  useHotkeys(
    overlayOpen
      ? []
      : [
          ...bindHotkeys(ISSUE_HOTKEYS.quick, focusQuick),
          ...bindHotkeys(ISSUE_HOTKEYS.group, () => setGrouped((g) => !g)),
        ],
  );

  if (!issues.data || !categories.data) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }

  const list = issues.data;
  const agendaItems = agenda.data?.items ?? [];
  const currentItem = agendaItems.find((i) => i.id === agenda.data?.currentItemId) ?? null;
  const agendaNumber = (id: string | null) => agendaItems.find((i) => i.id === id)?.number ?? null;
  const categoryOptions = categories.data.map((c) => ({ value: c.key, label: categoryName(c) }));
  const sections: Section[] =
    grouped && byCategory.data
      ? byCategory.data
          .filter((g) => g.issues.length > 0)
          .map((g) => ({ key: g.category?.key ?? '__none', title: g.category ? categoryName(g.category) : t('issues.uncategorised'), issues: g.issues }))
      : [{ key: 'all', title: null, issues: list }];
  const selectedId = list.some((i) => i.id === chosenId) ? chosenId : (list[0]?.id ?? null);

  const commands: IssueCommands = {
    select: setSelectedId,
    toggle: (id) =>
      setExpanded((set) => {
        const next = new Set(set);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    edit: setEditing,
    merge: setMerging,
    split: setSplitting,
    remove: (issue) => actions.remove.mutate(issue),
    undo: actions.undoLast,
    move: (id, index) => actions.move.mutate({ id, index }),
    saveDetails: (issue, kind, lines) => actions.update.mutate({ id: issue.id, patch: { [detailField(kind)]: lines } }),
  };
  const closeOverlay = () => {
    setEditing(null);
    setMerging(null);
    setSplitting(null);
    setEditingCategories(false);
    focusList();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm">
          <Button leftSection={<IconBolt size={18} />} variant="light" rightSection={<Keys combo="Q" />} onClick={focusQuick}>
            {t('issues.quick.open')}
          </Button>
          <Button leftSection={<IconPlus size={18} />} variant="default" onClick={() => setEditing('new')}>
            {t('issues.actions.new')}
          </Button>
          <Button leftSection={<IconCategory size={18} />} variant="default" onClick={() => setEditingCategories(true)}>
            {t('issues.actions.categories')}
          </Button>
          <Switch
            label={
              <Group gap={6} component="span">
                <span>{t('issues.groupToggle')}</span>
                <Keys combo="G" />
              </Group>
            }
            checked={grouped}
            onChange={(e) => setGrouped(e.currentTarget.checked)}
            size="md"
            data-testid="group-toggle"
          />
        </Group>
        <slots.ProjectorControl forumId={forum.id} />
      </Group>
      <QuickEntry
        textareaRef={quick.ref}
        currentItem={currentItem}
        categories={categoryOptions}
        saving={actions.quickAdd.isPending}
        onAdd={(text, category) => actions.quickAdd.mutateAsync({ text, category })}
        onLeave={() => listRef.current?.focus()}
      />
      {list.length === 0 ? (
        <Paper withBorder radius="md" p="xl" bg="gray.0" data-testid="issues-empty">
          <Stack gap={4} align="center" ta="center">
            <Title order={2} fz={24}>
              {t('issues.empty.title')}
            </Title>
            <Text c="dimmed" fz="lg">
              {t('issues.empty.body')}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <>
          <Group justify="space-between">
            <Text fw={700} fz="lg">
              {t('issues.countLine', { count: list.length })}
            </Text>
          </Group>
          <IssueKeyHints />
          <IssueList
            issues={list}
            sections={sections}
            selectedId={selectedId}
            expanded={expanded}
            categoryLabel={categoryLabel}
            agendaNumber={agendaNumber}
            commands={commands}
            listRef={listRef}
          />
        </>
      )}
      <IssueDrawer
        forumId={forum.id}
        issue={editing}
        currentItemId={currentItem?.id ?? null}
        categories={categoryOptions}
        agendaItems={agendaItems}
        actions={actions}
        onClose={closeOverlay}
      />
      <MergeModal
        issues={list}
        from={merging}
        loading={actions.merge.isPending}
        onMerge={(survivor, merged) => actions.merge.mutate({ survivor, merged }, { onSuccess: closeOverlay })}
        onClose={closeOverlay}
      />
      <SplitModal issue={splitting} loading={actions.split.isPending} onSplit={(input) => actions.split.mutate(input, { onSuccess: closeOverlay })} onClose={closeOverlay} />
      <CategoriesModal forumId={forum.id} categories={categories.data} opened={editingCategories} onClose={closeOverlay} />
    </Stack>
  );
}
