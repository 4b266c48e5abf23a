/**
 * Editing one agenda item in place (or typing a new one): title, planned minutes, an optional
 * description. Enter saves from the title or minutes, Ctrl+Enter from anywhere, Esc cancels.
 */
import { Button, Group, NumberInput, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';
import type { ItemFields } from './useAgendaActions';

interface Props {
  initial?: ItemFields;
  nested: boolean;
  saving: boolean;
  onSave: (fields: ItemFields) => void;
  onCancel: () => void;
}

const MAX_MINUTES = 24 * 60;

export function AgendaItemEditor({ initial, nested, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [minutes, setMinutes] = useState<number | string>(initial?.plannedMinutes ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [touched, setTouched] = useState(false);

  const submit = () => {
    setTouched(true);
    if (!title.trim() || saving) return;
    const planned = typeof minutes === 'number' && minutes >= 1 ? Math.min(MAX_MINUTES, Math.round(minutes)) : null;
    onSave({ title: title.trim(), plannedMinutes: planned, description: description.trim() || null });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // The list underneath has its own keys (Tab, Space, N…): none of them apply while typing here.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing && (e.ctrlKey || e.metaKey || (e.target as HTMLElement).tagName === 'INPUT')) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <Paper withBorder p="sm" radius="md" ml={nested ? 48 : 0} bg="wethi.0" onKeyDown={onKeyDown} data-testid="agenda-editor">
      <Stack gap="xs">
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            size="md"
            autoFocus
            data-autofocus
            label={t('agenda.editor.title')}
            placeholder={t('agenda.editor.titlePlaceholder')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={touched && !title.trim() ? t('agenda.editor.titleRequired') : undefined}
            maxLength={300}
          />
          <NumberInput
            w={140}
            size="md"
            label={t('agenda.editor.minutes')}
            value={minutes}
            onChange={setMinutes}
            min={1}
            max={MAX_MINUTES}
            allowDecimal={false}
            allowNegative={false}
            hideControls
          />
        </Group>
        <Textarea
          size="sm"
          label={t('agenda.editor.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={1}
          maxRows={4}
          maxLength={2000}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} rightSection={<Keys combo="Esc" />}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={saving} rightSection={<Keys combo="Enter" />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
