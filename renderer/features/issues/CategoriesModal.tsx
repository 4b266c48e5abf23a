/**
 * The forum's issue categories: rename (a default keeps its translated name until renamed),
 * add the forum's own, remove. Removing one still in use is refused by the server; its reason
 * is shown with a choice of where those issues should go, and saving again moves them.
 */
import { ActionIcon, Alert, Badge, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api-client';
import { useApi } from '../../api/ApiProvider';
import { useLabels } from '../../i18n/labels';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { useCategoryName } from '../../ui/category-label';
import type { IssueCategory } from '../../api/queries/issues';

interface Row {
  /** Absent for a category added here: the server makes its key. */
  key?: string;
  label: string;
  builtIn: boolean;
  issueCount: number;
  /** Local id for React, stable while editing. */
  rowId: string;
}

const NONE = '__none';

export function CategoriesModal({ forumId, categories, opened, onClose }: { forumId: string; categories: IssueCategory[]; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={<Text fw={700} size="lg">{t('issues.categoriesEditor.title')}</Text>}>
      {opened ? <Editor forumId={forumId} categories={categories} onClose={onClose} /> : null}
    </Modal>
  );
}

function Editor({ forumId, categories, onClose }: { forumId: string; categories: IssueCategory[]; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const labels = useLabels();
  const onError = useNotifyError();
  const name = useCategoryName();
  // A default category shows its translated name, so every row reads as a name to edit.
  const defaultName = (row: { key?: string; builtIn: boolean }) => (row.builtIn && row.key ? name({ key: row.key, label: null }) : '');
  const [rows, setRows] = useState<Row[]>(() =>
    categories.map((c) => ({ key: c.key, label: c.label ?? defaultName(c), builtIn: c.builtIn, issueCount: c.issueCount, rowId: c.key })),
  );
  /** What is stored: null while a default category keeps its translated name (it then follows the language). */
  const storedLabel = (row: Row) => {
    const label = row.label.trim();
    return !label || (row.builtIn && label === defaultName(row)) ? null : label;
  };
  const [newLabel, setNewLabel] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reassignTo, setReassignTo] = useState<string>(NONE);

  const save = useMutation({
    mutationFn: () =>
      api.issues.setCategories({
        forumId,
        categories: rows.map((r) => ({ key: r.key, label: storedLabel(r) })),
        reassignTo: refusal ? (reassignTo === NONE ? null : reassignTo) : undefined,
      }),
    onSuccess: () => {
      notifyDone(t('issues.categoriesEditor.saved'), { group: 'issues' });
      void client.invalidateQueries({ queryKey: ['issues', forumId] });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiCallError && error.error.messageKey === 'issue.category_in_use') setRefusal(labels.error(error));
      else onError(error);
    },
  });

  const add = () => {
    const label = newLabel.trim();
    if (!label) return;
    setRows((r) => [...r, { label, builtIn: false, issueCount: 0, rowId: `new-${r.length}-${label}` }]);
    setNewLabel('');
  };
  const canSave = rows.every((r) => r.builtIn || r.label.trim());
  const kept = rows.filter((r) => r.key).map((r) => ({ value: r.key ?? '', label: r.label.trim() || defaultName(r) }));

  return (
    <Stack gap="md" data-testid="categories-editor">
      <Text c="dimmed">{t('issues.categoriesEditor.explain')}</Text>
      <Stack gap={6}>
        {rows.map((row, i) => (
          <Group key={row.rowId} gap="sm" wrap="nowrap" data-testid={`category-row-${row.key ?? 'new'}`}>
            <TextInput
              style={{ flex: 1 }}
              aria-label={t('issues.categoriesEditor.labelFor', { name: defaultName(row) || row.label })}
              placeholder={row.builtIn ? defaultName(row) : undefined}
              value={row.label}
              onChange={(e) => {
                const label = e.currentTarget.value;
                setRows((all) => all.map((r, j) => (j === i ? { ...r, label } : r)));
              }}
              error={!row.builtIn && !row.label.trim()}
              maxLength={60}
            />
            <Badge variant="light" color={row.issueCount > 0 ? 'wethi' : 'gray'} w={110}>
              {t('issues.categoriesEditor.inUse', { count: row.issueCount })}
            </Badge>
            <ActionIcon variant="subtle" color="red" aria-label={t('issues.categoriesEditor.remove')} onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
              <IconX size={18} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <Group gap="sm" align="flex-end">
        <TextInput
          style={{ flex: 1 }}
          label={t('issues.categoriesEditor.addLabel')}
          placeholder={t('issues.categoriesEditor.addPlaceholder')}
          value={newLabel}
          onChange={(e) => setNewLabel(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          maxLength={60}
        />
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add} disabled={!newLabel.trim()}>
          {t('issues.categoriesEditor.add')}
        </Button>
      </Group>
      {refusal ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle />}
          data-testid="categories-refusal"
          // Below the list, in a dialog that scrolls: bring the reason into view when it appears.
          ref={(el) => el?.scrollIntoView({ block: 'nearest' })}
        >
          <Stack gap="xs">
            <Text>{refusal}</Text>
            <Select
              label={t('issues.categoriesEditor.reassign')}
              data={[{ value: NONE, label: t('issues.categoriesEditor.reassignNone') }, ...kept]}
              value={reassignTo}
              onChange={(v) => setReassignTo(v ?? NONE)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: false }}
            />
          </Stack>
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!canSave}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
