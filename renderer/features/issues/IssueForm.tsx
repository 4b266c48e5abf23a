/**
 * The full issue form (drawer): title, description, category, who raised it, the agenda item,
 * and the three lists as one line per entry. Ctrl+Enter saves, Esc closes.
 */
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuePatch } from '../../../shared/contract';
import { Keys } from '../../ui/Keys';
import type { AgendaItem } from '../../api/queries/agenda';
import type { Issue } from '../../api/queries/issues';
import { RaisedByField, type RaisedByValue } from './RaisedByField';

interface Props {
  forumId: string;
  issue: Issue | null;
  defaultAgendaItemId: string | null;
  categories: { value: string; label: string }[];
  agendaItems: readonly AgendaItem[];
  saving: boolean;
  onSave: (patch: IssuePatch) => void;
  onCancel: () => void;
}

const toLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const fromDetails = (list: { text: string }[] | undefined) => (list ?? []).map((d) => d.text).join('\n');
const NO_ITEM = '__none';

export function IssueForm({ forumId, issue, defaultAgendaItemId, categories, agendaItems, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(issue?.title ?? '');
  const [description, setDescription] = useState(issue?.description ?? '');
  const [category, setCategory] = useState<string | null>(issue?.category ?? null);
  const [raisedBy, setRaisedBy] = useState<RaisedByValue>({
    kind: issue?.raisedBy?.kind === 'group' ? 'group' : 'person',
    personId: issue?.raisedBy?.kind === 'person' ? issue.raisedBy.personId : null,
    groupId: issue?.groupId ?? null,
  });
  const [agendaItemId, setAgendaItemId] = useState<string | null>(issue ? issue.agendaItemId : defaultAgendaItemId);
  const [causes, setCauses] = useState(fromDetails(issue?.causes));
  const [potentials, setPotentials] = useState(fromDetails(issue?.potentials));
  const [needs, setNeeds] = useState(fromDetails(issue?.needs));
  const [touched, setTouched] = useState(false);

  const submit = () => {
    setTouched(true);
    if (!title.trim() || saving) return;
    onSave({
      title: title.trim(),
      description: description.trim() || null,
      category,
      // A group raising it means no single person did; the group an issue was entered in stays.
      raisedByPersonId: raisedBy.kind === 'person' ? raisedBy.personId : null,
      groupId: raisedBy.kind === 'group' ? raisedBy.groupId : (issue?.groupId ?? null),
      agendaItemId,
      causes: toLines(causes),
      potentials: toLines(potentials),
      needs: toLines(needs),
    });
  };

  const agendaOptions = [{ value: NO_ITEM, label: t('issues.drawer.noAgendaItem') }, ...agendaItems.map((i) => ({ value: i.id, label: `${i.number} ${i.title}` }))];
  const list = (label: string, value: string, set: (v: string) => void) => (
    <Textarea label={label} description={t('issues.drawer.listHint')} value={value} onChange={(e) => set(e.currentTarget.value)} autosize minRows={3} maxRows={8} />
  );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack gap="md">
        <TextInput
          label={t('issues.drawer.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={touched && !title.trim() ? t('issues.form.titleRequired') : undefined}
          size="md"
          data-autofocus
          maxLength={300}
        />
        <Textarea label={t('issues.drawer.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} maxRows={6} />
        <SimpleGrid cols={2}>
          <Select label={t('issues.drawer.category')} placeholder={t('issues.uncategorised')} data={categories} value={category} onChange={setCategory} clearable />
          <Select
            label={t('issues.drawer.agendaItem')}
            data={agendaOptions}
            value={agendaItemId ?? NO_ITEM}
            onChange={(v) => setAgendaItemId(v === NO_ITEM || v === null ? null : v)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <RaisedByField forumId={forumId} value={raisedBy} onChange={setRaisedBy} />
        {list(t('issues.details.cause'), causes, setCauses)}
        {list(t('issues.details.potential'), potentials, setPotentials)}
        {list(t('issues.details.need'), needs, setNeeds)}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} rightSection={<Keys combo="Esc" />}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} rightSection={<Keys combo="Ctrl+Enter" />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
